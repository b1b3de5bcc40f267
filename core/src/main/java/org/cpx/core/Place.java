package org.cpx.core;

import java.util.Optional;
import org.cpx.core.constraints.CountryCode;
import org.cpx.core.constraints.SubdivisionCode;
import org.cpx.core.constraints.ValidPlace;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** Where an event took place: a named venue, an address, a locality, a subdivision, a country. */
@Value.Immutable
@ValidPlace
public abstract class Place implements Extensible, WithPlace {
  Place() {}

  /** The venue's name ("Green One UN House"). */
  public abstract Optional<LocalizedText> getName();

  /** The street address. */
  public abstract Optional<LocalizedText> getAddress();

  /** The city or town ("Hà Nội"). */
  public abstract Optional<LocalizedText> getLocality();

  /** The ISO 3166-2 subdivision ({@code VN-HN}); its prefix must be the country. */
  public abstract Optional<@SubdivisionCode String> getSubdivision();

  /** The ISO 3166-1 alpha-2 country ({@code VN}). */
  public abstract Optional<@CountryCode String> getCountry();

  /** Returns a builder of a place. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Place normalize() {
    if (getName().isEmpty()
        && getAddress().isEmpty()
        && getLocality().isEmpty()
        && getSubdivision().isEmpty()
        && getCountry().isEmpty()) {
      throw new IllegalArgumentException("place: needs at least one of name, address, locality, subdivision, country");
    }
    return withSubdivision(TextRules.clean("subdivision", getSubdivision()))
        .withCountry(TextRules.clean("country", getCountry()));
  }

  /** Builds a {@link Place}. Not thread-safe. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
