package org.cpx.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of text output in one language, coloured when they go to a terminal. */
final class Words {
  private static final String RED = "\u001B[31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String GREEN = "\u001B[32m";
  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final boolean colour;

  Words(Locale locale, boolean colour) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.cpx.cli.Messages", locale);
    this.colour = colour;
  }

  /** The text of {@code key} with {@code arguments} filled in. */
  String say(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** "valid" in green or "invalid" in red. */
  String verdict(boolean valid) {
    return paint(valid ? GREEN : RED, say(valid ? "valid" : "invalid"));
  }

  /** The severity word ("error", "warning") in its colour. */
  String severity(String severity) {
    return paint(severity.equals("error") ? RED : YELLOW, say("severity." + severity));
  }

  /** {@code text} in bold. */
  String strong(String text) {
    return paint(BOLD, text);
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }
}
