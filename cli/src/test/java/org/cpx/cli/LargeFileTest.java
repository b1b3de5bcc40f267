package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordReader;
import org.cpx.testing.GeneratedInput;
import org.cpx.testing.Generators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset document twice as large as the heap, converted to a stream and back and counted
 * through the tool, in its own JVM with a 64 MB heap ({@code -Xmx64m}, the surefire execution
 * {@code large-file}).
 */
@Tag("large")
class LargeFileTest {
  private static final long SIZE = 128L << 20;
  private static final CpxJson JSON = CpxJson.create();

  @TempDir
  Path directory;

  @Test
  void convertsAndCountsADocumentLargerThanTheHeap() throws IOException {
    Path document = directory.resolve("large.json");
    long records = generate(document);
    Path stream = directory.resolve("large.ndjson");
    Path back = directory.resolve("back.json");
    assertThat(cpx("convert", document.toString(), stream.toString())).isZero();
    assertThat(cpx("convert", stream.toString(), back.toString())).isZero();
    try (RecordReader original = JSON.readRecords(Files.newInputStream(document));
        RecordReader converted = JSON.readRecords(Files.newInputStream(back))) {
      long compared = 0;
      while (original.hasNext()) {
        RecordEntry expected = original.next();
        assertThat(converted.hasNext()).isTrue();
        assertThat(converted.next().getRecord()).isEqualTo(expected.getRecord()).isPresent();
        compared++;
      }
      assertThat(converted.hasNext()).isFalse();
      assertThat(converted.header()).isEqualTo(original.header());
      assertThat(compared).isEqualTo(records);
    }
    assertThat(Files.size(back)).isGreaterThan(Runtime.getRuntime().maxMemory() * 2);
    StringWriter out = new StringWriter();
    assertThat(Cpx.run(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(new StringWriter()),
        "stats", document.toString())).isZero();
    assertThat(out.toString()).contains(records + " records");
  }

  /** Writes a document of generated organizations and events, its languages after the records; returns the records. */
  private static long generate(Path file) throws IOException {
    Generators generators = new Generators(20261122L);
    byte[][] records = new byte[64][];
    long bytesPerCycle = 0;
    for (int i = 0; i < records.length; i++) {
      CpxRecord record = generators.record(i % 2 == 0 ? RecordType.ORGANIZATION : RecordType.EVENT);
      records[i] = JSON.writeRecord(record);
      bytesPerCycle += records[i].length + 1;
    }
    long cycles = SIZE / bytesPerCycle;
    long count = cycles * records.length;
    byte[] start = "{\"cpx\":\"1.0\",\"organizations\":[".getBytes(StandardCharsets.UTF_8);
    byte[] middle = "],\"events\":[".getBytes(StandardCharsets.UTF_8);
    byte[] end = "],\"languages\":[\"vi\",\"en\"]}\n".getBytes(StandardCharsets.UTF_8);
    long half = count / 2;
    try (OutputStream out = Files.newOutputStream(file)) {
      GeneratedInput.lines(count + 3, n -> {
        if (n == 0) {
          return start;
        }
        if (n == half + 1) {
          return middle;
        }
        if (n == count + 2) {
          return end;
        }
        long index = n <= half ? n - 1 : n - 2;
        boolean last = index == half - 1 || index == count - 1;
        byte[] record = records[(int) (2 * (index % (records.length / 2)) + (index < half ? 0 : 1))];
        byte[] line = new byte[record.length + (last ? 0 : 1)];
        System.arraycopy(record, 0, line, 0, record.length);
        if (!last) {
          line[record.length] = ',';
        }
        return line;
      }).transferTo(out);
    }
    return count;
  }

  private static int cpx(String... args) {
    return Cpx.run(InputStream.nullInputStream(), new PrintWriter(new StringWriter()), new PrintWriter(System.err, true), args);
  }
}
