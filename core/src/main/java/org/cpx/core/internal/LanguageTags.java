package org.cpx.core.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Well-formed BCP 47 language tags (RFC 5646 §2.1) and their canonical case (§2.1.1). */
public final class LanguageTags {
  private static final String ALNUM = "[a-z0-9]";
  private static final String LANGTAG =
      "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})" // language, extlang
          + "(?:-[a-z]{4})?" // script
          + "(?:-(?:[a-z]{2}|[0-9]{3}))?" // region
          + "(?:-(?:" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*" // variants
          + "(?:-[0-9a-wyz](?:-" + ALNUM + "{2,8})+)*" // extensions
          + "(?:-x(?:-" + ALNUM + "{1,8})+)?"; // private use
  private static final String PRIVATE_USE = "x(?:-" + ALNUM + "{1,8})+";
  private static final String GRANDFATHERED =
      "en-gb-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)"
          + "|sgn-(?:be-fr|be-nl|ch-de)"
          + "|art-lojban|cel-gaulish|no-bok|no-nyn|zh-(?:guoyu|hakka|min|min-nan|xiang)";
  private static final Pattern WELL_FORMED =
      Pattern.compile(LANGTAG + "|" + PRIVATE_USE + "|" + GRANDFATHERED);

  private LanguageTags() {}

  /**
   * Returns {@code tag} in canonical case ({@code zh-Hans}, {@code sr-Latn-RS}), with no other
   * rewriting.
   *
   * @param member the member name used in the error message
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  public static String canonical(String member, String tag) {
    if (isPrimaryLanguageOnly(tag)) {
      return tag;
    }
    String lower = tag.toLowerCase(Locale.ROOT);
    if (!isAscii(tag) || !WELL_FORMED.matcher(lower).matches()) {
      throw new IllegalArgumentException(member + ": not a well-formed BCP 47 language tag");
    }
    String[] subtags = lower.split("-", -1);
    StringBuilder canonical = new StringBuilder(tag.length()).append(subtags[0]);
    boolean afterSingleton = subtags[0].length() == 1;
    for (int i = 1; i < subtags.length; i++) {
      String subtag = subtags[i];
      canonical.append('-');
      if (subtag.length() == 1) {
        afterSingleton = true;
      }
      if (!afterSingleton && subtag.length() == 2) {
        canonical.append(subtag.toUpperCase(Locale.ROOT));
      } else if (!afterSingleton && subtag.length() == 4 && Character.isLetter(subtag.charAt(0))) {
        canonical.append(Character.toUpperCase(subtag.charAt(0))).append(subtag, 1, 4);
      } else {
        canonical.append(subtag);
      }
    }
    String result = canonical.toString();
    return result.equals(tag) ? tag : result;
  }

  /** Whether {@code tag} is two or three lower-case letters, a tag that is canonical as it is. */
  private static boolean isPrimaryLanguageOnly(String tag) {
    int length = tag.length();
    if (length < 2 || length > 3) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = tag.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }
}
