package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.cpx.core.event.EventKind;
import org.cpx.core.event.ParticipationRole;
import org.junit.jupiter.api.Test;

class CodeTest {
  @Test
  void wireCodesAreTheConstantNamesInCamelCase() {
    assertThat(Code.of(EventKind.ROUNDTABLE_DIALOGUE).getValue()).isEqualTo("roundtableDialogue");
    assertThat(Code.of(ParticipationRole.GUEST_OF_HONOUR).getValue()).isEqualTo("guestOfHonour");
    assertThat(Code.of(CountQualifier.MORE_THAN)).hasToString("moreThan");
    assertThat(Code.of(Access.PUBLIC).getValue()).isEqualTo("public");
  }

  @Test
  void parsesKnownCodesToTheirConstant() {
    Code<EventKind> code = Code.parse(EventKind.class, "campaign");
    assertThat(code.isKnown()).isTrue();
    assertThat(code.getKnown()).contains(EventKind.CAMPAIGN);
    assertThat(code.is(EventKind.CAMPAIGN)).isTrue();
    assertThat(code).isSameAs(Code.of(EventKind.CAMPAIGN));
  }

  @Test
  void keepsUnknownCodesAsWritten() {
    Code<EventKind> code = Code.parse(EventKind.class, "hackathon");
    assertThat(code.isKnown()).isFalse();
    assertThat(code.getKnown()).isEmpty();
    assertThat(code.getValue()).isEqualTo("hackathon");
    assertThat(code).isEqualTo(Code.parse(EventKind.class, " hackathon "));
    assertThat(code.getList()).isEqualTo(EventKind.class);
  }

  @Test
  void codesAreCaseSensitiveAndBelongToTheirList() {
    assertThat(Code.parse(EventKind.class, "Campaign").isKnown()).isFalse();
    assertThat(Code.parse(ContactKind.class, "media"))
        .isNotEqualTo(Code.parse(PartyGroup.class, "media"));
  }

  @Test
  void rejectsEmptyCodes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Code.parse(Theme.class, " "))
        .withMessage("code: text is empty after trimming white space");
  }

  @Test
  void codeListsKeepOrderAndAnswerMembership() {
    Codes<Theme> themes =
        Codes.<Theme>of(Theme.ONLINE_SAFETY).with(Code.parse(Theme.class, "futureTheme")).with(Code.of(Theme.OTHER));
    assertThat(themes.asList()).extracting(Code::getValue).containsExactly("onlineSafety", "futureTheme", "other");
    assertThat(themes.contains(Theme.ONLINE_SAFETY)).isTrue();
    assertThat(themes.contains(Theme.EDUCATION)).isFalse();
    assertThat(Codes.<Theme>empty().isEmpty()).isTrue();
  }
}
