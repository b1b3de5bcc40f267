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
  private long keptFrom;
  private int keptLength;

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
      if (keptLength + n > kept.length) {
        kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
      }
      System.arraycopy(bytes, offset, kept, keptLength, n);
      keptLength += n;
      if (keptLength > (long) cap + READ_AHEAD) {
        forgetBefore(keptFrom + keptLength - READ_AHEAD);
      }
    }
    return n;
  }

  /** Forgets the bytes before {@code offset}, counted from the start of the input. */
  public void forgetBefore(long offset) {
    int drop = (int) Math.min(Math.max(offset - keptFrom, 0), keptLength);
    System.arraycopy(kept, drop, kept, 0, keptLength - drop);
    keptLength -= drop;
    keptFrom += drop;
    if (kept.length > 65536 && keptLength < kept.length / 4) {
      kept = Arrays.copyOf(kept, Math.max(8192, keptLength * 2));
    }
  }

  /** The bytes from {@code from} to {@code to}, offsets counted from the start of the input, if still kept. */
  public byte[] bytes(long from, long to) {
    if (from < keptFrom || to > keptFrom + keptLength || from > to) {
      throw new IllegalStateException("bytes no longer kept");
    }
    return Arrays.copyOfRange(kept, (int) (from - keptFrom), (int) (to - keptFrom));
  }
}
