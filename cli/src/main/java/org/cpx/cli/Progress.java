package org.cpx.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * An input stream that shows, on one line of standard error, how far the reading of a file has come:
 * lines (records of a stream) and megabytes read, and the rate. It says nothing during the first
 * {@link #QUIET_NANOS} and then updates at most every {@link #EVERY_NANOS}; {@link #close()} clears
 * the line.
 */
final class Progress extends FilterInputStream {
  /** Runs shorter than this show no progress. */
  static final long QUIET_NANOS = 1_000_000_000L;
  /** The line is updated at most this often. */
  static final long EVERY_NANOS = 250_000_000L;

  private final String file;
  private final PrintWriter err;
  private final LongSupplier clock;
  private final long start;
  private long nextUpdate;
  private long bytes;
  private long lines;
  private boolean shown;

  Progress(InputStream in, String file, PrintWriter err, LongSupplier clock) {
    super(in);
    this.file = file;
    this.err = err;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.nextUpdate = start + QUIET_NANOS;
  }

  /** {@code in}, showing progress on {@code err} when standard error is a terminal. */
  static InputStream onTerminal(InputStream in, String file, PrintWriter err) {
    return System.console() == null ? in : new Progress(in, file, err, System::nanoTime);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      bytes++;
      lines += b == '\n' ? 1 : 0;
      update();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(buffer, offset, n);
    }
    return n;
  }

  private void counted(byte[] buffer, int offset, int n) {
    bytes += n;
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '\n') {
        lines++;
      }
    }
    update();
  }

  private void update() {
    long now = clock.getAsLong();
    if (now >= nextUpdate) {
      nextUpdate = now + EVERY_NANOS;
      double seconds = (now - start) / 1e9;
      double megabytes = bytes / 1e6;
      err.printf(Locale.ROOT, "\r%s: %,d lines, %.1f MB read (%.1f MB/s)\u001B[K", file, lines, megabytes,
          megabytes / seconds);
      err.flush();
      shown = true;
    }
  }

  @Override
  public void close() throws IOException {
    if (shown) {
      err.print("\r\u001B[K");
      err.flush();
    }
    super.close();
  }
}
