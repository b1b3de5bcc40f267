package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpx.core.Id;
import org.cpx.core.PartialDate;
import org.cpx.core.Period;
import org.cpx.core.Party;
import org.cpx.core.actor.Organization;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.testing.SeedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Break one thing in the valid seed dataset: exactly that finding appears, and nothing else. */
class MutationTest {
  private static final CpxValidator VALIDATOR = CpxValidator.create();

  private static Dataset replaceOrganization(Dataset dataset, int index, UnaryOperator<Organization> change) {
    List<Organization> organizations = new ArrayList<>(dataset.getOrganizations());
    organizations.set(index, change.apply(organizations.get(index)));
    return dataset.withOrganizations(organizations);
  }

  private static Dataset replaceEvent(Dataset dataset, int index, UnaryOperator<Event> change) {
    List<Event> events = new ArrayList<>(dataset.getEvents());
    events.set(index, change.apply(events.get(index)));
    return dataset.withEvents(events);
  }

  private static Dataset replaceDeclaration(Dataset dataset, int index, UnaryOperator<Declaration> change) {
    List<Declaration> declarations = new ArrayList<>(dataset.getDeclarations());
    declarations.set(index, change.apply(declarations.get(index)));
    return dataset.withDeclarations(declarations);
  }

  private static Dataset replaceCommitment(Dataset dataset, int index, UnaryOperator<Commitment> change) {
    List<Commitment> commitments = new ArrayList<>(dataset.getCommitments());
    commitments.set(index, change.apply(commitments.get(index)));
    return dataset.withCommitments(commitments);
  }

  static Stream<Arguments> mutations() {
    Dataset seed = SeedData.dataset();
    return Stream.of(
        Arguments.of("a dangling reference", replaceOrganization(seed, 9, o -> o.withParent(Id.of("seed:gone"))),
            "reference.unresolved /organizations/9/parent"),
        Arguments.of("a duplicate id", Dataset.builder().from(seed).addOrganizations(
                seed.getOrganizations().get(0).withAcronyms("BCLRC")).build(),
            "id.duplicate /organizations/16/id"),
        Arguments.of("a reversed period", replaceEvent(seed, 0,
                e -> e.withPeriod(Period.of(PartialDate.parse("2018-03-18"), PartialDate.parse("2018-03-01")))),
            "period.reversed /events/0/period"),
        Arguments.of("an unassigned country", replaceOrganization(seed, 0, o -> o.withCountry("UK")),
            "country.unknown /organizations/0/country"),
        Arguments.of("an SDG target that does not exist", replaceEvent(seed, 1, e -> e.withSdgTargets("16.11")),
            "sdg.unknown /events/1/sdgTargets/0"),
        Arguments.of("a duplicate article number", replaceDeclaration(seed, 0, d -> {
              List<Article> articles = new ArrayList<>(d.getArticles());
              articles.set(3, articles.get(3).withNumber("1"));
              return d.withArticles(articles);
            }),
            "article.duplicate /declarations/0/articles/3/number"),
        Arguments.of("a parent cycle", replaceOrganization(seed, 8, o -> o.withParent(Id.of("seed:molisa-dc"))),
            "organization.parentCycle /organizations/8/parent"),
        Arguments.of("a report after fulfilled", replaceCommitment(seed, 0, c -> c.withProgress(
                ProgressReport.of(PartialDate.parse("2020"), CommitmentStatus.FULFILLED),
                ProgressReport.of(PartialDate.parse("2021"), CommitmentStatus.IN_PROGRESS))),
            "progress.afterTerminal /commitments/0/progress/1"),
        Arguments.of("a party that is nobody", replaceCommitment(seed, 1,
                c -> c.withCommittedBy(Party.ofActor(Id.of("seed:nobody")))),
            "reference.unresolved /commitments/1/committedBy/0/actor"));
  }

  private static List<String> findings(Dataset dataset) {
    return VALIDATOR.validate(dataset).getFindings().stream()
        .map(finding -> finding.getCode().getCode() + " " + finding.getPath())
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void breakingOneThingGivesExactlyItsFinding(String what, Dataset mutated, String expected) {
    List<String> before = findings(SeedData.dataset());
    List<String> after = new ArrayList<>(findings(mutated));
    after.removeAll(before);
    assertThat(after).containsExactly(expected);
  }
}
