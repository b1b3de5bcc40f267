package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.cpx.core.finding.Finding;
import org.cpx.validation.CpxValidator;
import org.cpx.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the conformance suite of {@code docs/conformance/}: every case of its manifest through the
 * library's validator, {@code cpx validate --format json} and {@code cpx convert}, comparing
 * findings, exit codes and the bytes convert writes with the manifest, as its README says.
 */
class ConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The findings of the rules across records (spec §6: reported after every record's own findings). */
  private static final Set<String> ACROSS_RECORDS = Set.of("id.duplicate", "reference.unresolved",
      "reference.wrongType", "article.unresolved", "organization.parentCycle", "event.partOfCycle");

  /** The dataset arrays whose elements are records. */
  private static final Set<String> ARRAYS = Set.of("organizations", "networks", "persons", "events", "declarations",
      "recommendations", "commitments", "otherRecords");

  @TempDir
  Path directory;

  /** One finding as the manifest gives it; a null column is not compared. */
  record Expected(String code, String severity, String path, @Nullable Long line, @Nullable Long column) {
    @Override
    public String toString() {
      return severity + " " + code + " " + (path.isEmpty() ? "\"\"" : path) + (line == null ? "" : " line " + line)
          + (column == null ? "" : " column " + column);
    }

    Expected withoutColumn() {
      return new Expected(code, severity, path, line, null);
    }
  }

  /** Findings of one record (or of the document's own members), in a block of the spec's order. */
  record Run(String block, List<String> findings) {}

  private static Path suite() {
    Path root = Paths.get(System.getProperty("cpx.project.dir", "."));
    return root.resolve("docs/conformance");
  }

  @TestFactory
  Stream<DynamicNode> everyCaseOfTheSuite() throws IOException {
    JsonNode manifest = MAPPER.readTree(suite().resolve("manifest.json").toFile());
    List<DynamicNode> cases = new ArrayList<>();
    for (JsonNode entry : manifest.get("cases")) {
      String file = entry.get("file").asText();
      cases.add(DynamicContainer.dynamicContainer(file, Stream.of(
          DynamicTest.dynamicTest("library", () -> library(entry)),
          DynamicTest.dynamicTest("cpx validate", () -> validate(entry)),
          DynamicTest.dynamicTest("cpx convert", () -> convert(entry)))));
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
    return cases.stream();
  }

  private static boolean stream(JsonNode entry) {
    return entry.get("form").asText().equals("stream");
  }

  private static Path input(JsonNode entry) {
    return suite().resolve(entry.get("file").asText()).normalize();
  }

  private static void library(JsonNode entry) throws IOException {
    CpxValidator validator = CpxValidator.create();
    ValidationReport report;
    try (InputStream in = Files.newInputStream(input(entry))) {
      report = stream(entry) ? validator.validateStream(in) : validator.validateDocument(in);
    }
    List<Expected> actual = new ArrayList<>();
    for (Finding finding : report.getFindings()) {
      actual.add(new Expected(finding.getCode().getCode(), finding.getSeverity().getValue(), finding.getPath(),
          finding.getLine().isPresent() ? finding.getLine().getAsLong() : null,
          finding.getColumn().isPresent() ? finding.getColumn().getAsLong() : null));
    }
    compare(entry, "the library's findings", expected(entry.get("findings")), actual);
    assertThat(report.isValid()).as(describe(entry, "valid")).isEqualTo(entry.get("valid").asBoolean());
  }

  private static void validate(JsonNode entry) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cpx.run(InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true),
        "validate", "--format", "json", input(entry).toString());
    JsonNode file = MAPPER.readTree(out.toString()).get("files").get(0);
    compare(entry, "cpx validate's findings", expected(entry.get("findings")), expected(file.get("findings")));
    assertThat(file.get("valid").asBoolean()).as(describe(entry, "valid")).isEqualTo(entry.get("valid").asBoolean());
    assertThat(status).as(describe(entry, "exit status of cpx validate; standard error: " + err))
        .isEqualTo(entry.get("validateExit").asInt());
  }

  private void convert(JsonNode entry) throws IOException {
    JsonNode convert = entry.get("convert");
    Path output = Files.createTempDirectory(directory, "convert")
        .resolve(convert.get("to").asText().equals("stream") ? "out.ndjson" : "out.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cpx.run(InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true),
        "convert", input(entry).toString(), output.toString());
    // Standard error gives no columns.
    List<Expected> findings = expected(convert.get("findings")).stream().map(Expected::withoutColumn).toList();
    compare(entry, "what cpx convert reports", findings, reported(err.toString()));
    assertThat(status).as(describe(entry, "exit status of cpx convert; standard error: " + err))
        .isEqualTo(convert.get("exit").asInt());
    if (convert.has("writes") && !convert.get("writes").asBoolean()) {
      assertThat(output).as(describe(entry, "convert writes nothing")).doesNotExist();
    }
    if (convert.has("output")) {
      Path expected = suite().resolve(convert.get("output").asText()).normalize();
      assertThat(output).as(describe(entry, "convert's output")).exists();
      String want = Files.readString(expected, StandardCharsets.UTF_8);
      String got = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(got).as(describe(entry, "convert's output, expected " + expected)).isEqualTo(want);
      assertThat(Files.readAllBytes(output)).as(describe(entry, "convert's bytes")).isEqualTo(Files.readAllBytes(expected));
    }
  }

  /** The findings convert says on standard error, one a line: severity, code, {@code line N}, path. */
  private static List<Expected> reported(String err) {
    List<Expected> findings = new ArrayList<>();
    for (String line : err.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("cpx:")) {
        continue;
      }
      String[] parts = line.split(" ", 3);
      String rest = parts.length > 2 ? parts[2] : "";
      Long number = null;
      if (rest.startsWith("line ")) {
        String[] lineAndPath = rest.substring(5).split(" ", 2);
        number = Long.valueOf(lineAndPath[0]);
        rest = lineAndPath.length > 1 ? lineAndPath[1] : "";
      }
      findings.add(new Expected(parts[1], parts[0], rest, number, null));
    }
    return findings;
  }

  private static List<Expected> expected(JsonNode findings) {
    List<Expected> list = new ArrayList<>();
    for (JsonNode f : findings) {
      list.add(new Expected(f.get("code").asText(), f.get("severity").asText(), f.get("path").asText(),
          number(f.get("line")), number(f.get("column"))));
    }
    return list;
  }

  private static @Nullable Long number(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asLong();
  }

  /**
   * Compares findings as the suite's README says: the blocks (one record's own findings, then the
   * findings across records, record by record) in order, the findings inside a block as a multiset,
   * a column only where the manifest gives one.
   */
  private static void compare(JsonNode entry, String what, List<Expected> expected, List<Expected> actual) {
    String message = describe(entry, what) + "\n  expected: " + expected + "\n  actual:   " + actual;
    boolean stream = stream(entry);
    assertThat(runs(actual, stream)).as(message).isEqualTo(runs(expected, stream));
    for (Expected want : expected) {
      if (want.column() != null) {
        assertThat(actual).as(message).contains(want);
      }
    }
  }

  private static List<Run> runs(List<Expected> findings, boolean stream) {
    List<Run> runs = new ArrayList<>();
    for (Expected finding : findings) {
      String block = (ACROSS_RECORDS.contains(finding.code()) ? "across records, " : "own, ") + record(finding, stream);
      if (runs.isEmpty() || !runs.get(runs.size() - 1).block().equals(block)) {
        runs.add(new Run(block, new ArrayList<>()));
      }
      runs.get(runs.size() - 1).findings().add(finding.withoutColumn().toString());
    }
    runs.forEach(run -> run.findings().sort(Comparator.naturalOrder()));
    return runs;
  }

  /** The record a finding is about: its line in a stream, its array element in a document, else the document. */
  private static String record(Expected finding, boolean stream) {
    if (stream) {
      return "line " + Objects.requireNonNullElse(finding.line(), 0L);
    }
    String[] segments = finding.path().split("/", -1);
    return segments.length > 2 && ARRAYS.contains(segments[1]) ? "/" + segments[1] + "/" + segments[2] : "document";
  }

  private static String describe(JsonNode entry, String what) {
    return entry.get("file").asText() + " (" + entry.get("description").asText() + "): " + what;
  }
}
