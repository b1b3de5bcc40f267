package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {
  @ParameterizedTest
  @CsvSource({
    "vi, vi",
    "VI, vi",
    "zh-hans, zh-Hans",
    "ZH-HANS-cn, zh-Hans-CN",
    "sr-latn-rs, sr-Latn-RS",
    "en-gb, en-GB",
    "es-419, es-419",
    "de-ch-1996, de-CH-1996",
    "EN-GB-OED, en-GB-oed",
    "i-klingon, i-klingon",
    "x-Private, x-private",
    "en-a-BBB-x-A-ccc, en-a-bbb-x-a-ccc",
    "zh-min-nan, zh-min-nan",
    "sgn-be-fr, sgn-BE-FR"
  })
  void storesTagsInCanonicalCase(String tag, String canonical) {
    assertThat(LocalizedText.of(tag, "x").getLanguages()).containsExactly(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "e", "englishlanguage", "en--GB", "", "-en", "en-", "vi-VN1", "tiếng", "en-x"})
  void rejectsIllFormedTags(String tag) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of(tag, "x"))
        .withMessage("text: not a well-formed BCP 47 language tag");
  }

  @Test
  void rejectsTwoTagsEqualIgnoringCase() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of("en-GB", "colour", "en-gb", "color"))
        .withMessage("text.en-GB: a language appears twice (tags equal ignoring case)");
  }

  @Test
  void needsAnEntry() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of(Map.of()))
        .withMessage("text: needs at least one language entry");
  }

  @Test
  void sortsEntriesByTag() {
    LocalizedText text = LocalizedText.builder().put("vi", "Mạng").put("en", "Network").put("de", "Netz").build();
    assertThat(text.getEntries().keySet()).containsExactly("de", "en", "vi");
  }

  @Test
  void normalizesToNfcAndTrims() {
    String nfc = "Mạng bảo vệ quyền trẻ em";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    LocalizedText text = LocalizedText.of("vi", "\uFEFF\u00A0 " + nfd + "\r\n\u3000");
    assertThat(text.get("vi")).contains(nfc);
    assertThat(text).isEqualTo(LocalizedText.of("vi", nfc));
  }

  @Test
  void turnsCrlfIntoLfAndKeepsTabs() {
    assertThat(LocalizedText.of("en", "one\r\ntwo\tthree").get("en")).contains("one\ntwo\tthree");
  }

  @Test
  void rejectsEmptyTextAfterTrimming() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of("vi", " \u3000\n"))
        .withMessage("text.vi: text is empty after trimming white space");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\rb", "a\u0007b", "a\u0085b", "a\u009Fb"})
  void rejectsControlCharacters(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of("vi", value))
        .withMessage("text.vi: text holds a control character other than line feed and tab");
  }

  @Test
  void rejectsUnpairedSurrogatesAndNoncharacters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of("en", "a\uD800b"))
        .withMessage("text.en: text holds an unpaired surrogate");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of("en", "a\uFFFEb"))
        .withMessage("text.en: text holds a Unicode noncharacter");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of("en", "a\uD83F\uDFFFb"))
        .withMessage("text.en: text holds a Unicode noncharacter");
    assertThat(LocalizedText.of("en", "music 𝄞").get("en")).contains("music 𝄞");
  }

  @Test
  void fallsBackFromTheRequestedLanguageToItsParentThenAnyRegionalForm() {
    LocalizedText text =
        LocalizedText.builder().put("vi", "Trẻ em").put("en-GB", "Children (UK)").put("sr-Latn", "Deca").build();
    assertThat(text.get(Locale.forLanguageTag("vi-VN"))).isEqualTo("Trẻ em");
    assertThat(text.get(Locale.forLanguageTag("sr-Latn-RS"))).isEqualTo("Deca");
    assertThat(text.get(Locale.ENGLISH)).isEqualTo("Children (UK)");
    assertThat(text.get(Locale.FRENCH, Locale.forLanguageTag("vi"))).isEqualTo("Trẻ em");
    assertThat(text.get(Locale.FRENCH)).as("any: the first entry by tag").isEqualTo("Children (UK)");
  }

  @Test
  void saysWhichLanguagesItCovers() {
    LocalizedText text = LocalizedText.of("en-GB", "colour", "vi", "màu");
    assertThat(text.covers("en")).isTrue();
    assertThat(text.covers("EN-gb")).isTrue();
    assertThat(text.covers("vi")).isTrue();
    assertThat(text.covers("e")).isFalse();
    assertThat(text.covers("en-US")).isFalse();
  }

  @Test
  void withReplacesOrAddsAnEntry() {
    LocalizedText text = LocalizedText.of("vi", "Mạng");
    assertThat(text.with("VI", "Mạng lưới").getEntries()).containsExactly(Map.entry("vi", "Mạng lưới"));
    assertThat(text.with("en", "Network").getEntries())
        .containsExactly(Map.entry("en", "Network"), Map.entry("vi", "Mạng"));
  }
}
