package org.cpx.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.RecordType;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.AttendanceCategory;
import org.cpx.core.event.AttendanceGroup;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;

class DatasetRulesTest {
  private static final LocalizedText T = LocalizedText.of("en", "T");

  private static Organization organization(String id) {
    return Organization.builder().id(Id.of(id)).name(T).build();
  }

  private static Event event(String id) {
    return Event.builder().id(Id.of(id)).title(T).build();
  }

  private static Commitment commitment(String id) {
    return Commitment.builder().id(Id.of(id)).text(T).addCommittedBy(Party.ofActor(Id.of("o"))).build();
  }

  private static List<Finding> check(Dataset dataset) {
    return check(new DatasetRules(false), dataset);
  }

  /** Runs a pass over the records of {@code dataset}: each record's findings, then those across records. */
  private static List<Finding> check(DatasetRules rules, Dataset dataset) {
    ArrayPositions positions = new ArrayPositions(dataset);
    DatasetRules.Pass pass = rules.start();
    List<Finding> findings = new java.util.ArrayList<>();
    for (RecordType type : RecordType.values()) {
      for (int i = 0; i < dataset.records(type).size(); i++) {
        List<Finding> own = new java.util.ArrayList<>(pass.add(dataset.records(type).get(i), positions.pointer(type, i), 0));
        own.sort(Finding.byPath());
        findings.addAll(own);
      }
    }
    pass.finish(findings::add);
    return findings;
  }

  private static List<Object> summary(List<Finding> findings) {
    return findings.stream()
        .map(f -> tuple(f.getCode().getCode(), f.getSeverity().getValue(), f.getPath()))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theSeedDatasetBreaksNoRuleAcrossRecords() {
    assertThat(check(SeedData.dataset())).isEmpty();
  }

  @Test
  void reportsEachLaterUseOfAnId() {
    Dataset dataset = Dataset.builder()
        .addOrganizations(organization("o"), organization("o"))
        .addEvents(event("o"))
        .build();
    assertThat(summary(check(dataset))).containsExactly(
        tuple("id.duplicate", "error", "/organizations/1/id"),
        tuple("id.duplicate", "error", "/events/0/id"));
  }

  @Test
  void reportsUnresolvedReferencesAndReferencesOfTheWrongType() {
    Dataset dataset = Dataset.builder()
        .addOrganizations(organization("o").withParent(Id.of("missing")))
        .addEvents(event("e").withPartOf(Id.of("o")))
        .addCommitments(commitment("c").withRespondsTo(Id.of("e")).withMadeAt(Id.of("e")))
        .build();
    assertThat(summary(check(dataset))).containsExactly(
        tuple("reference.unresolved", "error", "/organizations/0/parent"),
        tuple("reference.wrongType", "error", "/events/0/partOf"),
        tuple("reference.wrongType", "error", "/commitments/0/respondsTo/0"));
    assertThat(check(new DatasetRules(true), dataset)).first()
        .satisfies(finding -> assertThat(finding.getSeverity().getValue()).isEqualTo("warning"));
  }

  @Test
  void pointsIntoTheDocumentAsReadPastUnreadableRecords() {
    Dataset dataset = Dataset.builder()
        .addOrganizations(organization("a"), organization("b").withParent(Id.of("missing")))
        .addUnreadableRecords(UnreadableRecord.of(RecordType.ORGANIZATION, 1, "{\"id\":\"x\"}"))
        .build();
    assertThat(summary(check(dataset))).containsExactly(tuple("reference.unresolved", "error", "/organizations/2/parent"));
  }

  @Test
  void reportsDuplicateAndUnresolvedArticles() {
    Declaration declaration = Declaration.builder().id(Id.of("d")).title(T)
        .addArticles(Article.of("1", T), Article.of("2", T), Article.of("1", T))
        .build();
    Recommendation recommendation = Recommendation.builder().id(Id.of("r")).text(T)
        .declaration(Id.of("d")).article("3").build();
    Dataset dataset = Dataset.builder().addDeclarations(declaration).addRecommendations(recommendation)
        .addCommitments(commitment("c").withDeclaration(Id.of("d")).withArticle("2"))
        .addOrganizations(organization("o"))
        .build();
    assertThat(summary(check(dataset))).containsExactly(
        tuple("article.duplicate", "error", "/declarations/0/articles/2/number"),
        tuple("article.unresolved", "error", "/recommendations/0/article"));
  }

  @Test
  void reportsACycleOnceAtItsFirstRecord() {
    Dataset dataset = Dataset.builder()
        .addOrganizations(
            organization("a").withParent(Id.of("b")),
            organization("b").withParent(Id.of("c")),
            organization("c").withParent(Id.of("b")),
            organization("d").withParent(Id.of("a")))
        .addEvents(event("e").withPartOf(Id.of("e")))
        .build();
    assertThat(summary(check(dataset))).containsExactly(
        tuple("organization.parentCycle", "error", "/organizations/1/parent"),
        tuple("event.partOfCycle", "error", "/events/0/partOf"));
  }

  @Test
  void reportsANetworkAmongItsOwnMembersAndCountsThatCannotBeTrue() {
    Network network = Network.builder().id(Id.of("n")).name(T)
        .addMemberships(
            Membership.builder().member(Id.of("n")).build(),
            Membership.builder().member(Id.of("o")).build(),
            Membership.builder().member(Id.of("p")).role(Code.of(MembershipRole.OBSERVER)).build())
        .memberCount(Count.of(1, CountQualifier.AT_MOST))
        .build();
    Event event = event("e").withAttendance(Attendance.builder()
        .total(Count.of(50))
        .addBreakdown(
            AttendanceGroup.of(AttendanceCategory.JOURNALISTS, Count.of(40, CountQualifier.APPROXIMATELY)),
            AttendanceGroup.of(AttendanceCategory.CHILDREN, Count.of(50, CountQualifier.MORE_THAN)))
        .build());
    Declaration declaration = Declaration.builder().id(Id.of("d")).title(T)
        .addEndorsedBy(Party.ofActor(Id.of("o")), Party.ofActor(Id.of("n")))
        .endorsementCount(Count.of(1))
        .build();
    Dataset dataset = Dataset.builder().addNetworks(network).addOrganizations(organization("o"))
        .addPersons(Person.builder().id(Id.of("p")).name("P").build())
        .addEvents(event).addDeclarations(declaration).build();
    assertThat(summary(check(dataset))).containsExactly(
        tuple("count.inconsistent", "error", "/networks/0/memberCount"),
        tuple("membership.self", "error", "/networks/0/memberships/0/member"),
        tuple("count.inconsistent", "error", "/events/0/attendance/breakdown/1/count"),
        tuple("count.inconsistent", "error", "/declarations/0/endorsementCount"));
  }

  @Test
  void reportsProgressOutOfOrderAndAfterAFinalReport() {
    Commitment commitment = commitment("c")
        .withMadeOn(PartialDate.parse("2019"))
        .withProgress(
            ProgressReport.of(PartialDate.parse("2020"), CommitmentStatus.IN_PROGRESS),
            ProgressReport.of(PartialDate.parse("2021-06"), CommitmentStatus.FULFILLED),
            ProgressReport.of(PartialDate.parse("2021"), CommitmentStatus.IN_PROGRESS),
            ProgressReport.of(PartialDate.parse("2018"), CommitmentStatus.NO_INFORMATION));
    Dataset dataset = Dataset.builder().addCommitments(commitment).addOrganizations(organization("o")).build();
    assertThat(summary(check(dataset))).containsExactly(
        tuple("progress.afterTerminal", "warning", "/commitments/0/progress/2"),
        tuple("progress.afterTerminal", "warning", "/commitments/0/progress/3"),
        tuple("progress.order", "error", "/commitments/0/progress/3/on"));
  }
}
