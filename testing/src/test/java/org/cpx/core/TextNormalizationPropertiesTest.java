package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.cpx.core.actor.Person;
import org.cpx.core.event.EventKind;
import org.cpx.core.model.CpxModel;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;

/** Text sent in NFD, padded or with CRLF builds the same values as its clean NFC form. */
class TextNormalizationPropertiesTest {
  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  @Test
  void localizedTextFromNfdEqualsItsNfcForm() {
    Property.forAll(Generators::text, text -> {
      assertThat(LocalizedText.of("vi", nfd(text))).isEqualTo(LocalizedText.of("vi", text));
      assertThat(LocalizedText.of("vi", " " + text.replace("\n", "\r\n") + "\uFEFF"))
          .isEqualTo(LocalizedText.of("vi", text));
    });
  }

  @Test
  void rawTextBuildsTheSameValueAsItsCleanForm() {
    Property.forAll(Generators::rawText, raw -> {
      String clean = LocalizedText.of("vi", raw).get("vi").orElseThrow();
      assertThat(LocalizedText.of("vi", clean)).isEqualTo(LocalizedText.of("vi", raw));
      assertThat(Person.builder().id(Id.of("p")).name(raw).build().getName()).isEqualTo(clean);
      assertThat(Code.parse(EventKind.class, raw).getValue()).isEqualTo(clean);
    });
  }

  @Test
  void personNamesFromNfdEqualTheirNfcForm() {
    Property.forAll(generators -> generators.value(CpxModel.PERSON_RECORD), person -> {
      Person decomposed = person.withName(nfd(person.getName()));
      assertThat(decomposed).isEqualTo(person);
      assertThat(decomposed.hashCode()).isEqualTo(person.hashCode());
    });
  }

  @Test
  void partialDatesAreIntervalsThatRoundTrip() {
    Property.forAll(Generators::partialDate, date -> {
      assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
      assertThat(date.overlaps(date)).isTrue();
      assertThat(date.isBefore(date)).isFalse();
    });
  }

  @Test
  void countsAreConsistentWithThemselvesUnlessEmpty() {
    Property.forAll(generators -> generators.value(CpxModel.COUNT), count -> {
      boolean empty = count.upperBound().isPresent() && count.upperBound().getAsLong() < count.lowerBound();
      assertThat(count.isConsistentWith(count)).isEqualTo(!empty);
      assertThat(count.lowerBound()).isGreaterThanOrEqualTo(0);
    });
  }
}
