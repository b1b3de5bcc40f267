package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nicolas Seriot's JSONTestSuite against the reader, each file as a whole document and as the value
 * of an unknown member of a record: every {@code n_} file is rejected with a {@code json.*}
 * finding, every {@code y_} file is accepted unless I-JSON excludes it, no file crashes the reader.
 *
 * <p>The corpus is read where the workspace keeps it ({@code ../shared/testdata} from the project
 * root, or the system property {@code cpx.testdata}); the test is skipped where it is absent.
 */
class JsonTestSuiteTest {
  /** Files that are JSON but that CPX rejects: not I-JSON (RFC 7493), or beyond a limit of spec §6. */
  private static final Map<String, String> REJECTED = Map.ofEntries(
      Map.entry("y_object_duplicated_key.json", "duplicate member name"),
      Map.entry("y_object_duplicated_key_and_value.json", "duplicate member name"),
      Map.entry("y_string_escaped_noncharacter.json", "noncharacter U+FFFF"),
      Map.entry("y_string_last_surrogates_1_and_2.json", "noncharacter U+10FFFF"),
      Map.entry("y_string_nonCharacterInUTF-8_U+FFFF.json", "noncharacter U+FFFF"),
      Map.entry("y_string_nonCharacterInUTF-8_U+10FFFF.json", "noncharacter U+10FFFF"),
      Map.entry("y_number_double_close_to_zero.json", "a number of more than 64 characters"),
      Map.entry("y_string_unicode_U+10FFFE_nonchar.json", "noncharacter U+10FFFE"),
      Map.entry("y_string_unicode_U+1FFFE_nonchar.json", "noncharacter U+1FFFE"),
      Map.entry("y_string_unicode_U+FDD0_nonchar.json", "noncharacter U+FDD0"),
      Map.entry("y_string_unicode_U+FFFE_nonchar.json", "noncharacter U+FFFE"));

  private final CpxJson json = CpxJson.create();

  static Stream<Path> files() throws IOException {
    Path corpus = corpus();
    assumeThat(Files.isDirectory(corpus)).as("JSONTestSuite at %s", corpus).isTrue();
    return Files.list(corpus).filter(file -> file.toString().endsWith(".json")).sorted();
  }

  private static Path corpus() {
    String configured = System.getProperty("cpx.testdata", "");
    Path root = configured.isBlank()
        ? Paths.get(System.getProperty("maven.multiModuleProjectDirectory", "..")).resolve("../shared/testdata")
        : Paths.get(configured);
    return root.resolve("JSONTestSuite/test_parsing").normalize();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsTheFileAsADocument(Path file) throws IOException {
    expect(file, json.readDataset(Files.readAllBytes(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsTheFileAsAnUnknownMemberOfARecord(Path file) throws IOException {
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    document.write("{\"cpx\":\"1.0\",\"events\":[{\"id\":\"e\",\"title\":{\"en\":\"t\"},\"x-test\":".getBytes());
    document.write(Files.readAllBytes(file));
    document.write("}]}".getBytes());
    ReadResult<Dataset> result = json.readDataset(document.toByteArray());
    expect(file, result);
    if (accepted(file)) {
      Dataset dataset = result.getValue().orElseThrow();
      assertThat(dataset.getEvents()).singleElement()
          .satisfies(event -> assertThat(event.getUnknownMembers()).containsKey("x-test"));
      assertThat(json.readDataset(json.writeDataset(dataset)).getValue()).contains(dataset);
    }
  }

  private static boolean accepted(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("y_") && !REJECTED.containsKey(name);
  }

  private static void expect(Path file, ReadResult<Dataset> result) {
    String name = file.getFileName().toString();
    boolean syntax = result.getFindings().stream().anyMatch(f -> f.getCode() == FindingCode.JSON_SYNTAX);
    boolean rejected = syntax || result.getFindings().stream().anyMatch(f -> f.getCode() == FindingCode.JSON_LIMIT);
    if (name.startsWith("n_") || REJECTED.containsKey(name)) {
      assertThat(rejected).as("%s rejected: %s", name, result.getFindings()).isTrue();
      // Input that is not JSON ends the reading; a record breaking a limit is left out and reading goes on.
      result.getValue().ifPresent(dataset -> assertThat(syntax).isFalse());
      result.getValue().ifPresent(dataset -> assertThat(dataset.getEvents()).isEmpty());
    } else if (name.startsWith("y_")) {
      assertThat(rejected).as("%s accepted: %s", name, result.getFindings()).isFalse();
    }
  }
}
