package org.cpx.core;

import java.util.Optional;
import org.cpx.core.constraints.CountryCode;
import org.cpx.core.constraints.ValidContactPoint;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** A way to reach an actor or a campaign: a hotline, a phone number, an e-mail address, a website. */
@Value.Immutable
@ValidContactPoint
public abstract class ContactPoint implements Extensible, WithContactPoint {
  ContactPoint() {}

  /** What kind of contact this is. */
  public abstract Code<ContactKind> getKind();

  /** The number, address or URL ({@code 111}, {@code +84 24 3933 1234}). */
  public abstract String getValue();

  /** The country a national number or short code belongs to ({@code VN}). */
  public abstract Optional<@CountryCode String> getCountry();

  /** What the contact is for ("National child protection hotline"). */
  public abstract Optional<LocalizedText> getLabel();

  /** When it can be reached ("24/7, free of charge"). */
  public abstract Optional<LocalizedText> getAvailability();

  /** Returns a builder of a contact point. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  ContactPoint normalize() {
    return withValue(TextRules.clean("value", getValue()))
        .withCountry(TextRules.clean("country", getCountry()));
  }

  /** Builds a {@link ContactPoint}. Not thread-safe. */
  public static final class Builder extends ImmutableContactPoint.Builder {
    Builder() {}
  }
}
