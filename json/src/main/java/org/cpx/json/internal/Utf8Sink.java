package org.cpx.json.internal;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The format's own writer: tokens written straight to UTF-8 bytes in the deterministic form of spec
 * §1 — only {@code "}, {@code \} and the controls escaped ({@code \b \t \n \f \r} short, the rest
 * {@code \}{@code u00xx} in lower case; DEL and the C1 controls too in what was kept as read),
 * every other character as itself, beyond the Basic Multilingual Plane too,
 * compact, or indented by two spaces with {@code ": "} after a name and {@code {}} and {@code []}
 * for empty ones. Member names the format knows are written from bytes encoded once.
 */
public final class Utf8Sink implements TokenSink, Flushable {
  private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  /** By ASCII character: 0 written as it is, a letter for its short escape, -1 for {@code \}{@code u00xx}. */
  private static final byte[] ESCAPES = new byte[128];
  /** {@link #ESCAPES} for what was kept as read: DEL escaped too. */
  private static final byte[] KEPT_ESCAPES;

  static {
    Arrays.fill(ESCAPES, 0, 0x20, (byte) -1);
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
    KEPT_ESCAPES = ESCAPES.clone();
    KEPT_ESCAPES[0x7F] = -1;
  }

  private final OutputStream out;
  private final boolean indent;
  private byte[] buffer;
  /** The chars of the string being written, a part at a time. */
  private final char[] chars = new char[256];
  private int position;
  private int depth;
  /** By depth: whether the open object or array has an entry yet. */
  private boolean[] entries = new boolean[16];
  /** Whether a member name was written last, so that its value follows it on its line. */
  private boolean afterName;

  /** A writer to {@code out}, indented by two spaces when {@code indent} is set; {@code out} is never closed here. */
  public Utf8Sink(OutputStream out, boolean indent) {
    this(out, indent, 16 * 1024);
  }

  /** A writer as above, handing its output to {@code out} {@code buffer} bytes at a time or more. */
  public Utf8Sink(OutputStream out, boolean indent, int buffer) {
    this.out = out;
    this.indent = indent;
    this.buffer = new byte[Math.max(buffer, 16)];
  }

  @Override
  public void startObject() throws IOException {
    open('{');
  }

  @Override
  public void endObject() throws IOException {
    close('}');
  }

  @Override
  public void startArray() throws IOException {
    open('[');
  }

  @Override
  public void endArray() throws IOException {
    close(']');
  }

  private void open(char bracket) throws IOException {
    beforeValue();
    ensure(1);
    buffer[position++] = (byte) bracket;
    if (++depth == entries.length) {
      entries = Arrays.copyOf(entries, depth * 2);
    }
    entries[depth] = false;
  }

  private void close(char bracket) throws IOException {
    if (entries[depth] && indent) {
      newLine(depth - 1);
    }
    depth--;
    ensure(1);
    buffer[position++] = (byte) bracket;
  }

  /** Puts what comes before a value: nothing after a name, else the separator and line of an element. */
  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      entry();
    }
  }

  /** Puts the separator and, indented, the line of the next entry of the open object or array. */
  private void entry() throws IOException {
    if (entries[depth]) {
      ensure(1);
      buffer[position++] = ',';
    }
    entries[depth] = true;
    if (indent) {
      newLine(depth);
    }
  }

  private void newLine(int level) throws IOException {
    ensure(1 + 2 * level);
    buffer[position++] = '\n';
    for (int i = 0; i < level; i++) {
      buffer[position++] = ' ';
      buffer[position++] = ' ';
    }
  }

  @Override
  public void name(MemberName name) throws IOException {
    entry();
    byte[] quoted = name.quotedUtf8();
    ensure(quoted.length);
    System.arraycopy(quoted, 0, buffer, position, quoted.length);
    position += quoted.length;
    afterNameWritten();
  }

  @Override
  public void name(String name) throws IOException {
    entry();
    quoted(name, false);
    afterNameWritten();
  }

  @Override
  public void keptName(String name) throws IOException {
    entry();
    quoted(name, true);
    afterNameWritten();
  }

  private void afterNameWritten() throws IOException {
    ensure(2);
    buffer[position++] = ':';
    if (indent) {
      buffer[position++] = ' ';
    }
    afterName = true;
  }

  @Override
  public void string(String text) throws IOException {
    beforeValue();
    quoted(text, false);
  }

  @Override
  public void keptString(String text) throws IOException {
    beforeValue();
    quoted(text, true);
  }

  @Override
  public void number(long value) throws IOException {
    ascii(Long.toString(value));
  }

  @Override
  public void number(BigInteger value) throws IOException {
    ascii(value.toString());
  }

  @Override
  public void number(String asRead) throws IOException {
    ascii(asRead);
  }

  @Override
  public void bool(boolean value) throws IOException {
    ascii(value ? "true" : "false");
  }

  @Override
  public void nullValue() throws IOException {
    ascii("null");
  }

  /** Writes a value of ASCII characters that need no escape. */
  private void ascii(String text) throws IOException {
    beforeValue();
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      buffer[position++] = (byte) text.charAt(i);
    }
  }

  /**
   * Writes {@code text} quoted, in UTF-8, escaped as the format requires; {@code kept}, DEL and the
   * C1 controls escaped too.
   */
  private void quoted(String text, boolean kept) throws IOException {
    byte[] escapes = kept ? KEPT_ESCAPES : ESCAPES;
    ensure(1);
    buffer[position++] = '"';
    int length = text.length();
    for (int start = 0, count; start < length; start += count) {
      count = Math.min(chars.length, length - start);
      if (count == chars.length && start + count < length && Character.isHighSurrogate(text.charAt(start + count - 1))) {
        count--; // a surrogate pair is written whole, from the next part
      }
      text.getChars(start, start + count, chars, 0);
      ensure(6 * count);
      byte[] out = buffer;
      int at = position;
      for (int i = 0; i < count; i++) {
        char c = chars[i];
        if (c < 0x80) {
          byte escape = escapes[c];
          if (escape == 0) {
            out[at++] = (byte) c;
          } else if (escape > 0) {
            out[at++] = '\\';
            out[at++] = escape;
          } else {
            at = unicodeEscape(out, at, c);
          }
        } else if (c < 0x800) {
          if (kept && c <= 0x9F) {
            at = unicodeEscape(out, at, c);
          } else {
            out[at++] = (byte) (0xC0 | c >> 6);
            out[at++] = (byte) (0x80 | c & 0x3F);
          }
        } else if (!Character.isSurrogate(c)) {
          out[at++] = (byte) (0xE0 | c >> 12);
          out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(chars[i + 1])) {
          int codePoint = Character.toCodePoint(c, chars[++i]);
          out[at++] = (byte) (0xF0 | codePoint >> 18);
          out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
          out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
          // An unpaired surrogate, which UTF-8 cannot hold: escaped, so that a reader reports it.
          at = unicodeEscape(out, at, c);
        }
      }
      position = at;
    }
    ensure(1);
    buffer[position++] = '"';
  }

  private static int unicodeEscape(byte[] out, int at, char c) {
    out[at] = '\\';
    out[at + 1] = 'u';
    out[at + 2] = HEX[c >> 12];
    out[at + 3] = HEX[c >> 8 & 0xF];
    out[at + 4] = HEX[c >> 4 & 0xF];
    out[at + 5] = HEX[c & 0xF];
    return at + 6;
  }

  /** Ends the document: a line feed after the value written. */
  public void lineFeed() throws IOException {
    ensure(1);
    buffer[position++] = '\n';
  }

  /**
   * Ends a line of a stream: a line feed after the value written, the line handed to the output
   * (not flushed), and the next value written at the top level again.
   */
  public void endLine() throws IOException {
    lineFeed();
    drain();
    depth = 0;
    afterName = false;
  }

  /** Forgets what is buffered and starts at the top level again, as after a value that failed. */
  void reset() {
    position = 0;
    depth = 0;
    afterName = false;
  }

  private void ensure(int bytes) throws IOException {
    if (position + bytes > buffer.length) {
      drain();
      if (bytes > buffer.length) {
        buffer = new byte[bytes];
      }
    }
  }

  private void drain() throws IOException {
    out.write(buffer, 0, position);
    position = 0;
  }

  /** Writes what is buffered to the output and flushes it. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }
}
