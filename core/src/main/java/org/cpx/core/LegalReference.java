package org.cpx.core;

import java.util.Optional;
import org.cpx.core.constraints.HttpUrl;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * A provision of a legal instrument, such as the Law on Children (102/2016/QH13), Article 92,
 * Clause 4. Its text is quoted as published and is not held to the dataset's languages.
 */
@Value.Immutable
public abstract class LegalReference implements Extensible, WithLegalReference {
  LegalReference() {}

  /** The instrument's name ("Luật Trẻ em"). */
  public abstract LocalizedText getInstrument();

  /** The instrument's official number ({@code 102/2016/QH13}). */
  public abstract Optional<String> getIdentifier();

  /** The article's label ({@code 92}). */
  public abstract Optional<String> getArticle();

  /** The clause's label ({@code 4}). */
  public abstract Optional<String> getClause();

  /** The point's label ({@code a}). */
  public abstract Optional<String> getPoint();

  /** The provision's text, as published. */
  public abstract Optional<LocalizedText> getText();

  /** Where the instrument is published. */
  public abstract Optional<@HttpUrl String> getUrl();

  /** Returns a builder of a legal reference. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  LegalReference normalize() {
    return withIdentifier(TextRules.clean("identifier", getIdentifier()))
        .withArticle(TextRules.clean("article", getArticle()))
        .withClause(TextRules.clean("clause", getClause()))
        .withPoint(TextRules.clean("point", getPoint()))
        .withUrl(TextRules.clean("url", getUrl()));
  }

  /** Builds a {@link LegalReference}. Not thread-safe. */
  public static final class Builder extends ImmutableLegalReference.Builder {
    Builder() {}
  }
}
