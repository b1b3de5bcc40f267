package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpx.core.Id;
import org.cpx.core.PartialDate;
import org.cpx.core.Period;
import org.cpx.core.actor.Organization;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;

/** Generated valid datasets have no finding; breaking one thing in them gives exactly its finding. */
class GeneratedMutationTest {
  private static final CpxValidator VALIDATOR = CpxValidator.create();

  /** A way to break a dataset, and the finding it must give. */
  private record Mutation(Function<Dataset, Dataset> change, Function<Dataset, String> finding) {}

  private static <T> List<T> replaceFirst(List<T> list, Function<T, T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, change.apply(copy.get(0)));
    return copy;
  }

  private static final Map<String, Mutation> MUTATIONS = Map.of(
      "dangling reference", new Mutation(
          d -> d.withOrganizations(replaceFirst(d.getOrganizations(), o -> o.withParent(Id.of("gone:0")))),
          d -> "reference.unresolved /organizations/0/parent"),
      "duplicate id", new Mutation(
          d -> Dataset.builder().from(d).addOrganizations(d.getOrganizations().get(0).withAcronyms("DUP")).build(),
          d -> "id.duplicate /organizations/" + d.getOrganizations().size() + "/id"),
      "reversed period", new Mutation(
          d -> d.withEvents(replaceFirst(d.getEvents(), (Event e) -> e.withPeriod(
              Period.of(PartialDate.parse("2024-06-30"), PartialDate.parse("2024-06-01"))))),
          d -> "period.reversed /events/0/period"),
      "unassigned country UK", new Mutation(
          d -> d.withOrganizations(replaceFirst(d.getOrganizations(), (Organization o) -> o.withCountry("UK"))),
          d -> "country.unknown /organizations/0/country"),
      "SDG target 16.11", new Mutation(
          d -> d.withEvents(replaceFirst(d.getEvents(), (Event e) -> e.withSdgTargets("16.11"))),
          d -> "sdg.unknown /events/0/sdgTargets/0"),
      "duplicate article number", new Mutation(
          d -> d.withDeclarations(replaceFirst(d.getDeclarations(), (Declaration x) -> x.withArticles(
              x.getArticles().get(0), x.getArticles().get(1), Article.of("1", x.getTitle())))),
          d -> "article.duplicate /declarations/0/articles/2/number"),
      "parent cycle", new Mutation(
          d -> d.withOrganizations(replaceFirst(d.getOrganizations(), o -> o.withParent(o.getId()))),
          d -> "organization.parentCycle /organizations/0/parent"),
      "report after fulfilled", new Mutation(
          d -> d.withCommitments(replaceFirst(d.getCommitments(), (Commitment c) -> c.withProgress(
              ProgressReport.of(PartialDate.ofYear(2020), CommitmentStatus.FULFILLED),
              ProgressReport.of(PartialDate.ofYear(2021), CommitmentStatus.IN_PROGRESS)))),
          d -> "progress.afterTerminal /commitments/0/progress/1"));

  private static List<String> findings(Dataset dataset) {
    return VALIDATOR.validate(dataset).getFindings().stream()
        .map(finding -> finding.getCode().getCode() + " " + finding.getPath())
        .collect(Collectors.toList());
  }

  @Test
  void breakingOneThingInAGeneratedValidDatasetGivesExactlyItsFinding() {
    Property.forAll(200, Generators::validDataset, dataset -> {
      assertThat(findings(dataset)).as("a valid dataset").isEmpty();
      MUTATIONS.forEach((what, mutation) -> assertThat(findings(mutation.change().apply(dataset)))
          .as(what)
          .containsExactly(mutation.finding().apply(dataset)));
    });
  }
}
