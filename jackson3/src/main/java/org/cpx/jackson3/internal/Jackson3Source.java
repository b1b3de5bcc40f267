package org.cpx.jackson3.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.CharBuffer;
import org.cpx.json.internal.Token;
import org.cpx.json.internal.ParserSource;
import org.cpx.json.internal.SourceException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The tokens of a Jackson 3 parser. Its exceptions, and the syntax errors the reader finds (a
 * duplicate member), are {@link SourceException}s whose cause is the {@link JacksonException} at the
 * parser's location, so that a document's reader reports them as findings and a module throws them
 * as they were.
 */
public final class Jackson3Source extends ParserSource {
  private static final @Nullable Token[] TOKENS = tokens(JsonToken.values());

  private final JsonParser parser;

  /** The tokens of {@code parser}, from its current token on. */
  public Jackson3Source(JsonParser parser) throws IOException {
    this.parser = parser;
    start(token(TOKENS, parser.currentToken()));
  }

  @Override
  protected @Nullable Token advance() throws IOException {
    try {
      return token(TOKENS, parser.nextToken());
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  /** The parser's failure {@code e} as an {@link IOException}. */
  private SourceException failure(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    return new SourceException(e, e instanceof StreamConstraintsException,
        location == null ? 0 : Math.max(0, location.getLineNr()), location == null ? 0 : Math.max(0, location.getColumnNr()),
        parser.streamReadContext().pathAsPointer().toString());
  }

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int textLength() throws IOException {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public CharSequence characters() throws IOException {
    try {
      return CharBuffer.wrap(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isBigInteger() throws IOException {
    try {
      return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public long longValue() throws IOException {
    try {
      return parser.getLongValue();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public BigInteger bigIntegerValue() throws IOException {
    try {
      return parser.getBigIntegerValue();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public void finish() throws IOException {
    try {
      parser.finishToken();
    } catch (JacksonException e) {
      throw failure(e);
    }
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
    return failure(new StreamReadException(parser, message, parser.currentLocation()));
  }

  @Override
  public void close() {
    parser.close();
  }
}
