package org.cpx.core.finding;

import java.util.Locale;

/** How serious a {@link Finding} is: an error makes a document invalid, a warning does not. */
public enum Severity {
  /** The data breaks a rule of the format. */
  ERROR,
  /** The data is valid but probably not what the publisher meant, or incomplete. */
  WARNING;

  /** The severity as written in reports: {@code error} or {@code warning}. */
  public String getValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
