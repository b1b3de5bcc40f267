package org.cpx.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter that sees every byte through {@link #read(byte[], int, int)}, which subclasses
 * implement: single reads and skips go through it too, and marks are not supported.
 */
abstract class ChunkInputStream extends FilterInputStream {
  ChunkInputStream(InputStream in) {
    super(in);
  }

  @Override
  public abstract int read(byte[] bytes, int offset, int length) throws IOException;

  @Override
  public final int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public final long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    return Math.max(read(buffer, 0, buffer.length), 0);
  }

  @Override
  public final boolean markSupported() {
    return false;
  }
}
