package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter err = new StringWriter();
  private long now;

  private InputStream progress(String content) {
    return new Progress(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "big.ndjson",
        new PrintWriter(err), () -> now);
  }

  @Test
  void saysNothingDuringTheFirstSecond() throws IOException {
    try (InputStream in = progress("{}\n{}\n")) {
      now = Progress.QUIET_NANOS - 1;
      in.readAllBytes();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void showsLinesBytesAndRateThenClearsTheLine() throws IOException {
    try (InputStream in = progress("{}\n".repeat(1_000_000))) {
      now = 2 * Progress.QUIET_NANOS;
      byte[] buffer = new byte[1_500_000];
      int read = in.read(buffer, 0, buffer.length);
      assertThat(read).isEqualTo(buffer.length);
      String first = "\rbig.ndjson: 500,000 lines, 1.5 MB read (0.8 MB/s)\u001B[K";
      assertThat(err.toString()).isEqualTo(first);
      assertThat(in.read()).isEqualTo('{');
      assertThat(err.toString()).as("no update within %d ns", Progress.EVERY_NANOS).isEqualTo(first);
      now += Progress.EVERY_NANOS;
      assertThat(in.read()).isEqualTo('}');
      assertThat(err.toString()).isEqualTo(first + "\rbig.ndjson: 500,000 lines, 1.5 MB read (0.7 MB/s)\u001B[K");
    }
    assertThat(err.toString()).endsWith("\r\u001B[K");
  }
}
