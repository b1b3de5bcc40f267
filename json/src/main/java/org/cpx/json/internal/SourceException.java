package org.cpx.json.internal;

import java.io.IOException;

/**
 * A parser's failure as a source reports it: broken JSON text (of a parser whose own exceptions are
 * not {@link IOException}s), or a bound of the parser itself broken ({@link #isLimit()}), at a line
 * and column and at the JSON Pointer of the value the parser was reading.
 */
public final class SourceException extends IOException {
  private static final long serialVersionUID = 1L;

  private final boolean limit;
  private final long line;
  private final long column;
  private final String pointer;

  /**
   * The failure {@code cause} of a parser, at {@code line} and {@code column} (0 when unknown), the
   * parser reading the value at {@code pointer}.
   */
  public SourceException(Exception cause, boolean limit, long line, long column, String pointer) {
    super(cause.getMessage(), cause);
    this.limit = limit;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
  }

  /** Whether a bound of the parser was broken (nesting, a string's or a number's length), not the JSON grammar. */
  public boolean isLimit() {
    return limit;
  }

  /** The line of the failure, from 1; 0 when unknown. */
  public long line() {
    return line;
  }

  /** The column of the failure, from 1; 0 when unknown. */
  public long column() {
    return column;
  }

  /** The JSON Pointer of the value the parser was reading, as the parser saw it. */
  public String pointer() {
    return pointer;
  }
}
