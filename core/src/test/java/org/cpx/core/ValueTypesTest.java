package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {
  @Test
  void moneyKeepsTheAmountAsWritten() {
    Money money = Money.of("0.10", "USD");
    assertThat(money.getAmount()).isEqualTo("0.10");
    assertThat(money.getAmountValue()).isEqualTo(new BigDecimal("0.10"));
    assertThat(Money.of(" 1500000000 ", "VND").getAmount()).isEqualTo("1500000000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "1.", ".5", "-1", "1e5", "1,5", "1 000", "+1"})
  void moneyRejectsAmountsThatAreNotPlainDecimals(String amount) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of(amount, "VND"))
        .withMessage("amount: must be a decimal such as 1500000000 or 0.10");
  }

  @Test
  void aPeriodNeedsAStartOrAnEnd() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.builder().build())
        .withMessage("period: needs a start, an end or both");
  }

  @Test
  void aPeriodContainsTheDatesWhollyInside() {
    Period june = Period.of(PartialDate.parse("2023-06"));
    assertThat(june.contains(PartialDate.parse("2023-06-01"))).isTrue();
    assertThat(june.contains(PartialDate.parse("2023-06-30~"))).isTrue();
    assertThat(june.contains(PartialDate.parse("2023-07-01"))).isFalse();
    assertThat(june.contains(PartialDate.parse("2023"))).isFalse();
    assertThat(Period.startingOn(PartialDate.parse("2013")).contains(PartialDate.parse("2026-11-22"))).isTrue();
    assertThat(Period.endingOn(PartialDate.parse("2013")).contains(PartialDate.parse("2014"))).isFalse();
  }

  @Test
  void aReversedPeriodCanBeBuiltAndSaysSo() {
    Period reversed = Period.of(PartialDate.parse("2023-06-30"), PartialDate.parse("2023-06-01"));
    assertThat(reversed.isReversed()).isTrue();
    assertThat(Period.of(PartialDate.parse("2023-06"), PartialDate.parse("2023-06-15")).isReversed())
        .as("overlapping ends are not reversed")
        .isFalse();
  }

  @Test
  void aPartyIsExactlyOneOfActorAndGroup() {
    assertThat(Party.ofActor(Id.of("seed:molisa")).getActor()).contains(Id.of("seed:molisa"));
    assertThat(Party.ofGroup(PartyGroup.PARTICIPANTS).getGroup()).contains(Code.of(PartyGroup.PARTICIPANTS));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Party.builder().build())
        .withMessage("party: needs exactly one of actor and group");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Party.builder().actor(Id.of("a")).group(Code.of(PartyGroup.MEDIA)).build())
        .withMessage("party: needs exactly one of actor and group");
  }

  @Test
  void anIdentifierSchemeIsLowerCaseWordsJoinedByHyphens() {
    assertThat(Identifier.of("org-id", "XM-DAC-41122").getScheme()).isEqualTo("org-id");
    for (String scheme : new String[] {"Org-ID", "org--id", "org_id", "-org", "org-"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Identifier.of(scheme, "1"))
          .withMessage("scheme: must be lower-case letters and digits joined by single hyphens");
    }
  }

  @Test
  void objectsNeedingOneOfSeveralMembersSayWhich() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Place.builder().build())
        .withMessage("place: needs at least one of name, address, locality, subdivision, country");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Source.builder().author("someone").build())
        .withMessage("source: needs a url or a title");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Document.builder().symbol("A/1").build())
        .withMessage("document: needs a title or a url");
  }

  @Test
  void requiredMembersAreNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ContactPoint.builder().kind(Code.of(ContactKind.HOTLINE)).build())
        .withMessage("Cannot build ContactPoint, some of required attributes are not set [value]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LegalReference.builder().build())
        .withMessage("Cannot build LegalReference, some of required attributes are not set [instrument]");
  }

  @Test
  void plainStringsFollowTheTextRules() {
    ContactPoint hotline =
        ContactPoint.builder().kind(Code.of(ContactKind.HOTLINE)).value(" 111\n").country(" VN").build();
    assertThat(hotline.getValue()).isEqualTo("111");
    assertThat(hotline.getCountry()).contains("VN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> hotline.withValue("\t"))
        .withMessage("value: text is empty after trimming white space");
  }

  @Test
  void languageMembersAreCanonicalTags() {
    Source source = Source.builder().title(LocalizedText.of("vi", "Tin")).language("ZH-hant").build();
    assertThat(source.getLanguage()).contains("zh-Hant");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> source.withLanguage("zh_Hant"))
        .withMessage("language: not a well-formed BCP 47 language tag");
  }

  @Test
  void targetGroupAgesCannotBeNegative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TargetGroup.builder().ageMin(-1).build())
        .withMessage("ageMin, ageMax: an age cannot be negative");
  }
}
