package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.CharBuffer;
import org.jspecify.annotations.Nullable;

/** The tokens of a Jackson 2 parser: the format's own reader, and a Jackson 2 mapper's. */
public final class Jackson2Source implements TokenSource {
  private static final @Nullable Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.FRACTION;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  private final JsonParser parser;
  private @Nullable Token current;

  /** The tokens of {@code parser}, from its current token on. */
  public Jackson2Source(JsonParser parser) {
    this.parser = parser;
    this.current = token(parser.currentToken());
  }

  @Override
  public @Nullable Token next() throws IOException {
    current = token(parser.nextToken());
    return current;
  }

  private static @Nullable Token token(@Nullable JsonToken token) {
    if (token == null) {
      return null;
    }
    Token mapped = TOKENS[token.ordinal()];
    if (mapped == null) {
      throw new IllegalStateException("not a token of JSON text: " + token);
    }
    return mapped;
  }

  @Override
  public @Nullable Token current() {
    return current;
  }

  @Override
  public String name() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public int textLength() throws IOException {
    return parser.getTextLength();
  }

  @Override
  public CharSequence characters() throws IOException {
    return CharBuffer.wrap(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  @Override
  public int depth() {
    return parser.getParsingContext().getNestingDepth();
  }

  @Override
  public int index() {
    return parser.getParsingContext().getCurrentIndex();
  }

  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public boolean isBigInteger() throws IOException {
    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public long longValue() throws IOException {
    return parser.getLongValue();
  }

  @Override
  public BigInteger bigIntegerValue() throws IOException {
    return parser.getBigIntegerValue();
  }

  @Override
  public void skipChildren() throws IOException {
    parser.skipChildren();
    current = token(parser.currentToken());
  }

  @Override
  public void finish() throws IOException {
    parser.finishToken();
  }

  @Override
  public long tokenLine() {
    return Math.max(0, parser.currentTokenLocation().getLineNr());
  }

  @Override
  public long tokenColumn() {
    return Math.max(0, parser.currentTokenLocation().getColumnNr());
  }

  @Override
  public long tokenByteOffset() {
    return parser.currentTokenLocation().getByteOffset();
  }

  @Override
  public long byteOffset() {
    return parser.currentLocation().getByteOffset();
  }

  @Override
  public IOException syntaxError(String message) {
    return new JsonParseException(parser, message);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
