package org.cpx.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps the bytes read through it from a marked offset on, so that the exact bytes of a record can
 * be recovered after the parser has moved past them.
 */
public final class RecordingInputStream extends ChunkInputStream {
  /** Bytes kept beyond the cap, so that what the parser has read ahead is never lost. */
  private static final int READ_AHEAD = 65536;

  private final int cap;
  private byte[] kept = new byte[8192];
  /** The offset in the input of {@code kept[start]}, the first byte kept. */
  private long keptFrom;
  private int start;
  private int end;

  /**
   * Records the bytes of {@code in}, keeping at most about {@code cap} bytes: when more have been
   * read since the mark, the oldest are forgotten.
   */
  public RecordingInputStream(InputStream in, int cap) {
    super(in);
    this.cap = cap;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    int n = in.read(bytes, offset, length);
    if (n > 0) {
      makeRoom(n);
      System.arraycopy(bytes, offset, kept, end, n);
      end += n;
      if (end - start > (long) cap + READ_AHEAD) {
        forgetBefore(keptFrom + (end - start) - READ_AHEAD);
      }
    }
    return n;
  }

  /** Forgets the bytes before {@code offset}, counted from the start of the input. */
  public void forgetBefore(long offset) {
    int drop = (int) Math.min(Math.max(offset - keptFrom, 0), end - start);
    start += drop;
    keptFrom += drop;
  }

  /** The bytes from {@code from} to {@code to}, offsets counted from the start of the input, if still kept. */
  public byte[] bytes(long from, long to) {
    if (from < keptFrom || to > keptFrom + (end - start) || from > to) {
      throw new IllegalStateException("bytes no longer kept");
    }
    return Arrays.copyOfRange(kept, start + (int) (from - keptFrom), start + (int) (to - keptFrom));
  }

  /** Makes room for {@code n} more bytes at the end: moves the kept bytes to the front, or grows, or shrinks. */
  private void makeRoom(int n) {
    if (end + n <= kept.length) {
      return;
    }
    int length = end - start;
    int needed = length + n;
    byte[] target = kept;
    if (needed > kept.length || kept.length > 65536 && needed < kept.length / 4) {
      target = new byte[Math.max(8192, Math.max(needed, Math.min(kept.length * 2, needed * 2)))];
    }
    System.arraycopy(kept, start, target, 0, length);
    kept = target;
    start = 0;
    end = length;
  }
}
