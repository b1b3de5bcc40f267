package org.cpx.core.actor;

import org.cpx.core.Codes;
import org.cpx.core.ContactPoint;
import org.cpx.core.Id;
import org.cpx.core.Identifier;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.RecordBuilder;
import org.cpx.core.Theme;

/**
 * The setters the builders of organizations and networks share.
 *
 * @param <B> the builder's own type
 */
public interface InstitutionBuilder<B extends InstitutionBuilder<B>> extends RecordBuilder<B> {
  /** Sets the name. */
  B name(LocalizedText name);

  /** Sets the acronyms. */
  B acronyms(Iterable<String> acronyms);

  /** Sets other spellings and translations of the name. */
  B alternateNames(Iterable<? extends LocalizedText> alternateNames);

  /** Sets the former names. */
  B formerNames(Iterable<? extends FormerName> formerNames);

  /** Sets the organizations or networks that took it over. */
  B succeededBy(Iterable<? extends Id> succeededBy);

  /** Sets the country of the seat. */
  B country(String country);

  /** Sets where it works. */
  B areasServed(Iterable<String> areasServed);

  /** Sets when it was founded. */
  B founded(PartialDate founded);

  /** Sets when it was dissolved. */
  B dissolved(PartialDate dissolved);

  /** Sets its identifiers in other schemes. */
  B identifiers(Iterable<? extends Identifier> identifiers);

  /** Sets its website. */
  B website(String website);

  /** Sets how to reach it. */
  B contactPoints(Iterable<? extends ContactPoint> contactPoints);

  /** Sets the themes it works on. */
  B themes(Codes<Theme> themes);
}
