package org.cpx.testing.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutatorTest {
  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static byte[] corpus() throws IOException {
    return Files.readAllBytes(Path.of(System.getProperty("cpx.project.dir", ".."), "docs/examples/seed-corpus.json"));
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    byte[] corpus = corpus();
    Mutator first = new Mutator(42);
    Mutator second = new Mutator(42);
    for (int i = 0; i < 50; i++) {
      assertThat(first.mutate(corpus)).isEqualTo(second.mutate(corpus));
    }
  }

  @Test
  void aMutantsSeedMakesItAgain() throws IOException {
    byte[] corpus = corpus();
    Mutator mutator = new Mutator(7);
    for (int i = 0; i < 50; i++) {
      Mutant mutant = mutator.mutate(corpus);
      assertThat(new Mutator(mutant.seed()).mutate(corpus)).isEqualTo(mutant);
    }
  }

  /** A damage that changes what a member holds does not break a damage done after it. */
  @Test
  void aDamageAfterOneThatChangedTheStructureFindsAnotherPlaceOrSaysSo() {
    byte[] network = ("{\"cpx\":\"1.0\",\"organizations\":[{\"id\":\"o\",\"name\":{\"en\":\"O\"}}],"
        + "\"networks\":[{\"id\":\"n\",\"name\":{\"en\":\"N\"},\"memberships\":[{\"member\":\"o\"}]}]}")
        .getBytes(StandardCharsets.UTF_8);
    for (Damage first : List.of(Damage.SCALAR_FOR_LIST, Damage.ID_REMOVED, Damage.STRING_FOR_OBJECT, Damage.MEMBER_NULL)) {
      for (long seed = 0; seed < 40; seed++) {
        try {
          Mutant mutant = new Mutator(seed).mutate(network, Form.DOCUMENT, List.of(first, Damage.MEMBERSHIP_SELF));
          assertThat(mutant.damages()).containsExactly(first, Damage.MEMBERSHIP_SELF);
        } catch (IllegalArgumentException e) {
          assertThat(e).as("%s then MEMBERSHIP_SELF", first).hasMessageStartingWith("found no place for");
        }
      }
    }
  }

  @Test
  void generatedDatasetsAreDamagedToo() throws IOException {
    byte[] corpus = corpus();
    Mutant mutant = new Mutator(3).next(dataset -> corpus);
    assertThat(mutant.damages()).hasSizeBetween(1, 3);
  }

  /** The example of docs/testing.md, "Damaging your own data in your tests", with a JSON parser as the importer. */
  @Test
  void theTestingGuideExample() throws IOException {
    byte[] valid = corpus();
    Mutator mutator = new Mutator(2026);
    for (int i = 0; i < 100; i++) {
      Mutant mutant = mutator.mutate(valid);
      assertThatCode(() -> ourImporterLoad(mutant.bytes(), mutant.form()))
          .as("%s (replay: new Mutator(%dL).mutate(valid))", mutant, mutant.seed())
          .doesNotThrowAnyException();
    }
    Mutant leak = new Mutator(7).only(EnumSet.of(Damage.PERSONAL_DATA)).atMost(1).mutate(valid);
    Mutant broken = new Mutator(7).mutate(valid, Form.STREAM, List.of(Damage.LINES_CR, Damage.ID_DUPLICATE));
    assertThat(leak.damages()).containsExactly(Damage.PERSONAL_DATA);
    assertThat(leak.text()).containsPattern("(?i)\"(x-)?(date.?of.?birth|home.?address|gender|national.?id|passport.?number|case.?(id|number)|photo|ethnicity|religion|health.?condition|age|dob|sex|birth.?date|address)\"");
    assertThat(broken.text()).doesNotContain("\n").contains("\r");
  }

  /** Stands for an importer in the guide's example: reads the mutant somehow, never throwing. */
  private static void ourImporterLoad(byte[] bytes, Form form) {
    try {
      STRICT.readTree(bytes);
    } catch (IOException e) {
      // An importer reports broken input; it does not throw.
    }
  }

  @Test
  void thereAreAtLeastFiftyKinds() {
    assertThat(Damage.values()).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void everyKindIsDoneAndChangesTheInput() throws IOException {
    byte[] corpus = corpus();
    Model valid = Model.of(corpus);
    Mutator mutator = new Mutator(11);
    for (Damage damage : Damage.values()) {
      for (Form form : damage.forms()) {
        for (int i = 0; i < 5; i++) {
          byte[] mutant = mutator.mutate(corpus, form, List.of(damage)).bytes();
          assertThat(Arrays.equals(mutant, valid.write(form, false).bytes()) || Arrays.equals(mutant, valid.write(form, true).bytes()))
              .as("%s in a %s changes it", damage, form).isFalse();
        }
      }
    }
  }

  @Test
  void mutantsAreJsonOrNotAsIntended() throws IOException {
    byte[] corpus = corpus();
    Mutator mutator = new Mutator(5);
    for (Damage damage : Damage.values()) {
      for (Form form : damage.forms()) {
        for (int i = 0; i < 5; i++) {
          Mutant mutant = mutator.mutate(corpus, form, List.of(damage));
          String what = damage + " in a " + form + ": " + abbreviated(mutant.text());
          if (damage.keepsJson(form)) {
            assertThatCode(() -> parse(mutant)).as(what).doesNotThrowAnyException();
          } else if (damage == Damage.UTF8_INVALID) {
            assertThat(isUtf8(mutant.bytes())).as(what).isFalse();
          } else if (damage == Damage.SURROGATE_LONE) {
            assertThat(mutant.text()).as(what).containsPattern("\\\\u[dD][89a-fA-F]");
          } else if (damage == Damage.NONCHARACTER) {
            assertThat(mutant.text()).as(what).containsPattern("\\\\uff(ff|fe)|\ufdd0|\ud83f\udfff");
          } else {
            assertThatThrownBy(() -> parse(mutant)).as(what).isInstanceOf(IOException.class);
          }
        }
      }
    }
  }

  @Test
  void documentOnlyDamagesStayInDocuments() {
    assertThatThrownBy(() -> new Mutator(1).mutate(corpus(), Form.STREAM, List.of(Damage.OTHER_RECORD_OF_KNOWN_TYPE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Mutator(1).only(EnumSet.of(Damage.HEADER_MISSING)).mutate(new byte[] {'{', '}'}).form())
        .isEqualTo(Form.STREAM);
  }

  @Test
  void aDamageMeaningTheSameInBothFormsComesWithItsOtherForm() throws IOException {
    Mutant mutant = new Mutator(9).mutate(corpus(), Form.STREAM, List.of(Damage.REFERENCE_DANGLING));
    assertThat(mutant.inOtherForm()).get().extracting(Mutant::form).isEqualTo(Form.DOCUMENT);
    assertThat(mutant.linePointers()).startsWith("", "/organizations/0");
    assertThat(mutant.isCarried()).isTrue();
  }

  /** Parses a document, or each line of a stream, strictly (a stream's first BOM and CRs before LF allowed). */
  private static void parse(Mutant mutant) throws IOException {
    String text = mutant.text();
    if (mutant.form() == Form.DOCUMENT) {
      STRICT.readTree(text.startsWith("\ufeff") ? text.substring(1) : text);
      return;
    }
    String[] lines = (text.startsWith("\ufeff") ? text.substring(1) : text).split("\n", -1);
    for (String line : lines) {
      String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (!content.isBlank()) {
        STRICT.readTree(content);
      }
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }
}
