package org.cpx.core.actor;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cpx.core.CpxRecord;
import org.cpx.core.Identifier;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordBuilder;
import org.cpx.core.RecordType;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * A public actor: an official, a speaker, a representative. CPX holds no private personal data and
 * never a child's record.
 */
@Value.Immutable
public abstract sealed class Person implements CpxRecord, WithPerson permits ImmutablePerson {
  Person() {}

  /** The name as written in the source ({@code Đặng Hoa Nam}). */
  public abstract String getName();

  /** A title before the name ({@code {"vi": "Tiến sĩ", "en": "Dr."}}). */
  public abstract Optional<LocalizedText> getHonorificPrefix();

  /** Other spellings of the name. */
  public abstract List<String> getAlternateNames();

  /** Identifiers in other schemes. */
  public abstract List<Identifier> getIdentifiers();

  /** The public offices held. */
  public abstract List<@Valid Position> getPositions();

  private static final Set<String> PERSONAL_DATA = Set.of(
      "birthdate", "dateofbirth", "dob", "age", "gender", "sex", "address", "homeaddress", "nationalid",
      "passportnumber", "caseid", "casenumber", "photo", "ethnicity", "religion", "healthcondition");

  /**
   * Whether a member named {@code name} would hold private personal data on a person (spec §6,
   * {@code privacy.personalData}): its name lower-cased, without an {@code x-} prefix, hyphens and
   * underscores, is {@code birthdate}, {@code dateofbirth}, {@code dob}, {@code age}, {@code
   * gender}, {@code sex}, {@code address}, {@code homeaddress}, {@code nationalid}, {@code
   * passportnumber}, {@code caseid}, {@code casenumber}, {@code photo}, {@code ethnicity}, {@code
   * religion} or {@code healthcondition}. Writers never write such a member of a person.
   */
  public static boolean isPersonalDataMember(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("x-")) {
      lower = lower.substring(2);
    }
    return PERSONAL_DATA.contains(lower.replace("-", "").replace("_", ""));
  }

  /** Always {@link RecordType#PERSON}. */
  @Override
  public final RecordType getType() {
    return RecordType.PERSON;
  }

  /** Returns a builder of a person. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Person normalize() {
    return withName(TextRules.clean("name", getName()))
        .withAlternateNames(TextRules.cleanAll("alternateNames", getAlternateNames()));
  }

  /** Builds a {@link Person}. Not thread-safe. */
  public static final class Builder extends ImmutablePerson.Builder implements RecordBuilder<Builder> {
    Builder() {}
  }
}
