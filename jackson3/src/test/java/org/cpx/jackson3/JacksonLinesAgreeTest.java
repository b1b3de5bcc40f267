package org.cpx.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.ObjectType;
import org.cpx.json.CpxJson;
import org.cpx.json.CpxJsonException;
import org.cpx.testing.Property;
import org.cpx.testing.SeedData;
import org.cpx.testing.mutation.Form;
import org.cpx.testing.mutation.Mutant;
import org.cpx.testing.mutation.Mutator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 2's and Jackson 3's modules run the same codec: every value, generated, damaged or from
 * the conformance suite, is read to the same value or the same findings by both, and written to
 * the same bytes. The one difference is Jackson's own: Jackson 2's parser decodes some ill-formed
 * UTF-8 (overlong forms, code points above U+10FFFF) that Jackson 3's rejects, as {@code CpxJson}
 * does; such input is checked to be rejected by Jackson 3.
 */
class JacksonLinesAgreeTest {
  /** Jackson 2's mapper, failing on what follows a value as Jackson 3's does by default. */
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Jackson 3's mapper, its parser nesting as deep as Jackson 2's does by default (1,000 levels, not 500). */
  private static final JsonMapper JACKSON3 = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build()).build())
      .findAndAddModules().build();
  private static final Path CASES = Path.of("../docs/conformance/cases");

  /** What one line made of a document: the value written again, the findings, or broken JSON. */
  private static String jackson2(byte[] document) {
    try {
      return "written " + JACKSON2.writeValueAsString(JACKSON2.readValue(document, Dataset.class));
    } catch (IOException e) {
      return outcome(e);
    }
  }

  /**
   * The findings of a failed read, wherever the mapper put them (Jackson 2 wraps what fails in a
   * property), the line and column of a syntax error left out: they are each parser's own.
   */
  private static String outcome(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CpxJsonException) {
        return "findings " + ((CpxJsonException) cause).getFindings().toString().replaceAll(", line=\\d+, column=\\d+", "");
      }
      if (cause instanceof CpxReadException) {
        return "findings " + ((CpxReadException) cause).getFindings().toString().replaceAll(", line=\\d+, column=\\d+", "");
      }
    }
    return "not JSON";
  }

  private static String jackson3(byte[] document) {
    try {
      return "written " + JACKSON3.writeValueAsString(JACKSON3.readValue(document, Dataset.class));
    } catch (JacksonException e) {
      return outcome(e);
    }
  }

  /** What Jackson 3 made of {@code document}, which Jackson 2 must make the same of when it is well-formed UTF-8. */
  private static void agree(byte[] document, String description) {
    String outcome = jackson3(document);
    if (isUtf8(document)) {
      assertThat(outcome).as(description).isEqualTo(jackson2(document));
    } else {
      assertThat(outcome).as(description).startsWith("findings").contains("code=JSON_SYNTAX");
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyConformanceDocumentComesOutTheSame() throws IOException {
    List<Path> documents;
    try (Stream<Path> files = Files.walk(CASES)) {
      documents = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(documents).hasSizeGreaterThan(100);
    return documents.stream().map(file -> DynamicTest.dynamicTest(CASES.relativize(file).toString(), () -> {
      agree(Files.readAllBytes(file), file.toString());
    }));
  }

  /**
   * Every file of JSONTestSuite, as an unknown member of a record, comes out the same: kept and
   * written again alike, or rejected alike.
   */
  @TestFactory
  Stream<DynamicTest> everyJsonTestSuiteFileComesOutTheSame() throws IOException {
    String configured = System.getProperty("cpx.testdata", "");
    Path corpus = (configured.isBlank()
        ? Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).resolve("../shared/testdata")
        : Path.of(configured)).resolve("JSONTestSuite/test_parsing").normalize();
    assumeThat(Files.isDirectory(corpus)).as("JSONTestSuite at %s", corpus).isTrue();
    List<Path> files;
    try (Stream<Path> listed = Files.list(corpus)) {
      files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ByteArrayOutputStream document = new ByteArrayOutputStream();
      document.write("{\"cpx\":\"1.0\",\"events\":[{\"id\":\"e\",\"title\":{\"en\":\"t\"},\"x-test\":".getBytes(StandardCharsets.UTF_8));
      document.write(Files.readAllBytes(file));
      document.write("}]}".getBytes(StandardCharsets.UTF_8));
      agree(document.toByteArray(), file.getFileName().toString());
    }));
  }

  /** Every input of the fuzz corpus of the document reader comes out the same. */
  @TestFactory
  Stream<DynamicTest> everyFuzzCorpusInputComesOutTheSame() throws IOException {
    Path corpus = Path.of("../json/src/test/resources/org/cpx/json/ReaderFuzzTestInputs/readsAnyDataset");
    List<Path> inputs;
    try (Stream<Path> listed = Files.list(corpus)) {
      inputs = listed.sorted().toList();
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> agree(Files.readAllBytes(file), file.toString())));
  }

  /**
   * Generated datasets, every member and unknown members everywhere, are written to the same bytes by
   * both lines and read back as {@code CpxJson} reads them: records of unknown types kept too.
   */
  @Test
  void everyGeneratedDatasetRoundTripsTheSame() {
    Property.forAll(100, generators -> generators.between(0, 2) == 0 ? generators.validDataset() : generators.dataset(),
        dataset -> {
          try {
            String text = JACKSON2.writeValueAsString(dataset);
            assertThat(JACKSON3.writeValueAsString(dataset)).isEqualTo(text)
                .isEqualTo(new String(CpxJson.create().writeDataset(dataset), StandardCharsets.UTF_8).strip());
            assertThat(JACKSON3.readValue(text, Dataset.class)).isEqualTo(JACKSON2.readValue(text, Dataset.class))
                .isEqualTo(CpxJson.create().readDataset(text.getBytes(StandardCharsets.UTF_8)).orThrow());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  /** Damaged datasets of every kind, findings and all, come out of both lines the same. */
  @Test
  void everyDamagedDocumentComesOutTheSame() {
    Mutator mutator = new Mutator(20261204);
    int documents = 0;
    int read = 0;
    for (int i = 0; documents < 400; i++) {
      Mutant mutant = mutator.next(CpxJson.create()::writeDataset);
      if (mutant.form() != Form.DOCUMENT) {
        continue;
      }
      documents++;
      agree(mutant.bytes(), mutant.toString());
      read += jackson3(mutant.bytes()).startsWith("written") ? 1 : 0;
    }
    assertThat(read).as("mutants read whole").isPositive();
  }

  /** DEL and the C1 controls in what was kept as read are escaped by both lines, as the format requires. */
  @Test
  void controlsKeptAsReadAreEscapedTheSame() {
    byte[] document = ("{\"cpx\":\"1.0\",\"persons\":[{\"type\":\"person\",\"id\":\"p\",\"name\":\"A\","
        + "\"x-\u007f\":[\"\\u0001\u0085\u009f\u00a0\"]}],\"x-\u0080\":\"\u007f\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(jackson3(document)).isEqualTo(jackson2(document)).isEqualTo(
        "written {\"cpx\":\"1.0\",\"persons\":[{\"type\":\"person\",\"id\":\"p\",\"name\":\"A\","
            + "\"x-\\u007f\":[\"\\u0001\\u0085\\u009f\u00a0\"]}],\"x-\\u0080\":\"\\u007f\"}");
  }

  /** Every described type, generated, is written to the same text by both lines and read back equal by each. */
  @Test
  void everyDescribedTypeIsWrittenTheSame() {
    for (ObjectType<?> type : CpxModel.types()) {
      Property.forAll(50, generators -> generators.value(type), value -> {
        try {
          String text = JACKSON2.writeValueAsString(value);
          assertThat(JACKSON3.writeValueAsString(value)).as(type.name()).isEqualTo(text);
          assertThat(JACKSON2.readValue(text, type.javaType())).as(type.name()).isEqualTo(value);
          assertThat(JACKSON3.readValue(text, type.javaType())).as(type.name()).isEqualTo(value);
        } catch (JsonProcessingException e) {
          throw new AssertionError(type.name(), e);
        }
      });
    }
  }

  /**
   * Every described type, generated, survives a mapper's buffers on both lines, and the seed
   * dataset its trees: their parsers keep no depth of their own and hold numbers as numbers. (A tree
   * holds a number as a value, so one kept as read in an unknown member comes back in the tree's
   * form, {@code 1.5E-7} for {@code 15e-8}.)
   */
  @Test
  void everyDescribedTypeSurvivesTreesAndBuffers() throws IOException {
    for (ObjectType<?> type : CpxModel.types()) {
      Property.forAll(20, generators -> generators.value(type), value -> {
        assertThat(JACKSON2.convertValue(value, type.javaType())).as(type.name()).isEqualTo(value);
        assertThat(JACKSON3.convertValue(value, type.javaType())).as(type.name()).isEqualTo(value);
      });
    }
    Dataset seed = SeedData.dataset();
    assertThat(JACKSON3.treeToValue(JACKSON3.valueToTree(seed), Dataset.class)).isEqualTo(seed);
    assertThat(JACKSON2.treeToValue(JACKSON2.valueToTree(seed), Dataset.class)).isEqualTo(seed);
    assertThat(JACKSON2.convertValue(seed, Dataset.class)).isEqualTo(seed);
    assertThat(JACKSON3.valueToTree(seed).at("/networks/1/memberCount/value").isIntegralNumber()).isTrue();
    assertThat(JACKSON2.valueToTree(seed).at("/networks/1/memberCount/value").isIntegralNumber()).isTrue();
  }

  /** A value a tree holds that is not JSON (an application's object) is the wrong type, not a crash. */
  @Test
  void anEmbeddedObjectIsTheWrongType() {
    String findings = "[Finding{code=JSON_TYPE, severity=ERROR, path=/en, message=must be a string}]";
    com.fasterxml.jackson.databind.node.ObjectNode jackson2 = JACKSON2.createObjectNode();
    jackson2.putPOJO("en", new Object());
    assertThatThrownBy(() -> JACKSON2.treeToValue(jackson2, LocalizedText.class))
        .isInstanceOfSatisfying(CpxJsonException.class, e -> assertThat(e.getFindings()).hasToString(findings));
    tools.jackson.databind.node.ObjectNode jackson3 = JACKSON3.createObjectNode();
    jackson3.putPOJO("en", new Object());
    assertThatThrownBy(() -> JACKSON3.treeToValue(jackson3, LocalizedText.class))
        .isInstanceOfSatisfying(CpxReadException.class, e -> assertThat(e.getFindings()).hasToString(findings));
  }

  /** A limit broken inside a value in an application's class is found at its path from that value, as every finding is. */
  @Test
  void aBrokenLimitIsFoundFromTheValueRead() throws IOException {
    String deep = "[".repeat(70) + "]".repeat(70);
    String json = "{\"slogan\":{\"en\":\"A\"},\"launchedOn\":\"2023\",\"headcount\":{\"value\":5,\"x-deep\":" + deep + "}}";
    assertThat(jackson3(json, Holder.class)).isEqualTo(jackson2(json, Holder.class))
        .startsWith("findings [Finding{code=JSON_LIMIT, severity=ERROR, path=/x-deep/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");
  }

  /** Broken JSON inside a dataset a mapper reads is a {@code json.syntax} finding on both lines, not an exception of the parser. */
  @Test
  void brokenJsonInADatasetIsAFindingOnBothLines() {
    byte[] document = "{\"cpx\":\"1.0\",\"events\":[{\"id\":\"e\",\"title\":{\"en\":\" \"}},{\"id\":\"f\",\"id\":\"g\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(jackson3(document)).isEqualTo(jackson2(document)).isEqualTo(
        "findings [Finding{code=JSON_SYNTAX, severity=ERROR, path=, message=the input is not JSON, or has a duplicate member}]");
  }

  /** A class of an application that holds a count. */
  static final class Holder {
    public LocalizedText slogan;
    public PartialDate launchedOn;
    public org.cpx.core.Count headcount;
  }

  private static <T> String jackson2(String json, Class<T> type) {
    try {
      return "written " + JACKSON2.writeValueAsString(JACKSON2.readValue(json, type));
    } catch (JsonProcessingException e) {
      return outcome(e);
    }
  }

  private static <T> String jackson3(String json, Class<T> type) {
    try {
      return "written " + JACKSON3.writeValueAsString(JACKSON3.readValue(json, type));
    } catch (JacksonException e) {
      return outcome(e);
    }
  }

  /** A class of an application that holds CPX values. */
  static final class Campaign {
    public LocalizedText slogan;
    public PartialDate launchedOn;
    public List<Id> partners;
  }

  @Test
  void cpxValuesInsideAnApplicationsOwnClassesComeOutTheSame() throws IOException {
    String json = "{\"slogan\":{\"vi\":\"Chung tay giảm thiểu tổn hại trẻ em\"},\"launchedOn\":\"2023-06-01~\","
        + "\"partners\":[\"seed:molisa-dc\"]}";
    Campaign campaign = JACKSON3.readValue(json, Campaign.class);
    assertThat(campaign.launchedOn).isEqualTo(PartialDate.parse("2023-06-01~"));
    assertThat(campaign.partners).containsExactly(Id.of("seed:molisa-dc"));
    // The order of an application's own properties is the mapper's: Jackson 3 sorts them by default.
    String written = JACKSON3.writeValueAsString(campaign);
    assertThat(JACKSON3.readTree(written)).isEqualTo(JACKSON3.readTree(JACKSON2.writeValueAsString(JACKSON2.readValue(json, Campaign.class))));
    assertThat(written).contains("\"slogan\":{\"vi\":\"Chung tay giảm thiểu tổn hại trẻ em\"}", "\"launchedOn\":\"2023-06-01~\"");
  }
}
