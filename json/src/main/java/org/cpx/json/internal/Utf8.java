package org.cpx.json.internal;

/**
 * Strict UTF-8 (RFC 3629, Unicode Table 3-7): no overlong forms, no encoded surrogates, nothing
 * above U+10FFFF. Jackson accepts some of these, so input is checked before it is parsed. A NUL
 * byte is rejected too: JSON never holds one, and Jackson would take it for UTF-16 or UTF-32.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * Returns the index of the first byte of the first ill-formed sequence in {@code bytes[from,
   * to)}, or {@code -1} when the range is well-formed. A sequence cut off by {@code to} is
   * ill-formed.
   */
  public static int firstInvalid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i];
      if (b > 0) {
        i++;
        continue;
      }
      int length = b == 0 ? 0 : sequenceLength(bytes, i, to);
      if (length <= 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /**
   * The length of the well-formed multi-byte sequence starting at {@code i}, {@code 0} when it is
   * ill-formed, {@code -1} when it may be well-formed but is cut off by {@code to}.
   */
  static int sequenceLength(byte[] bytes, int i, int to) {
    int lead = bytes[i] & 0xFF;
    int length;
    int min = 0x80;
    int max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) {
        min = 0xA0;
      } else if (lead == 0xED) {
        max = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) {
        min = 0x90;
      } else if (lead == 0xF4) {
        max = 0x8F;
      }
    } else {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      if (i + k >= to) {
        return -1;
      }
      int next = bytes[i + k] & 0xFF;
      if (k == 1 ? next < min || next > max : next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  /** The 1-based column of the byte at {@code index} on a line starting at {@code lineStart}, in characters. */
  public static int column(byte[] bytes, int lineStart, int index) {
    int column = 1;
    for (int i = lineStart; i < index; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }
}
