package org.cpx.core;

import java.time.LocalDate;
import java.util.Optional;
import org.cpx.core.constraints.HttpUrl;
import org.cpx.core.internal.LanguageTags;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * Where a fact came from: a web page, an article, a report. Its text is quoted as published and is
 * not held to the dataset's languages.
 */
@Value.Immutable
public abstract class Source implements Extensible, WithSource {
  Source() {}

  /** Where the source can be read. */
  public abstract Optional<@HttpUrl String> getUrl();

  /** The source's title. */
  public abstract Optional<LocalizedText> getTitle();

  /** Who published it. */
  public abstract Optional<LocalizedText> getPublisher();

  /** Who wrote it, as credited. */
  public abstract Optional<String> getAuthor();

  /** When it was published. */
  public abstract Optional<PartialDate> getPublishedOn();

  /** When it was read. */
  public abstract Optional<LocalDate> getAccessedOn();

  /** The BCP 47 tag of the language it is written in, in canonical case. */
  public abstract Optional<String> getLanguage();

  /** A remark on the source, such as where it disagrees with another. */
  public abstract Optional<LocalizedText> getNote();

  /** Returns a builder of a source. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Source normalize() {
    if (getUrl().isEmpty() && getTitle().isEmpty()) {
      throw new IllegalArgumentException("source: needs a url or a title");
    }
    return withUrl(TextRules.clean("url", getUrl()))
        .withAuthor(TextRules.clean("author", getAuthor()))
        .withLanguage(getLanguage().map(tag -> LanguageTags.canonical("language", tag)));
  }

  /** Builds a {@link Source}. Not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
