package org.cpx.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;

/**
 * The message of every finding code for people, in English or Vietnamese, from the bundle {@code
 * ContributorValidationMessages} under the key {@code org.cpx.<code>}. An application's own
 * {@code ValidationMessages} bundle overrides them for Jakarta Validation users.
 */
public final class FindingMessages {
  private static final String BUNDLE = "ContributorValidationMessages";

  private FindingMessages() {}

  /** The message of {@code code} in the language of {@code locale}, English when there is none. */
  public static String message(FindingCode code, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, FindingMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return bundle.getString(key(code));
    } catch (MissingResourceException e) {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FindingMessages.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(key(code));
    }
  }

  /** {@code finding} with the message of its code in the language of {@code locale}. */
  public static Finding localize(Finding finding, Locale locale) {
    return finding.withMessage(message(finding.getCode(), locale));
  }

  /** The bundle key of {@code code}: {@code org.cpx.} and the code. */
  public static String key(FindingCode code) {
    return "org.cpx." + code.getCode();
  }
}
