package org.cpx.json.internal;

/** The tokens of JSON text, the same whichever parser reads it. */
public enum Token {
  START_OBJECT,
  END_OBJECT,
  START_ARRAY,
  END_ARRAY,
  /** A member name. */
  NAME,
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  FRACTION,
  TRUE,
  FALSE,
  NULL,
  /** A value that is not JSON text: an object an application put in a tree or a buffer. */
  EMBEDDED;

  /** Whether the token opens an object or an array. */
  public boolean isStructStart() {
    return this == START_OBJECT || this == START_ARRAY;
  }

  /** Whether the token closes an object or an array. */
  public boolean isStructEnd() {
    return this == END_OBJECT || this == END_ARRAY;
  }
}
