package org.cpx.core;

import java.util.regex.Pattern;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** An identifier an actor has in another scheme: {@code org-id}, {@code iati}, {@code wikidata}. */
@Value.Immutable
public abstract class Identifier implements Extensible, WithIdentifier {
  private static final Pattern SCHEME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  Identifier() {}

  /** The scheme, lower-case words joined by hyphens ({@code org-id}). */
  public abstract String getScheme();

  /** The identifier in that scheme ({@code XM-DAC-41122}). */
  public abstract String getValue();

  /**
   * Returns the identifier {@code value} in {@code scheme}.
   *
   * @throws IllegalArgumentException if the scheme is not lower-case words joined by hyphens
   */
  public static Identifier of(String scheme, String value) {
    return builder().scheme(scheme).value(value).build();
  }

  /** Returns a builder of an identifier. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Identifier normalize() {
    String scheme = TextRules.clean("scheme", getScheme());
    if (!SCHEME.matcher(scheme).matches()) {
      throw new IllegalArgumentException("scheme: must be lower-case letters and digits joined by single hyphens");
    }
    return withScheme(scheme).withValue(TextRules.clean("value", getValue()));
  }

  /** Builds an {@link Identifier}. Not thread-safe. */
  public static final class Builder extends ImmutableIdentifier.Builder {
    Builder() {}
  }
}
