package org.cpx.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cpx.core.Code;
import org.cpx.core.Codes;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.Party;
import org.cpx.core.Source;
import org.cpx.core.Theme;
import org.cpx.core.event.Event;
import org.cpx.core.event.EventKind;
import org.cpx.core.finding.Finding;
import org.cpx.core.outcome.Commitment;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;

class RecordWalkTest {
  private final RecordWalk walk = new RecordWalk(List.of("vi", "en"));

  @Test
  void reportsUnknownCodesAndMembersWhereTheyAre() {
    Event event = Event.builder()
        .id(Id.of("e"))
        .title(LocalizedText.of("vi", "Hội nghị", "en-GB", "Conference"))
        .kind(Code.parse(EventKind.class, "hackathon"))
        .themes(Codes.ofAll(List.of(Code.of(Theme.EDUCATION), Code.parse(Theme.class, "futureTheme"))))
        .putUnknownMembers("x-internal", "1")
        .putUnknownMembers("futureMember", "true")
        .putUnknownMembers("a/b", "null")
        .addSources(Source.builder().title(LocalizedText.of("fr", "Source en français")).build())
        .build();
    assertThat(walk.check(event, "/events/0"))
        .extracting(f -> f.getCode().getCode(), Finding::getPath, f -> f.getRecordId().orElseThrow())
        .containsExactly(
            tuple("event.noPeriod", "/events/0", "e"),
            tuple("member.unknown", "/events/0/a~1b", "e"),
            tuple("member.unknown", "/events/0/futureMember", "e"),
            tuple("code.unknown", "/events/0/kind", "e"),
            tuple("code.unknown", "/events/0/themes/1", "e"));
  }

  @Test
  void reportsTextsMissingALanguageRecordsWithoutSourcesAndVagueCommitments() {
    Commitment commitment = Commitment.builder()
        .id(Id.of("c"))
        .text(LocalizedText.of("vi", "Thúc đẩy phối hợp liên ngành."))
        .addCommittedBy(Party.ofActor(Id.of("o")))
        .build();
    assertThat(walk.check(commitment, "/commitments/3"))
        .extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(
            tuple("source.missing", "/commitments/3"),
            tuple("commitment.noDeadline", "/commitments/3/dueBy"),
            tuple("commitment.notMeasurable", "/commitments/3/indicators"),
            tuple("text.missingLanguage", "/commitments/3/text"));
  }

  /**
   * The seed dataset's warnings, each justified: texts the sources give in Vietnamese only are kept
   * so; two events have no date in the sources; the ministry's commitments state neither deadline
   * nor indicators.
   */
  @Test
  void theSeedDatasetWarnsOnlyWhereTheSourcesAreSilent() {
    Map<String, Integer> warnings = new TreeMap<>();
    for (CpxRecord record : SeedData.dataset().records()) {
      for (Finding finding : walk.check(record, "")) {
        warnings.merge(finding.getCode().getCode(), 1, Integer::sum);
      }
    }
    assertThat(warnings).containsOnlyKeys(
        "text.missingLanguage", "event.noPeriod", "commitment.noDeadline", "commitment.notMeasurable");
    assertThat(warnings).containsEntry("event.noPeriod", 2)
        .containsEntry("commitment.noDeadline", 5)
        .containsEntry("commitment.notMeasurable", 5);
  }
}
