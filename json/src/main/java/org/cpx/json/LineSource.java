package org.cpx.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (spec §4): LF ends a line, a CR before it is dropped, a BOM at
 * the start is skipped. A line longer than the limit is read to its end but not kept.
 */
final class LineSource {
  private final InputStream in;
  private final int maxLine;
  private final byte[] buffer = new byte[65536];
  private int position;
  private int limit;
  private boolean endOfInput;
  private boolean started;
  private byte[] line = new byte[8192];
  private int length;
  private boolean tooLong;
  private long number;

  LineSource(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** Reads the next line; {@code false} at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      append(position, end);
      if (newline >= 0) {
        position = newline + 1;
        break;
      }
      position = limit;
    }
    number++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  /** The current line's bytes, valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  /** The current line's length in bytes. */
  int length() {
    return length;
  }

  /** The current line's 1-based number. */
  long number() {
    return number;
  }

  /** Whether the current line is longer than the limit, so its bytes are not kept. */
  boolean isTooLong() {
    return tooLong;
  }

  /** Whether the current line holds only JSON white space. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong || length + n > maxLine) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, length + n), maxLine + 1));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int n = started ? in.read(buffer, 0, buffer.length) : Math.max(in.readNBytes(buffer, 0, 3), -1);
    if (n == 0 && !started) {
      n = -1;
    }
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    position = 0;
    limit = n;
    if (!started) {
      started = true;
      if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
        position = 3;
      }
    }
    return true;
  }
}
