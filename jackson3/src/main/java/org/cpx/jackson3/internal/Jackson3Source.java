package org.cpx.jackson3.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.CharBuffer;
import org.cpx.json.internal.Token;
import org.cpx.json.internal.TokenSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * The tokens of a Jackson 3 parser. Its exceptions are Jackson's own and pass through unchanged; a
 * syntax error the reader finds (a duplicate member) is an {@link IOException} whose cause is a
 * {@link StreamReadException} at the parser's location.
 */
public final class Jackson3Source implements TokenSource {
  private static final @Nullable Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.PROPERTY_NAME.ordinal()] = Token.NAME;
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
  public Jackson3Source(JsonParser parser) {
    this.parser = parser;
    this.current = token(parser.currentToken());
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
  public @Nullable Token next() {
    current = token(parser.nextToken());
    return current;
  }

  @Override
  public @Nullable Token current() {
    return current;
  }

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String text() {
    return parser.getString();
  }

  @Override
  public int textLength() {
    return parser.getStringLength();
  }

  @Override
  public CharSequence characters() {
    return CharBuffer.wrap(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
  }

  @Override
  public int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  @Override
  public int index() {
    return parser.streamReadContext().getCurrentIndex();
  }

  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public boolean isBigInteger() {
    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public long longValue() {
    return parser.getLongValue();
  }

  @Override
  public BigInteger bigIntegerValue() {
    return parser.getBigIntegerValue();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
    current = token(parser.currentToken());
  }

  @Override
  public void finish() {
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
    return new IOException(message, new StreamReadException(parser, message, parser.currentLocation()));
  }

  @Override
  public void close() {
    parser.close();
  }
}
