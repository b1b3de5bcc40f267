package org.cpx.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.cpx.core.Code;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.junit.jupiter.api.Test;

class CommitmentTest {
  private final Commitment commitment =
      Commitment.builder()
          .id(Id.of("seed:molisa-hanoi-call-2"))
          .text(LocalizedText.of("en", "Promote inter-sectoral coordination."))
          .addCommittedBy(Party.ofActor(Id.of("seed:molisa")))
          .build();

  @Test
  void isAnnouncedUntilAReportSaysOtherwise() {
    assertThat(commitment.currentStatus()).isEqualTo(Code.of(CommitmentStatus.ANNOUNCED));
  }

  @Test
  void takesItsStatusFromTheLastReportInListOrder() {
    Commitment reported =
        commitment.withProgress(
            ProgressReport.of(PartialDate.parse("2021"), CommitmentStatus.IN_PROGRESS),
            ProgressReport.of(PartialDate.parse("2020"), CommitmentStatus.FULFILLED),
            ProgressReport.builder()
                .on(PartialDate.parse("2022"))
                .status(Code.parse(CommitmentStatus.class, "suspended"))
                .build());
    assertThat(reported.currentStatus().getValue()).isEqualTo("suspended");
    assertThat(reported.withProgress(reported.getProgress().subList(0, 2)).currentStatus())
        .isEqualTo(Code.of(CommitmentStatus.FULFILLED));
  }

  @Test
  void needsSomeoneWhoCommits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> commitment.withCommittedBy())
        .withMessage("committedBy: needs at least one party");
  }

  @Test
  void declarationsFindTheirArticles() {
    Declaration declaration =
        Declaration.builder()
            .id(Id.of("d"))
            .title(LocalizedText.of("en", "Declaration"))
            .addArticles(
                Article.of("1", LocalizedText.of("en", "One")), Article.of(" 2 ", LocalizedText.of("en", "Two")))
            .build();
    assertThat(declaration.article("2").map(Article::getText)).contains(LocalizedText.of("en", "Two"));
    assertThat(declaration.article("3")).isEmpty();
  }
}
