package org.cpx.json.internal;

import java.io.IOException;

/** Input that is not well-formed UTF-8, with where it was found. */
public final class Utf8Exception extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;

  /** An ill-formed sequence at {@code line} and {@code column}, both 1-based. */
  public Utf8Exception(long line, long column) {
    super("not well-formed UTF-8 at line " + line + ", column " + column);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line. */
  public long line() {
    return line;
  }

  /** The 1-based column, in characters. */
  public long column() {
    return column;
  }
}
