package org.cpx.core;

import org.cpx.core.internal.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a record, unique in its dataset and case-sensitive; the recommended form is
 * {@code publisher:local} ({@code vacr:crnet}).
 */
public final class Id implements Comparable<Id> {
  private final String value;

  private Id(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier written {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} breaks the grammar {@code
   *     [A-Za-z0-9][A-Za-z0-9._:/~-]{0,199}}
   */
  public static Id of(String value) {
    String text = TextRules.clean("id", value);
    if (!isValid(text)) {
      throw new IllegalArgumentException(
          "id: must be 1 to 200 letters, digits or . _ : / ~ -, starting with a letter or digit");
    }
    return new Id(text);
  }

  /** Whether {@code value} is a well-formed identifier: {@code [A-Za-z0-9][A-Za-z0-9._:/~-]{0,199}}. */
  public static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > 200 || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '~' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The identifier as written. */
  public String getValue() {
    return value;
  }

  @Override
  public int compareTo(Id other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Id && value.equals(((Id) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the identifier as written, its wire form. */
  @Override
  public String toString() {
    return value;
  }
}
