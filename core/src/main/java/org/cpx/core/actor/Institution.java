package org.cpx.core.actor;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Codes;
import org.cpx.core.ContactPoint;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.Identifier;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Theme;
import org.cpx.core.constraints.AreaCode;
import org.cpx.core.constraints.CountryCode;
import org.cpx.core.constraints.HttpUrl;
import org.immutables.value.Value;

/** The members organizations and networks share: names, seat, dates, identifiers and contacts. */
public sealed interface Institution extends CpxRecord permits Organization, Network {
  /** The name, in one or more languages. */
  LocalizedText getName();

  /** Its acronyms ({@code VACR}, {@code MOLISA}). */
  List<String> getAcronyms();

  /** Other spellings and translations of the name seen in sources ({@code CRGW} for CRWG). */
  List<LocalizedText> getAlternateNames();

  /** The names it went by before. */
  List<@Valid FormerName> getFormerNames();

  /** The organizations or networks that took it over, after a merger or renaming. */
  List<Id> getSucceededBy();

  /** The ISO 3166-1 alpha-2 country of its seat ({@code VN}). */
  Optional<@CountryCode String> getCountry();

  /** Where it works: {@code global}, countries, subdivisions or UN M49 regions. */
  List<@AreaCode String> getAreasServed();

  /** When it was founded. */
  Optional<PartialDate> getFounded();

  /** When it was dissolved. */
  Optional<PartialDate> getDissolved();

  /** Its identifiers in other schemes. */
  List<Identifier> getIdentifiers();

  /** Its website. */
  Optional<@HttpUrl String> getWebsite();

  /** How to reach it. */
  List<@Valid ContactPoint> getContactPoints();

  /** The themes it works on; empty when none is stated. */
  @Value.Default
  default Codes<Theme> getThemes() {
    return Codes.empty();
  }
}
