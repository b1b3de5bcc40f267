package org.cpx.json.internal;

import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The part of every adapter of a parser that does not depend on the parser: the current token, and
 * the nesting depth, the index of the current member or element and the JSON Pointer, counted by
 * the source itself from its first token. A parser's own context is not relied on: a tree's or a
 * buffer's parser keeps no depth, and a mapper's parser counts from the mapper's root, not from
 * the value being read.
 */
public abstract class ParserSource implements TokenSource {
  private @Nullable Token current;
  /** The objects and arrays open. */
  private int depth;
  /** By depth, from 1: whether the level is an object. */
  private boolean[] objects = new boolean[16];
  /** By depth: the index of the current member or element, -1 before the first. */
  private int[] indexes = new int[16];
  /** By depth: the name of the current member of an object. */
  private @Nullable String[] names = new String[16];

  /**
   * The tokens of a parser's token type, by ordinal: each constant named as Jackson names it
   * ({@code START_OBJECT}, {@code VALUE_STRING}, …, the member name {@code FIELD_NAME} or {@code
   * PROPERTY_NAME}); {@code null} for one that is no token of JSON text.
   */
  protected static @Nullable Token[] tokens(Enum<?>[] parserTokens) {
    @Nullable Token[] tokens = new Token[parserTokens.length];
    for (Enum<?> token : parserTokens) {
      tokens[token.ordinal()] = switch (token.name()) {
        case "START_OBJECT" -> Token.START_OBJECT;
        case "END_OBJECT" -> Token.END_OBJECT;
        case "START_ARRAY" -> Token.START_ARRAY;
        case "END_ARRAY" -> Token.END_ARRAY;
        case "FIELD_NAME", "PROPERTY_NAME" -> Token.NAME;
        case "VALUE_STRING" -> Token.STRING;
        case "VALUE_NUMBER_INT" -> Token.INTEGER;
        case "VALUE_NUMBER_FLOAT" -> Token.FRACTION;
        case "VALUE_TRUE" -> Token.TRUE;
        case "VALUE_FALSE" -> Token.FALSE;
        case "VALUE_NULL" -> Token.NULL;
        case "VALUE_EMBEDDED_OBJECT" -> Token.EMBEDDED;
        default -> null;
      };
    }
    return tokens;
  }

  /** The token of {@code parserToken} in {@code tokens}, one of {@link #tokens}; {@code null} at the end of the input. */
  protected final @Nullable Token token(@Nullable Token[] tokens, @Nullable Enum<?> parserToken) throws IOException {
    if (parserToken == null) {
      return null;
    }
    Token token = tokens[parserToken.ordinal()];
    if (token == null) {
      throw syntaxError("the parser has no token yet (a non-blocking parser needs more input)");
    }
    return token;
  }

  /** Starts at the parser's current token, {@code first}; {@code null} before the first token. */
  protected final void start(@Nullable Token first) throws IOException {
    current = first;
    if (first != null) {
      track(first);
    }
  }

  /** Moves the parser to its next token; {@code null} at the end of the input. */
  protected abstract @Nullable Token advance() throws IOException;

  @Override
  public final @Nullable Token next() throws IOException {
    Token token = advance();
    current = token;
    if (token != null) {
      track(token);
    }
    return token;
  }

  private void track(Token token) throws IOException {
    switch (token) {
      case START_OBJECT:
      case START_ARRAY:
        element();
        if (++depth == objects.length) {
          objects = Arrays.copyOf(objects, depth * 2);
          indexes = Arrays.copyOf(indexes, depth * 2);
          names = Arrays.copyOf(names, depth * 2);
        }
        objects[depth] = token == Token.START_OBJECT;
        indexes[depth] = -1;
        break;
      case END_OBJECT:
      case END_ARRAY:
        depth--;
        break;
      case NAME:
        indexes[depth]++;
        names[depth] = name();
        break;
      default:
        element();
        break;
    }
  }

  /** Counts a value starting: in an array, the next element. */
  private void element() {
    if (depth > 0 && !objects[depth]) {
      indexes[depth]++;
    }
  }

  @Override
  public final @Nullable Token current() {
    return current;
  }

  @Override
  public final int depth() {
    return depth;
  }

  @Override
  public final int index() {
    return depth == 0 ? 0 : indexes[depth];
  }

  @Override
  public final String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (int level = 1; level <= depth; level++) {
      if (indexes[level] >= 0) {
        pointer.append('/');
        if (objects[level]) {
          Path.appendEscaped(pointer, String.valueOf(names[level]));
        } else {
          pointer.append(indexes[level]);
        }
      }
    }
    return pointer.toString();
  }

  /** Skips through {@link #next()}, so that depths and indexes stay counted. */
  @Override
  public final void skipChildren() throws IOException {
    Token token = current;
    if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
      return;
    }
    int open = depth - 1;
    while (depth > open) {
      if (next() == null) {
        throw syntaxError("unexpected end of input");
      }
    }
  }
}
