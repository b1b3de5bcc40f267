package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;

/**
 * A parser that enforces the per-record limits of spec §6 on every token it returns, the one place
 * they are checked: nesting depth counted from the current record, a string's decoded value in
 * UTF-8 bytes, a member name in code points, a number in digits. A broken limit is a {@link
 * FatalFinding} ({@code json.limit}) at the value's path, thrown after the token has been read
 * whole, so that the parser can go on to the end of the record. A string is checked when its value
 * is first asked for, or before the next token when it never is, so that a string is decoded once:
 * straight into the {@code String} the reader asks for. The underlying parser's own constraints are
 * set well above these: they are the bound at which a document cannot be read on.
 */
final class LimitedParser extends JsonParserDelegate {
  private final int maxDepth;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final int maxStringLength;
  /** The nesting depth of the current record's parent: 0 outside records and on a stream line. */
  private int base;
  /** Whether the current token is a string whose length is not checked yet. */
  private boolean stringUnchecked;

  LimitedParser(JsonParser parser, Settings settings) {
    super(parser);
    this.maxDepth = settings.maxDepth();
    this.maxNameLength = settings.maxNameLength();
    this.maxNumberLength = settings.maxNumberLength();
    this.maxStringLength = settings.maxStringLength();
  }

  /** Counts depth from the current token, a record's first, until {@link #endRecord()}. */
  void startRecord() {
    base = delegate.getParsingContext().getNestingDepth() - 1;
  }

  /** Counts depth from the document root again. */
  void endRecord() {
    base = 0;
  }

  // The checks are kept out of nextToken() and getText(), so that both stay small enough to be
  // inlined where they are called, once per token.

  @Override
  public JsonToken nextToken() throws IOException {
    if (stringUnchecked) {
      checkString();
    }
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.VALUE_STRING) {
      stringUnchecked = true;
    } else if (token != null) {
      check(token.id());
    }
    return token;
  }

  /** Checks the token of id {@code id}, one that is not a string. */
  private void check(int id) throws IOException {
    switch (id) {
      case JsonTokenId.ID_START_OBJECT:
      case JsonTokenId.ID_START_ARRAY:
        if (delegate.getParsingContext().getNestingDepth() - base > maxDepth) {
          throw limit("nested deeper than " + maxDepth + " levels");
        }
        break;
      case JsonTokenId.ID_FIELD_NAME:
        String name = delegate.currentName();
        if (name.length() > maxNameLength && name.codePointCount(0, name.length()) > maxNameLength) {
          throw limit("a member name is longer than " + maxNameLength + " characters");
        }
        break;
      case JsonTokenId.ID_NUMBER_INT:
      case JsonTokenId.ID_NUMBER_FLOAT:
        if (delegate.getTextLength() > maxNumberLength && digits() > maxNumberLength) {
          throw limit("a number has more than " + maxNumberLength + " digits");
        }
        break;
      default:
        break;
    }
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  /** Skips the children of the current structure through {@link #nextToken()}, so that limits hold in them too. */
  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      token = nextToken();
      if (token == null) {
        return this;
      }
      if (token.isStructStart()) {
        open++;
      } else if (token.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  /** The current string, checked against the limit when it is not yet. */
  @Override
  public String getText() throws IOException {
    String text = delegate.getText();
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
  public int getText(java.io.Writer writer) throws IOException {
    checkString();
    return delegate.getText(writer);
  }

  @Override
  public char[] getTextCharacters() throws IOException {
    checkString();
    return delegate.getTextCharacters();
  }

  @Override
  public int getTextLength() throws IOException {
    checkString();
    return delegate.getTextLength();
  }

  @Override
  public int getTextOffset() throws IOException {
    checkString();
    return delegate.getTextOffset();
  }

  @Override
  public String getValueAsString() throws IOException {
    return stringUnchecked ? getText() : delegate.getValueAsString();
  }

  @Override
  public String getValueAsString(String defaultValue) throws IOException {
    return stringUnchecked ? getText() : delegate.getValueAsString(defaultValue);
  }

  @Override
  public void finishToken() throws IOException {
    checkString();
    delegate.finishToken();
  }

  /** Checks the current string against the limit, when it is not yet, from the parser's buffer. */
  private void checkString() throws IOException {
    if (!stringUnchecked) {
      return;
    }
    stringUnchecked = false;
    int length = delegate.getTextLength();
    if (length * 3L <= maxStringLength) {
      return;
    }
    char[] chars = delegate.getTextCharacters();
    int start = delegate.getTextOffset();
    if (utf8Length(java.nio.CharBuffer.wrap(chars, start, length)) > maxStringLength) {
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
    char[] chars = delegate.getTextCharacters();
    int end = delegate.getTextOffset() + delegate.getTextLength();
    int digits = 0;
    for (int i = delegate.getTextOffset(); i < end; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        digits++;
      }
    }
    return digits;
  }

  private FatalFinding limit(String message) {
    return new FatalFinding(Finding.of(FindingCode.JSON_LIMIT,
        delegate.getParsingContext().pathAsPointer().toString(), message));
  }
}
