package org.cpx.core.outcome;

import java.util.Optional;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** A numbered point of a declaration; its number is unique within the declaration. */
@Value.Immutable
public abstract class Article implements Extensible, WithArticle {
  Article() {}

  /** The article's label as printed ({@code 1}, {@code 4.b}). */
  public abstract String getNumber();

  /** The article's heading. */
  public abstract Optional<LocalizedText> getTitle();

  /** The article's text. */
  public abstract LocalizedText getText();

  /** Returns the article {@code number} with the text {@code text}. */
  public static Article of(String number, LocalizedText text) {
    return builder().number(number).text(text).build();
  }

  /** Returns a builder of an article. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Article normalize() {
    return withNumber(TextRules.clean("number", getNumber()));
  }

  /** Builds an {@link Article}. Not thread-safe. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
