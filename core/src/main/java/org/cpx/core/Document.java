package org.cpx.core;

import java.util.Optional;
import org.cpx.core.constraints.HttpUrl;
import org.cpx.core.internal.LanguageTags;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** A document a record produced or attached: an agenda, a report, a photo, a statement. */
@Value.Immutable
public abstract class Document implements Extensible, WithDocument {
  Document() {}

  /** What kind of document it is. */
  public abstract Optional<Code<DocumentKind>> getKind();

  /** The document's title. */
  public abstract Optional<LocalizedText> getTitle();

  /** Where it can be read. */
  public abstract Optional<@HttpUrl String> getUrl();

  /** Its document symbol ({@code CRC/C/VNM/CO/5-6}). */
  public abstract Optional<String> getSymbol();

  /** The BCP 47 tag of the language it is written in, in canonical case. */
  public abstract Optional<String> getLanguage();

  /** When it was published. */
  public abstract Optional<PartialDate> getPublishedOn();

  /** Returns a builder of a document. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Document normalize() {
    if (getUrl().isEmpty() && getTitle().isEmpty()) {
      throw new IllegalArgumentException("document: needs a title or a url");
    }
    return withUrl(TextRules.clean("url", getUrl()))
        .withSymbol(TextRules.clean("symbol", getSymbol()))
        .withLanguage(getLanguage().map(tag -> LanguageTags.canonical("language", tag)));
  }

  /** Builds a {@link Document}. Not thread-safe. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
