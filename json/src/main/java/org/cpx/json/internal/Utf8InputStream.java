package org.cpx.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the bytes read through it are strict UTF-8, throwing {@link Utf8Exception} with the
 * line and column of the first ill-formed sequence, even one split between two reads. The bytes
 * before that sequence are passed on first and the exception comes with the next read, so that a
 * reader loses nothing it could read before the error. Plain ASCII is checked eight bytes at a
 * time.
 */
public final class Utf8InputStream extends ChunkInputStream {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LINE_FEEDS = ONES * '\n';

  private final byte[] carry = new byte[4];
  private int carryLength;
  /** Bytes checked before the current read. */
  private long position;
  private long line = 1;
  /** The offset of the current line's first byte. */
  private long lineStart;
  /** Bytes of the current line that continue a multi-byte character, so that columns count characters. */
  private long continuationBytes;
  /** The error found ahead of the bytes passed on, thrown by the next read. */
  private @Nullable Utf8Exception pending;

  /** Checks the bytes of {@code in}. */
  public Utf8InputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (pending != null) {
      throw pending;
    }
    int n = in.read(bytes, offset, length);
    if (n < 0) {
      if (carryLength > 0) {
        throw error(position - carryLength);
      }
      return n;
    }
    int good = check(bytes, offset, offset + n) - offset;
    position += good;
    if (good == 0 && pending != null) {
      throw pending;
    }
    return good;
  }

  /**
   * Checks {@code bytes} from {@code from} to {@code to}; returns {@code to}, or where an ill-formed
   * sequence starts after noting its error as pending.
   */
  private int check(byte[] bytes, int from, int to) throws IOException {
    long base = position - from;
    int i = from;
    if (carryLength > 0) {
      i = completeCarry(bytes, from, to);
      if (i < 0) {
        return to;
      }
    }
    while (i < to) {
      if (i + Long.BYTES <= to) {
        long word = (long) LONGS.get(bytes, i);
        if (!hasNulOrLineFeed(word)) {
          long high = word & HIGH_BITS;
          if (high == 0) {
            i += Long.BYTES;
            continue;
          }
          // Plain ASCII up to the first byte with its high bit set, which the code below checks.
          i += Long.numberOfTrailingZeros(high) >>> 3;
        }
      }
      int b = bytes[i];
      if (b > 0) {
        if (b == '\n') {
          line++;
          lineStart = base + i + 1;
          continuationBytes = 0;
        }
        i++;
        continue;
      }
      if (b >= (byte) 0xC2 && b <= (byte) 0xDF && i + 1 < to && bytes[i + 1] < (byte) 0xC0) {
        // Two bytes (U+0080–U+07FF): Latin letters with marks, such as ă, đ, ơ, ư.
        continuationBytes++;
        i += 2;
        continue;
      }
      if (b >= (byte) 0xE1 && b <= (byte) 0xEC && i + 2 < to && bytes[i + 1] < (byte) 0xC0 && bytes[i + 2] < (byte) 0xC0) {
        // Three bytes (U+1000–U+CFFF) that are never overlong or surrogates: precomposed Vietnamese, most scripts.
        continuationBytes += 2;
        i += 3;
        continue;
      }
      int length = b == 0 ? 0 : Utf8.sequenceLength(bytes, i, to);
      if (length == 0) {
        pending = error(base + i);
        return i;
      }
      if (length < 0) {
        carryLength = to - i;
        System.arraycopy(bytes, i, carry, 0, carryLength);
        return to;
      }
      continuationBytes += length - 1;
      i += length;
    }
    return to;
  }

  /** Completes a sequence split by the previous read; returns where checking goes on, -1 if still cut off. */
  private int completeCarry(byte[] bytes, int from, int to) throws IOException {
    long start = position - carryLength;
    int taken = 0;
    while (carryLength + taken < carry.length && from + taken < to) {
      carry[carryLength + taken] = bytes[from + taken];
      taken++;
      int length = Utf8.sequenceLength(carry, 0, carryLength + taken);
      if (length == 0) {
        throw error(start);
      }
      if (length > 0) {
        carryLength = 0;
        continuationBytes += length - 1;
        return from + taken;
      }
    }
    carryLength += taken;
    if (carryLength == carry.length) {
      throw error(start);
    }
    return -1;
  }

  /** Whether one of the eight bytes of {@code word} is NUL or a line feed. */
  private static boolean hasNulOrLineFeed(long word) {
    long feeds = word ^ LINE_FEEDS;
    return (((word - ONES) & ~word | (feeds - ONES) & ~feeds) & HIGH_BITS) != 0;
  }

  /** The error of an ill-formed sequence starting at {@code offset}, on the current line. */
  private Utf8Exception error(long offset) {
    return new Utf8Exception(line, offset - lineStart - continuationBytes + 1);
  }
}
