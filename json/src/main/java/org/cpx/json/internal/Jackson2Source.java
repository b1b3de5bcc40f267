package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.CharBuffer;
import org.jspecify.annotations.Nullable;

/** The tokens of a Jackson 2 parser: the format's own reader, and a Jackson 2 mapper's. */
public final class Jackson2Source extends ParserSource {
  private static final @Nullable Token[] TOKENS = tokens(JsonToken.values());

  private final JsonParser parser;

  /** The tokens of {@code parser}, from its current token on. */
  public Jackson2Source(JsonParser parser) throws IOException {
    this.parser = parser;
    start(token(TOKENS, parser.currentToken()));
  }

  @Override
  protected @Nullable Token advance() throws IOException {
    try {
      return token(TOKENS, parser.nextToken());
    } catch (StreamConstraintsException e) {
      // The parser may have read ahead of the token it returns last: its own context says where it is.
      throw new SourceException(e, true, tokenLine(), tokenColumn(), parser.getParsingContext().pathAsPointer().toString());
    }
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
