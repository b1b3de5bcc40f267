package org.cpx.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that the bytes read through it are strict UTF-8, throwing {@link Utf8Exception} with the
 * line and column of the first ill-formed sequence, even one split between two reads.
 */
public final class Utf8InputStream extends ChunkInputStream {
  private final byte[] carry = new byte[4];
  private int carryLength;
  private long line = 1;
  private long column = 1;

  /** Checks the bytes of {@code in}. */
  public Utf8InputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    int n = in.read(bytes, offset, length);
    if (n < 0) {
      if (carryLength > 0) {
        throw new Utf8Exception(line, column);
      }
      return n;
    }
    check(bytes, offset, offset + n);
    return n;
  }

  private void check(byte[] bytes, int from, int to) throws IOException {
    int i = from;
    if (carryLength > 0) {
      i = completeCarry(bytes, from, to);
      if (i < 0) {
        return;
      }
    }
    while (i < to) {
      int b = bytes[i];
      if (b == 0) {
        throw new Utf8Exception(line, column);
      }
      if (b > 0) {
        if (b == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        i++;
        continue;
      }
      int length = Utf8.sequenceLength(bytes, i, to);
      if (length == 0) {
        throw new Utf8Exception(line, column);
      }
      if (length < 0) {
        carryLength = to - i;
        System.arraycopy(bytes, i, carry, 0, carryLength);
        return;
      }
      column++;
      i += length;
    }
  }

  /** Completes a sequence split by the previous read; returns where checking goes on, -1 if still cut off. */
  private int completeCarry(byte[] bytes, int from, int to) throws IOException {
    int taken = 0;
    while (carryLength + taken < carry.length && from + taken < to) {
      carry[carryLength + taken] = bytes[from + taken];
      taken++;
      int length = Utf8.sequenceLength(carry, 0, carryLength + taken);
      if (length == 0) {
        throw new Utf8Exception(line, column);
      }
      if (length > 0) {
        carryLength = 0;
        column++;
        return from + taken;
      }
    }
    carryLength += taken;
    if (carryLength == carry.length) {
      throw new Utf8Exception(line, column);
    }
    return -1;
  }
}
