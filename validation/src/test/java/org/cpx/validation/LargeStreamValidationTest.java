package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cpx.testing.GeneratedInput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A stream of 150,000 records, generated on the fly, validated with a 64 MB heap ({@code -Xmx64m},
 * the surefire execution {@code large-stream}): the index grows with the ids, not the records.
 * Every record refers to the next one, so every reference waits for a later record.
 */
@Tag("large")
class LargeStreamValidationTest {
  private static final int RECORDS = 150_000;

  @Test
  void validatesAStreamOfManyRecordsInSmallMemory() throws Exception {
    InputStream stream = GeneratedInput.lines(RECORDS + 1L, n -> {
      if (n == 0) {
        return "{\"type\":\"header\",\"cpx\":\"1.0\",\"languages\":[\"vi\",\"en\"]}\n".getBytes(StandardCharsets.UTF_8);
      }
      long record = n - 1;
      long next = (record + 1) % RECORDS;
      return ("{\"type\":\"organization\",\"id\":\"org:" + record + "\",\"name\":{\"en\":\"Organization " + record
          + "\",\"vi\":\"Tổ chức " + record + "\"},\"country\":\"VN\",\"succeededBy\":[\"org:" + next + "\"],"
          + "\"sources\":[{\"url\":\"https://example.org/" + record + "\"}]}\n").getBytes(StandardCharsets.UTF_8);
    });
    ValidationReport report = CpxValidator.create().validateStream(stream);
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.getRecords()).isEqualTo(RECORDS);
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L << 20);
  }
}
