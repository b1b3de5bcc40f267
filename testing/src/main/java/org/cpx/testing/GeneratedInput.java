package org.cpx.testing;

import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * An input stream of generated lines, made one at a time as they are read and never stored, for
 * tests of streams larger than memory.
 */
public final class GeneratedInput extends InputStream {
  private final long lines;
  private final LongFunction<byte[]> line;
  private long next;
  private byte[] current = new byte[0];
  private int offset;

  private GeneratedInput(long lines, LongFunction<byte[]> line) {
    this.lines = lines;
    this.line = line;
  }

  /** Returns a stream of {@code lines} lines, the line {@code n} (from 0) being {@code line.apply(n)}. */
  public static GeneratedInput lines(long lines, LongFunction<byte[]> line) {
    return new GeneratedInput(lines, line);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int start, int length) {
    if (offset == current.length) {
      if (next == lines) {
        return -1;
      }
      current = line.apply(next++);
      offset = 0;
    }
    int n = Math.min(length, current.length - offset);
    System.arraycopy(current, offset, buffer, start, n);
    offset += n;
    return n;
  }
}
