package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingMessagesTest {
  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FindingMessages.class.getResourceAsStream("/" + name)) {
      properties.load(in);
    }
    return properties;
  }

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyCodeHasAMessageInEnglishAndVietnamese(FindingCode code) {
    String english = FindingMessages.message(code, Locale.ENGLISH);
    String vietnamese = FindingMessages.message(code, Locale.forLanguageTag("vi-VN"));
    assertThat(english).isNotBlank();
    assertThat(vietnamese).isNotBlank().isNotEqualTo(english);
  }

  @Test
  void theTwoBundlesHaveTheSameKeys() throws IOException {
    Properties english = bundle("ContributorValidationMessages.properties");
    Properties vietnamese = bundle("ContributorValidationMessages_vi.properties");
    assertThat(vietnamese.keySet()).isEqualTo(english.keySet());
    assertThat(english).hasSize(FindingCode.values().length);
  }

  @Test
  void fallsBackOnEnglishAndLocalizesAFinding() {
    Finding finding = Finding.of(FindingCode.COUNTRY_UNKNOWN, "/organizations/0/country", "x");
    assertThat(FindingMessages.localize(finding, Locale.FRENCH).getMessage())
        .isEqualTo(FindingMessages.message(FindingCode.COUNTRY_UNKNOWN, Locale.ENGLISH))
        .contains("GB, not UK");
    assertThat(FindingMessages.localize(finding, Locale.forLanguageTag("vi")).getMessage())
        .contains("Vương quốc Anh là GB");
  }
}
