package org.cpx.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * JSON text as a sequence of {@link Token}s, the one view of a parser the reader has: every line
 * of Jackson adapts its parser to it. A source reports broken JSON text with an {@link
 * IOException}; limits and duplicate members are the reader's own, checked over it.
 */
public interface TokenSource extends Closeable {
  /** Moves to the next token; {@code null} at the end of the input. */
  @Nullable Token next() throws IOException;

  /** The current token; {@code null} before the first and after the last. */
  @Nullable Token current();

  /** The name of the current member: on its {@link Token#NAME} and on its value. */
  String name() throws IOException;

  /** The current string's value, or the current number as written. */
  String text() throws IOException;

  /** The length in chars of {@link #text()}, without building it. */
  int textLength() throws IOException;

  /** The chars of {@link #text()}, without building it; valid until the next token. */
  CharSequence characters() throws IOException;

  /** The number of objects and arrays open at the current token, the one it opens counted. */
  int depth();

  /** The index of the current member or element in its object or array. */
  int index();

  /** The JSON Pointer of the current value, from the root of the input. */
  String pointer();

  /** Whether the current integer is held as a {@link BigInteger}, too large for a {@code long} or so read. */
  boolean isBigInteger() throws IOException;

  /** The current integer as a {@code long}; call only when it is not {@link #isBigInteger()}. */
  long longValue() throws IOException;

  /** The current integer as a {@link BigInteger}. */
  BigInteger bigIntegerValue() throws IOException;

  /** Moves to the last token of the object or array the current token opens; nothing for another token. */
  void skipChildren() throws IOException;

  /** Reads the current token whole, so that {@link #byteOffset()} is past it. */
  void finish() throws IOException;

  /** The line of the current token, from 1; 0 when unknown. */
  long tokenLine();

  /** The column of the current token, from 1; 0 when unknown. */
  long tokenColumn();

  /** The byte offset of the current token's start; -1 when unknown. */
  long tokenByteOffset();

  /** The byte offset after what has been read; -1 when unknown. */
  long byteOffset();

  /** The exception to throw for broken JSON text, {@code message} at the current token. */
  IOException syntaxError(String message);
}
