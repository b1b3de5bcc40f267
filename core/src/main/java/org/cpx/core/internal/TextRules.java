package org.cpx.core.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text rules of the format (spec §1) applied to every string of a known member: CRLF becomes
 * LF, the text is put in Unicode NFC and trimmed of white space; a text that is then empty or holds
 * a control character other than line feed and tab is rejected.
 *
 * <p>Every method returns its argument itself when it is already clean, so that values read by the
 * JSON module, which cleans text while it reads, are not copied a second time.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * Returns {@code value} cleaned.
   *
   * @param member the member name used in the error message
   * @throws IllegalArgumentException if the text is empty after trimming or holds a forbidden
   *     character
   */
  public static String clean(String member, String value) {
    if (isClean(value)) {
      return value;
    }
    String text = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n");
    if (!isSurelyNfc(text) && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    text = trim(text);
    if (text.isEmpty()) {
      throw new IllegalArgumentException(member + ": text is empty after trimming white space");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw new IllegalArgumentException(
            member + ": text holds a control character other than line feed and tab");
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, text.charAt(++i));
          if (isNoncharacter(codePoint)) {
            throw noncharacter(member);
          }
          continue;
        }
        throw new IllegalArgumentException(member + ": text holds an unpaired surrogate");
      }
      if (isNoncharacter(c)) {
        throw noncharacter(member);
      }
    }
    return text;
  }

  /** Returns {@code value} with its text cleaned, the same instance when nothing changes. */
  public static Optional<String> clean(String member, Optional<String> value) {
    if (value.isEmpty()) {
      return value;
    }
    String text = value.get();
    String cleaned = clean(member, text);
    return cleaned == text ? value : Optional.of(cleaned);
  }

  /** Returns {@code values} with every text cleaned, the same instance when nothing changes. */
  public static List<String> cleanAll(String member, List<String> values) {
    List<String> cleaned = null;
    for (int i = 0; i < values.size(); i++) {
      String text = values.get(i);
      String clean = clean(member + "[" + i + "]", text);
      if (clean != text && cleaned == null) {
        cleaned = new ArrayList<>(values);
      }
      if (cleaned != null) {
        cleaned.set(i, clean);
      }
    }
    return cleaned == null ? values : cleaned;
  }

  /** Whether {@code c} is Unicode White_Space or the byte order mark U+FEFF. */
  static boolean isTrimmable(char c) {
    return (c >= '\t' && c <= '\r')
        || c == ' '
        || c == '\u0085'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\uFEFF';
  }

  /**
   * Whether {@code value} is clean as it is, checked in one pass for the common case: no white
   * space at either end, no control character but line feed and tab, and only characters that are
   * in NFC whatever surrounds them — below U+0300 (Latin, no combining marks), precomposed
   * Vietnamese and common punctuation. {@code false} means "look closer",
   * not "unclean"; a clean value holds no surrogate or noncharacter.
   */
  public static boolean isClean(String value) {
    int length = value.length();
    if (length == 0 || isTrimmable(value.charAt(0)) || isTrimmable(value.charAt(length - 1))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < ' ') {
        if (c != '\n' && c != '\t') {
          return false;
        }
      } else if (c >= '\u007F' && (c <= '\u009F' || c >= '\u0300' && !isPrecomposedOrPunctuation(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} is in Latin Extended Additional (U+1E00–U+1EFF, all of precomposed
   * Vietnamese) or General Punctuation other than white space and format characters (U+2010–U+2027,
   * U+2030–U+205E: dashes, quotation marks): characters no normalization changes.
   */
  private static boolean isPrecomposedOrPunctuation(char c) {
    return c >= '\u1E00' && c <= '\u1EFF' || c >= '\u2010' && c <= '\u2027' || c >= '\u2030' && c <= '\u205E';
  }

  /**
   * A fast check for the common case: characters below U+0300 (Latin, no combining marks),
   * precomposed Vietnamese and common punctuation are always in NFC.
   */
  private static boolean isSurelyNfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && !isPrecomposedOrPunctuation(c)) {
        return false;
      }
    }
    return true;
  }

  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isTrimmable(text.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmable(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  private static IllegalArgumentException noncharacter(String member) {
    return new IllegalArgumentException(member + ": text holds a Unicode noncharacter");
  }
}
