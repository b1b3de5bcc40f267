package org.cpx.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpx.core.internal.LanguageTags;
import org.cpx.core.internal.SortedPairs;
import org.cpx.core.internal.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A text in one or more languages, keyed by BCP 47 language tag: {@code {"vi": "Mạng bảo vệ quyền
 * trẻ em", "en": "Child Rights Network"}}.
 *
 * <p>Tags are stored in canonical case ({@code zh-Hans}) and entries sorted by tag; texts are
 * cleaned by the format's text rules (NFC, trimmed, no control characters but line feed and tab).
 */
public final class LocalizedText {
  private final Map<String, String> entries;

  private LocalizedText(Map<String, String> entries) {
    this.entries = entries;
  }

  /**
   * Returns the text {@code text} in the language {@code tag}.
   *
   * @throws IllegalArgumentException if the tag is not well-formed or the text breaks the text
   *     rules
   */
  public static LocalizedText of(String tag, String text) {
    return builder().put(tag, text).build();
  }

  /**
   * Returns the text {@code first} in {@code firstTag} and {@code second} in {@code secondTag}.
   *
   * @throws IllegalArgumentException if a tag is not well-formed, the two tags are equal ignoring
   *     case, or a text breaks the text rules
   */
  public static LocalizedText of(String firstTag, String first, String secondTag, String second) {
    return builder().put(firstTag, first).put(secondTag, second).build();
  }

  /**
   * Returns the text of {@code entries}, tag to text.
   *
   * @throws IllegalArgumentException if there is no entry, a tag is not well-formed, two tags are
   *     equal ignoring case, or a text breaks the text rules
   */
  public static LocalizedText of(Map<String, String> entries) {
    Builder builder = builder();
    entries.forEach(builder::put);
    return builder.build();
  }

  /** Returns a builder of a text with no entry yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** The entries, canonical tag to text, sorted by tag. */
  public Map<String, String> getEntries() {
    return entries;
  }

  /** The canonical tags of the entries, sorted. */
  public Set<String> getLanguages() {
    return entries.keySet();
  }

  /** The text whose tag is {@code tag} (compared ignoring case), if there is one. */
  public Optional<String> get(String tag) {
    String text = entries.get(tag);
    if (text == null) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(tag)) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return Optional.ofNullable(text);
  }

  /**
   * The text best suited to a reader who prefers {@code preferred}, in order: for each locale, its
   * language tag, then its parent tags ({@code sr-Latn-RS}, {@code sr-Latn}, {@code sr}), then any
   * regional form of its language; after all locales, the first entry. Pass a dataset's default
   * language last to fall back on it before any other.
   */
  public String get(Locale... preferred) {
    return get(List.of(preferred));
  }

  /** The text best suited to a reader who prefers {@code preferred}; see {@link #get(Locale...)}. */
  public String get(List<Locale> preferred) {
    for (Locale locale : preferred) {
      String found = find(locale.toLanguageTag());
      if (found != null) {
        return found;
      }
    }
    return entries.values().iterator().next();
  }

  /**
   * Whether the text has an entry in {@code language} or in a more specific form of it: {@code
   * en-GB} covers {@code en}.
   */
  public boolean covers(String language) {
    for (String tag : entries.keySet()) {
      if (tag.equalsIgnoreCase(language)
          || (tag.length() > language.length()
              && tag.charAt(language.length()) == '-'
              && tag.regionMatches(true, 0, language, 0, language.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy with {@code text} in the language {@code tag}, replacing an entry with the same
   * tag.
   *
   * @throws IllegalArgumentException if the tag is not well-formed or the text breaks the text
   *     rules
   */
  public LocalizedText with(String tag, String text) {
    Builder builder = builder();
    String canonical = LanguageTags.canonical("text", tag);
    entries.forEach((t, v) -> {
      if (!t.equals(canonical)) {
        builder.put(t, v);
      }
    });
    return builder.put(canonical, text).build();
  }

  private @Nullable String find(String requested) {
    String tag = requested;
    while (!tag.isEmpty()) {
      Optional<String> text = get(tag);
      if (text.isPresent()) {
        return text.get();
      }
      int dash = tag.lastIndexOf('-');
      tag = dash < 0 ? "" : tag.substring(0, dash);
    }
    String language = requested.split("-", 2)[0];
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      if (entry.getKey().regionMatches(true, 0, language + "-", 0, language.length() + 1)) {
        return entry.getValue();
      }
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LocalizedText && entries.equals(((LocalizedText) other).entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Returns the entries as {@code {en=…, vi=…}}; for people, not a wire form. */
  @Override
  public String toString() {
    return entries.toString();
  }

  /** Builds a {@link LocalizedText}. Not thread-safe. */
  public static final class Builder {
    /** Tags and texts in turn, kept sorted by tag: a text has few entries. */
    private String[] entries = new String[4];
    private int size;

    private Builder() {}

    /**
     * Adds {@code text} in the language {@code tag}.
     *
     * @throws IllegalArgumentException if the tag is not well-formed, equal ignoring case to a tag
     *     already added, or the text breaks the text rules
     */
    public Builder put(String tag, String text) {
      String canonical = LanguageTags.canonical("text", tag);
      int at = 0;
      while (at < size && entries[2 * at].compareTo(canonical) < 0) {
        at++;
      }
      if (at < size && entries[2 * at].equals(canonical)) {
        throw new IllegalArgumentException("text." + canonical + ": a language appears twice (tags equal ignoring case)");
      }
      String clean = TextRules.isClean(text) ? text : TextRules.clean("text." + canonical, text);
      if (2 * size + 2 > entries.length) {
        entries = Arrays.copyOf(entries, entries.length * 2);
      }
      System.arraycopy(entries, 2 * at, entries, 2 * at + 2, 2 * (size - at));
      entries[2 * at] = canonical;
      entries[2 * at + 1] = clean;
      size++;
      return this;
    }

    /**
     * Returns the text.
     *
     * @throws IllegalArgumentException if no entry was added
     */
    public LocalizedText build() {
      if (size == 0) {
        throw new IllegalArgumentException("text: needs at least one language entry");
      }
      return new LocalizedText(new SortedPairs(Arrays.copyOf(entries, 2 * size), size));
    }
  }
}
