package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.cpx.core.PartialDate.Precision;
import org.cpx.core.PartialDate.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  private static final String FORM = "date: must be YYYY, YYYY-MM or YYYY-MM-DD, optionally + ? ~ or %";

  @ParameterizedTest
  @CsvSource({
    "2013, YEAR, 2013-01-01, 2013-12-31",
    "2023-06, MONTH, 2023-06-01, 2023-06-30",
    "2024-02, MONTH, 2024-02-01, 2024-02-29",
    "2023-02, MONTH, 2023-02-01, 2023-02-28",
    "2018-03-18, DAY, 2018-03-18, 2018-03-18",
    "0000, YEAR, 0000-01-01, 0000-12-31",
    "9999-12-31, DAY, 9999-12-31, 9999-12-31"
  })
  void parsesEveryPrecision(String text, Precision precision, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.getPrecision()).isEqualTo(precision);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({"2022-11-10?, UNCERTAIN", "2023-06~, APPROXIMATE", "2013%, UNCERTAIN_AND_APPROXIMATE"})
  void parsesQualifiers(String text, Qualifier qualifier) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.getQualifier()).contains(qualifier);
    assertThat(date).hasToString(text);
    assertThat(date.withoutQualifier().getQualifier()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"20231", "2023-1", "2023-1-01", "2023/01/01", "2023-01-01T00", "2023?~", "+2023", "-001",
      "２０２３", "2023-", "?"})
  void rejectsOtherForms(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text)).withMessage(FORM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2023-13", "2023-00", "2023-04-31", "2023-01-00", "1900-02-29"})
  void rejectsDatesThatDoNotExist(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.parse(text))
        .withMessage("date: not a real date in the Gregorian calendar");
  }

  @Test
  void rejectsYearsOutsideFourDigits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofYear(10000))
        .withMessage("date: the year must be 0000 to 9999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.ofMonth(2023, 0))
        .withMessage("date: not a real date in the Gregorian calendar");
  }

  @Test
  void comparesAsIntervalsIgnoringQualifiers() {
    PartialDate year = PartialDate.parse("2023");
    PartialDate june = PartialDate.parse("2023-06");
    PartialDate launch = PartialDate.parse("2023-06-01~");
    assertThat(june.overlaps(year)).isTrue();
    assertThat(june.isBefore(year)).isFalse();
    assertThat(PartialDate.parse("2023-05").isBefore(launch)).isTrue();
    assertThat(launch.isAfter(PartialDate.parse("2023-05-31?"))).isTrue();
    assertThat(PartialDate.parse("2022").isBefore(year)).isTrue();
    assertThat(year.isAfter(PartialDate.parse("2022-12-31"))).isTrue();
  }

  @Test
  void equalityIncludesPrecisionAndQualifier() {
    assertThat(PartialDate.parse("2023-06")).isNotEqualTo(PartialDate.parse("2023-06-01"));
    assertThat(PartialDate.parse("2023-06")).isNotEqualTo(PartialDate.parse("2023-06?"));
    assertThat(PartialDate.ofMonth(2023, 6)).isEqualTo(PartialDate.parse(" 2023-06 "));
    assertThat(PartialDate.of(LocalDate.of(2018, 3, 18))).isEqualTo(PartialDate.parse("2018-03-18"));
  }
}
