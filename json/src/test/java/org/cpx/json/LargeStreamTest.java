package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.cpx.core.actor.Person;
import org.cpx.testing.GeneratedInput;
import org.cpx.testing.Generators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 1 GB record stream, generated on the fly and never stored, read in constant memory. Runs in its
 * own JVM with a 64 MB heap ({@code -Xmx64m}, the surefire execution {@code large-stream}).
 */
@Tag("large")
class LargeStreamTest {
  private static final long GIGABYTE = 1L << 30;

  @Test
  void readsAGigabyteStreamWithSixtyFourMegabytesOfHeap() throws Exception {
    CpxJson json = CpxJson.create();
    Generators generators = new Generators(20261122L);
    byte[][] lines = new byte[64][];
    for (int i = 0; i < lines.length; i++) {
      Person person = generators.person();
      byte[] record = json.writeRecord(person);
      lines[i] = new byte[record.length + 1];
      System.arraycopy(record, 0, lines[i], 0, record.length);
      lines[i][record.length] = '\n';
    }
    long bytesPerCycle = 0;
    for (byte[] line : lines) {
      bytesPerCycle += line.length;
    }
    InputStream stream =
        GeneratedInput.lines(GIGABYTE * lines.length / bytesPerCycle, n -> lines[(int) (n % lines.length)]);
    long records = 0;
    long findings = 0;
    try (RecordStreamReader reader = json.readStream(stream)) {
      while (reader.hasNext()) {
        StreamEntry entry = reader.next();
        findings += entry.getFindings().size();
        if (entry.getRecord().isPresent()) {
          records++;
        }
      }
      assertThat(reader.records()).isEqualTo(records);
    }
    assertThat(findings).isZero();
    assertThat(records).isGreaterThan(100_000);
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L << 20);
  }
}
