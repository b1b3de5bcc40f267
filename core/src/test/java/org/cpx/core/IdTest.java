package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {
  private static final String GRAMMAR_MESSAGE =
      "id: must be 1 to 200 letters, digits or . _ : / ~ -, starting with a letter or digit";

  @ParameterizedTest
  @ValueSource(strings = {"vacr:crnet", "a", "0", "seed:summit-2018", "x.y_z:1/2~3-4"})
  void acceptsTheGrammar(String value) {
    assertThat(Id.of(value).getValue()).isEqualTo(value);
    assertThat(Id.of(value)).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-abc", ".a", "a b", "vacr:crnet?", "ñ", "a,b"})
  void rejectsWhatBreaksTheGrammar(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(value)).withMessage(GRAMMAR_MESSAGE);
  }

  @Test
  void rejectsAnEmptyId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Id.of("  "))
        .withMessage("id: text is empty after trimming white space");
  }

  @Test
  void limitsTheLengthTo200() {
    String longest = "a".repeat(200);
    assertThat(Id.of(longest).getValue()).hasSize(200);
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(longest + "a")).withMessage(GRAMMAR_MESSAGE);
  }

  @Test
  void trimsWhiteSpaceAndIsCaseSensitive() {
    assertThat(Id.of(" vacr:crnet\n")).isEqualTo(Id.of("vacr:crnet"));
    assertThat(Id.of("VACR")).isNotEqualTo(Id.of("vacr"));
  }
}
