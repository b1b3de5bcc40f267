package org.cpx.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cpx.core.Code;
import org.cpx.core.ContactKind;
import org.cpx.core.ContactPoint;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.RecordType;
import org.cpx.core.Source;
import org.cpx.core.actor.Organization;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The constraints of the model as the validator checks them, each at its path, and as a Jakarta
 * Validation user finds them with Hibernate Validator: the same findings.
 */
class ConstraintsTest {
  private static final Set<FindingCode> CONSTRAINTS = EnumSet.of(FindingCode.COUNTRY_UNKNOWN,
      FindingCode.SUBDIVISION_INVALID, FindingCode.CURRENCY_UNKNOWN, FindingCode.SDG_UNKNOWN, FindingCode.URL_INVALID,
      FindingCode.CONTACT_INVALID, FindingCode.CONTACT_UNVERIFIED, FindingCode.PERIOD_REVERSED);

  /** The validator's findings of the constraints of {@code record}, which Hibernate Validator finds too. */
  private static List<Finding> constraints(CpxRecord record, String path) {
    List<Finding> found = new RecordWalk(List.of()).check(record, path).stream()
        .filter(finding -> CONSTRAINTS.contains(finding.getCode()))
        .toList();
    assertThat(summary(found)).as("as Hibernate Validator finds them")
        .containsExactlyInAnyOrderElementsOf(summary(HibernateConstraints.check(record, path)));
    return found;
  }

  @Test
  void theValidatorAndHibernateValidatorFindTheSameInGeneratedRecords() {
    Property.forAll(500, generators -> generators.record(RecordType.values()[generators.between(0, RecordType.values().length)]),
        record -> constraints(record, "/x/0"));
  }

  private static final LocalizedText T = LocalizedText.of("en", "T");

  private static List<Object> summary(List<Finding> findings) {
    return findings.stream()
        .sorted(Finding.byPath())
        .map(f -> tuple(f.getCode().getCode(), f.getSeverity().getValue(), f.getPath()))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void reportsEveryConstraintAtItsPath() {
    Organization organization = Organization.builder()
        .id(Id.of("o"))
        .name(T)
        .country("UK")
        .areasServed(List.of("VN", "VN-HANOI", "XX", "142", "global", "VN-HN"))
        .website("ftp://example.org")
        .addContactPoints(
            ContactPoint.builder().kind(Code.of(ContactKind.HOTLINE)).value("111").country("VN").build(),
            ContactPoint.builder().kind(Code.of(ContactKind.EMAIL)).value("someone@localhost").build(),
            ContactPoint.builder().kind(Code.of(ContactKind.PHONE)).value("+84 24 3933 1234").build(),
            ContactPoint.builder().kind(Code.of(ContactKind.PHONE)).value("12").country("VN").build())
        .addSources(
            Source.builder().url("https://molisa.gov.vn/").build(),
            Source.builder().url("https://").build())
        .build();
    assertThat(summary(constraints(organization, "/organizations/0"))).containsExactly(
        tuple("subdivision.invalid", "error", "/organizations/0/areasServed/1"),
        tuple("country.unknown", "error", "/organizations/0/areasServed/2"),
        tuple("contact.invalid", "error", "/organizations/0/contactPoints/1/value"),
        tuple("contact.invalid", "error", "/organizations/0/contactPoints/3/value"),
        tuple("country.unknown", "error", "/organizations/0/country"),
        tuple("url.invalid", "error", "/organizations/0/sources/1/url"),
        tuple("url.invalid", "error", "/organizations/0/website"));
  }

  @Test
  void reportsUnknownCurrencies() {
    org.cpx.core.outcome.Commitment commitment = org.cpx.core.outcome.Commitment.builder()
        .id(Id.of("c"))
        .text(T)
        .addCommittedBy(org.cpx.core.Party.ofActor(Id.of("o")))
        .budget(org.cpx.core.Money.of("1500000000", "VDN"))
        .build();
    assertThat(summary(constraints(commitment, ""))).containsExactly(
        tuple("currency.unknown", "error", "/budget/currency"));
    assertThat(constraints(commitment.withBudget(org.cpx.core.Money.of("1500000000", "VND")), "")).isEmpty();
  }

  @Test
  void reportsReversedPeriodsPlacesOutsideTheirCountryAndUnknownTargets() {
    Event event = Event.builder()
        .id(Id.of("e"))
        .title(T)
        .period(Period.of(PartialDate.parse("2023-06-30"), PartialDate.parse("2023-06-01")))
        .location(Place.builder().subdivision("CN-BJ").country("VN").build())
        .coverage(List.of("VN", "035"))
        .sdgTargets(List.of("16.2", "16.11"))
        .build();
    assertThat(summary(constraints(event, ""))).containsExactly(
        tuple("subdivision.invalid", "error", "/location/subdivision"),
        tuple("period.reversed", "error", "/period"),
        tuple("sdg.unknown", "error", "/sdgTargets/1"));
  }
}
