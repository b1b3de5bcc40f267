package org.cpx.json.internal;

import java.io.IOException;
import java.math.BigInteger;

/**
 * Where the writer puts JSON tokens, the one view of a generator it has: every line of Jackson
 * adapts its generator to it. Escaping and layout are the generator's: only {@code "}, {@code \}
 * and the C0 controls escaped in known members, whose strings the text rules keep clean.
 */
public interface TokenSink {
  /** Writes {@code {}. */
  void startObject() throws IOException;

  /** Writes {@code }}. */
  void endObject() throws IOException;

  /** Writes {@code [}. */
  void startArray() throws IOException;

  /** Writes {@code ]}. */
  void endArray() throws IOException;

  /** Writes the name of a member the format knows. */
  void name(MemberName name) throws IOException;

  /** Writes a member name clean by the text rules, such as a language tag. */
  void name(String name) throws IOException;

  /** Writes a string clean by the text rules. */
  void string(String text) throws IOException;

  /**
   * Writes a member name kept as read, DEL and the C1 controls escaped too, as the format requires
   * of any string (spec §1).
   */
  void keptName(String name) throws IOException;

  /** Writes a string kept as read, escaped as {@link #keptName} escapes a name. */
  void keptString(String text) throws IOException;

  /** Writes an integer. */
  void number(long value) throws IOException;

  /** Writes an integer beyond a {@code long}. */
  void number(BigInteger value) throws IOException;

  /** Writes a number as it was read. */
  void number(String asRead) throws IOException;

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value) throws IOException;

  /** Writes {@code null}. */
  void nullValue() throws IOException;
}
