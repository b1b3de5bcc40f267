package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cpx.core.actor.Person;
import org.cpx.core.model.CpxModel;
import org.cpx.testing.GeneratedInput;
import org.cpx.testing.Generators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 1 GB record stream and a 1 GB dataset document, generated on the fly and never stored, read in
 * constant memory. Runs in its own JVM with a 64 MB heap ({@code -Xmx64m}, the surefire execution
 * {@code large-input}).
 */
@Tag("large")
class LargeInputTest {
  private static final long GIGABYTE = 1L << 30;
  private static final CpxJson JSON = CpxJson.create();
  private static final byte[][] RECORDS = new byte[64][];
  private static long bytesPerCycle;

  @BeforeAll
  static void generateRecords() {
    Generators generators = new Generators(20261122L);
    for (int i = 0; i < RECORDS.length; i++) {
      Person person = generators.value(CpxModel.PERSON_RECORD);
      RECORDS[i] = JSON.writeRecord(person);
      bytesPerCycle += RECORDS[i].length + 1;
    }
  }

  @Test
  void readsAGigabyteStreamWithSixtyFourMegabytesOfHeap() throws IOException {
    long lines = GIGABYTE * RECORDS.length / bytesPerCycle;
    InputStream stream = GeneratedInput.lines(lines, n -> withLast(RECORDS[(int) (n % RECORDS.length)], '\n'));
    try (RecordReader reader = JSON.readStream(stream)) {
      assertReadsEveryRecord(reader, lines);
    }
  }

  @Test
  void readsAGigabyteDocumentWithSixtyFourMegabytesOfHeap() throws IOException {
    long records = GIGABYTE * RECORDS.length / bytesPerCycle;
    byte[] start = "{\"cpx\":\"1.0\",\"persons\":[\n".getBytes(StandardCharsets.UTF_8);
    byte[] end = "],\"languages\":[\"vi\",\"en\"]}\n".getBytes(StandardCharsets.UTF_8);
    InputStream document = GeneratedInput.lines(records + 2, n -> {
      if (n == 0) {
        return start;
      }
      if (n == records + 1) {
        return end;
      }
      return withLast(RECORDS[(int) (n % RECORDS.length)], n == records ? '\n' : ',');
    });
    try (RecordReader reader = JSON.readRecords(document)) {
      assertReadsEveryRecord(reader, records);
      assertThat(reader.header().getLanguages()).containsExactly("vi", "en");
      assertThat(reader.headerFindings()).isEmpty();
    }
  }

  private static void assertReadsEveryRecord(RecordReader reader, long expected) {
    long records = 0;
    long findings = 0;
    while (reader.hasNext()) {
      RecordEntry entry = reader.next();
      findings += entry.getFindings().size();
      if (entry.getRecord().isPresent()) {
        records++;
      }
    }
    assertThat(findings).isZero();
    assertThat(records).isEqualTo(expected).isEqualTo(reader.records()).isGreaterThan(100_000);
    assertThat(reader.isBroken()).isFalse();
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L << 20);
  }

  private static byte[] withLast(byte[] bytes, char last) {
    byte[] line = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, line, 0, bytes.length);
    line[bytes.length] = (byte) last;
    return line;
  }
}
