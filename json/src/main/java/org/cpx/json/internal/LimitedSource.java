package org.cpx.json.internal;

import java.io.IOException;
import java.math.BigInteger;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.jspecify.annotations.Nullable;

/**
 * A source that enforces the per-record limits of spec §6 on every token it returns, the one place
 * they are checked, whichever parser reads: nesting depth counted from the current record, a
 * string's decoded value in UTF-8 bytes, a member name in code points, a number in digits. A broken
 * limit is a {@link FatalFinding} ({@code json.limit}) at the value's path, thrown after the token
 * has been read whole, so that reading can go on to the end of the record. A string is checked when
 * its value is first asked for, or before the next token when it never is, so that a string is
 * decoded once: straight into the {@code String} the reader asks for. The parser's own constraints
 * are set well above these: they are the bound at which a document cannot be read on.
 */
public final class LimitedSource implements TokenSource {
  private final TokenSource delegate;
  private final int maxDepth;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final int maxStringLength;
  /** The nesting depth of the current record's parent: 0 outside records and on a stream line. */
  private int base;
  /** Whether the current token is a string whose length is not checked yet. */
  private boolean stringUnchecked;

  LimitedSource(TokenSource delegate, Settings settings) {
    this.delegate = delegate;
    this.maxDepth = settings.maxDepth();
    this.maxNameLength = settings.maxNameLength();
    this.maxNumberLength = settings.maxNumberLength();
    this.maxStringLength = settings.maxStringLength();
  }

  /** The source without limits, to skip the rest of a record that broke one. */
  TokenSource unlimited() {
    return delegate;
  }

  /** Counts depth from the current token, a record's first, until {@link #endRecord()}. */
  void startRecord() {
    base = delegate.depth() - 1;
  }

  /** Counts depth from the document root again. */
  void endRecord() {
    base = 0;
  }

  // The checks are kept out of next() and text(), so that both stay small enough to be inlined
  // where they are called, once per token.

  @Override
  public @Nullable Token next() throws IOException {
    if (stringUnchecked) {
      checkString();
    }
    Token token = delegate.next();
    if (token == Token.STRING) {
      stringUnchecked = true;
    } else if (token != null) {
      check(token);
    }
    return token;
  }

  /** Checks {@code token}, one that is not a string. */
  private void check(Token token) throws IOException {
    switch (token) {
      case START_OBJECT:
      case START_ARRAY:
        if (delegate.depth() - base > maxDepth) {
          throw limit("nested deeper than " + maxDepth + " levels");
        }
        break;
      case NAME:
        String name = delegate.name();
        if (name.length() > maxNameLength && name.codePointCount(0, name.length()) > maxNameLength) {
          throw limit("a member name is longer than " + maxNameLength + " characters");
        }
        break;
      case INTEGER:
      case FRACTION:
        if (delegate.textLength() > maxNumberLength && digits() > maxNumberLength) {
          throw limit("a number has more than " + maxNumberLength + " digits");
        }
        break;
      default:
        break;
    }
  }

  /** Skips the children of the current structure through {@link #next()}, so that limits hold in them too. */
  @Override
  public void skipChildren() throws IOException {
    Token token = current();
    if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0) {
      token = next();
      if (token == null) {
        return;
      }
      if (token.isStructStart()) {
        open++;
      } else if (token.isStructEnd()) {
        open--;
      }
    }
  }

  /** The current string, checked against the limit when it is not yet. */
  @Override
  public String text() throws IOException {
    String text = delegate.text();
    if (stringUnchecked) {
      checkString(text);
    }
    return text;
  }

  /**
   * Checks {@code text}, the current string: a character takes at most three bytes in UTF-8 (a
   * surrogate pair four for two), so only a long string needs counting.
   */
  private void checkString(String text) throws FatalFinding {
    stringUnchecked = false;
    if (text.length() * 3L > maxStringLength && utf8Length(text) > maxStringLength) {
      throw stringTooLong();
    }
  }

  @Override
  public int textLength() throws IOException {
    checkString();
    return delegate.textLength();
  }

  @Override
  public CharSequence characters() throws IOException {
    checkString();
    return delegate.characters();
  }

  @Override
  public void finish() throws IOException {
    checkString();
    delegate.finish();
  }

  /** Checks the current string against the limit, when it is not yet, from the parser's buffer. */
  private void checkString() throws IOException {
    if (!stringUnchecked) {
      return;
    }
    stringUnchecked = false;
    if (delegate.textLength() * 3L > maxStringLength && utf8Length(delegate.characters()) > maxStringLength) {
      throw stringTooLong();
    }
  }

  private FatalFinding stringTooLong() {
    return limit("a string is longer than " + maxStringLength + " bytes of UTF-8");
  }

  private static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  private int digits() throws IOException {
    CharSequence chars = delegate.characters();
    int digits = 0;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  private FatalFinding limit(String message) {
    return new FatalFinding(Finding.of(FindingCode.JSON_LIMIT, delegate.pointer(), message));
  }

  @Override
  public @Nullable Token current() {
    return delegate.current();
  }

  @Override
  public String name() throws IOException {
    return delegate.name();
  }

  @Override
  public int depth() {
    return delegate.depth();
  }

  @Override
  public int index() {
    return delegate.index();
  }

  @Override
  public String pointer() {
    return delegate.pointer();
  }

  @Override
  public boolean isBigInteger() throws IOException {
    return delegate.isBigInteger();
  }

  @Override
  public long longValue() throws IOException {
    return delegate.longValue();
  }

  @Override
  public BigInteger bigIntegerValue() throws IOException {
    return delegate.bigIntegerValue();
  }

  @Override
  public long tokenLine() {
    return delegate.tokenLine();
  }

  @Override
  public long tokenColumn() {
    return delegate.tokenColumn();
  }

  @Override
  public long tokenByteOffset() {
    return delegate.tokenByteOffset();
  }

  @Override
  public long byteOffset() {
    return delegate.byteOffset();
  }

  @Override
  public IOException syntaxError(String message) {
    return delegate.syntaxError(message);
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
