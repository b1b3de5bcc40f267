package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.CpxJson;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpxTest {
  @TempDir
  Path directory;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run run(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cpx.run(in, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private static Path project() {
    return Paths.get(System.getProperty("cpx.project.dir", ".."));
  }

  private static Path example(String name) {
    return project().resolve("docs/examples").resolve(name);
  }

  private Path write(String name, String json) throws Exception {
    Path file = directory.resolve(name);
    Files.writeString(file, json.replace('\'', '"'));
    return file;
  }

  @Test
  void theExamplesAreValid() {
    Run result = run("validate", example("seed-corpus.json").toString(), example("seed-corpus.ndjson").toString());
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("seed-corpus.json: valid — 41 records, 0 errors")
        .contains("seed-corpus.ndjson: valid — 41 records, 0 errors");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anInvalidFileExitsWithOneAndGroupsItsFindings() throws Exception {
    StringBuilder organizations = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      organizations.append(i == 0 ? "" : ",").append("{'id':'o").append(i).append("','name':{'en':'O'},'country':'UK'}");
    }
    Path file = write("bad.json", "{'cpx':'1.0','organizations':[" + organizations + "]}");
    Run result = run("validate", file.toString());
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("bad.json: invalid — 25 records, 25 errors, 25 warnings")
        .contains("  error country.unknown (25): ")
        .contains("    /organizations/19/country")
        .doesNotContain("/organizations/20/country")
        .contains("    and 5 more");
  }

  @Test
  void theInvalidFixtureOfTheSmokeTestHasTwoErrors() throws Exception {
    Path fixture = Paths.get(CpxTest.class.getResource("invalid.json").toURI());
    Run result = run("validate", fixture.toString());
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("invalid.json: invalid — 2 records, 2 errors, 0 warnings\n"
        + "  error period.reversed (1): The end of this period is before its start.\n"
        + "    /events/0/period\n"
        + "  error reference.unresolved (1): This reference names no record in the data.\n"
        + "    /events/0/participants/1/actor\n");
    Run oneRecord = run("validate", "--open-references", example("records/organization.json").toString());
    assertThat(oneRecord.out()).startsWith(example("records/organization.json") + ": valid — 1 record, 0 errors, 1 warning");
  }

  @Test
  void statsCountTheSeedCorpusTheSameInBothForms() throws Exception {
    Dataset seed = SeedData.dataset();
    Run document = run("stats", "--format", "json", example("seed-corpus.json").toString());
    Run stream = run("stats", "--format", "json", example("seed-corpus.ndjson").toString());
    assertThat(document.status()).isZero();
    assertThat(stream.status()).isZero();
    JsonNode counts = new ObjectMapper().readTree(document.out()).get("files").get(0);
    JsonNode streamCounts = new ObjectMapper().readTree(stream.out()).get("files").get(0);
    assertThat(counts.get("records").asInt()).isEqualTo(seed.records().size());
    assertThat(counts.get("byType").get("event").asInt()).isEqualTo(seed.getEvents().size());
    assertThat(counts.get("byType").get("organization").asInt()).isEqualTo(seed.getOrganizations().size());
    assertThat(counts.get("eventsByYearAndKind").get("2018").get("summit").asInt()).isEqualTo(1);
    assertThat(counts.get("eventsByYearAndKind").get("2023").get("campaign").asInt()).isEqualTo(1);
    assertThat(counts.get("commitmentsByStatus").get("announced").asInt()).isEqualTo(seed.getCommitments().size());
    JsonNode streamWithoutName = ((ObjectNode) streamCounts).without("file");
    JsonNode documentWithoutName = ((ObjectNode) counts).without("file");
    assertThat(streamWithoutName).isEqualTo(documentWithoutName);
  }

  @Test
  void statsCountUnreadableRecordsAndFailOnABrokenFile() throws Exception {
    Path stream = write("mixed.ndjson", "{'type':'header','cpx':'1.0'}\n"
        + "{'type':'event','id':'e','title':{'en':'Dialogue'},'kind':'dialogue','period':{'end':'2024-03'}}\n"
        + "{'type':'commitment','id':'c','text':{'en':'Act'},'committedBy':[{'actor':'o'}],"
        + "'progress':[{'on':'2024-05','status':'fulfilled'}]}\n"
        + "{'type':'event','id':3}\n");
    Run result = run("stats", stream.toString());
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).isEqualTo(stream + ": 3 records, 1 not readable (run cpx validate)\n"
        + "  by type: commitment 1, event 1\n"
        + "  events by year and kind:\n"
        + "    2024: dialogue 1\n"
        + "  commitments by current status: fulfilled 1\n");
    Path truncated = write("truncated.json", "{'cpx':'1.0','events':[{'type':'event','id':'e',");
    assertThat(run("stats", truncated.toString()).status()).isEqualTo(1);
    Run missing = run("stats", directory.resolve("missing.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("cpx: cannot read " + directory.resolve("missing.json") + ": no such file\n");
  }

  @Test
  void printsTextInVietnameseAndColoursOnlyWhenAsked() throws Exception {
    String fixture = Paths.get(CpxTest.class.getResource("invalid.json").toURI()).toString();
    Run vietnamese = run("validate", "--lang", "vi", fixture);
    assertThat(vietnamese.out()).startsWith(fixture + ": không hợp lệ — 2 bản ghi, 2 lỗi, 0 cảnh báo\n"
        + "  lỗi period.reversed (1): Ngày kết thúc")
        .doesNotContain("\u001B[");
    Run coloured = run("validate", "--color", "always", fixture);
    assertThat(coloured.out()).startsWith("\u001B[1m" + fixture + "\u001B[0m: \u001B[31minvalid\u001B[0m")
        .contains("  \u001B[31merror\u001B[0m period.reversed (1)");
  }

  @Test
  void aFileThatIsNotUtf8OrIsCutShortIsInvalidWithTheLineAndColumn() throws Exception {
    Path latin1 = directory.resolve("latin1.json");
    Files.write(latin1, "{\"cpx\":\"1.0\",\"organizations\":[{\"id\":\"a:b\",\"name\":{\"vi\":\"C\u00e1c\"}}]}"
        .getBytes(StandardCharsets.ISO_8859_1));
    Run notUtf8 = run("validate", latin1.toString());
    assertThat(notUtf8.status()).isEqualTo(1);
    assertThat(notUtf8.out()).contains("  error json.syntax (1): ").containsPattern("    line 1, column \\d+\n");
    Path cut = write("cut.json", "{'cpx':'1.0','organizations':[{'id':'a:b',");
    Run truncated = run("validate", "--lang", "vi", cut.toString());
    assertThat(truncated.status()).isEqualTo(1);
    assertThat(truncated.out()).contains("  lỗi json.syntax (1): ").contains("    dòng 1, cột ");
    assertThat(truncated.err()).isEmpty();
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    for (String command : new String[] {"validate", "convert", "stats", "schema"}) {
      Run help = run(command, "--help");
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: cpx " + command);
      Run version = run(command, "--version");
      assertThat(version.status()).as(command).isZero();
      assertThat(version.out()).as(command).startsWith("cpx ").contains("CPX format 1.0");
    }
    assertThat(run("--help").out()).contains("validate", "convert", "stats", "schema");
  }

  @Test
  void printsTheReportAsJsonInVietnamese() throws Exception {
    Path file = write("bad.ndjson", "{'type':'header','cpx':'1.0'}\n{'type':'person','id':'p','name':' '}\n");
    Run result = run("validate", "--format", "json", "--lang", "vi", file.toString());
    assertThat(result.status()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(result.out());
    JsonNode first = report.get("files").get(0);
    assertThat(first.get("valid").asBoolean()).isFalse();
    assertThat(first.get("records").asInt()).isEqualTo(1);
    assertThat(first.get("errors").asInt()).isEqualTo(1);
    JsonNode finding = first.get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("text.invalid");
    assertThat(finding.get("path").asText()).isEqualTo("/name");
    assertThat(finding.get("recordId").asText()).isEqualTo("p");
    assertThat(finding.get("line").asInt()).isEqualTo(2);
    assertThat(finding.get("column").isNull()).isTrue();
    assertThat(finding.get("message").asText()).startsWith("Văn bản này");
  }

  @Test
  void theJsonReportFollowsItsSchema() throws Exception {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(new ObjectMapper().readTree(project().resolve("docs/schema/cpx-validate-report.schema.json").toFile()));
    Path fixture = Paths.get(CpxTest.class.getResource("invalid.json").toURI());
    Path stream = write("bad.ndjson", "{'type':'header','cpx':'1.0'}\n{'type':'person','id':'p','name':' '}\n{\n");
    Run result = run("validate", "--format", "json", fixture.toString(), stream.toString(), example("seed-corpus.json").toString());
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertThat(report.get("files")).hasSize(3);
    assertThat(schema.validate(report)).isEmpty();
    JsonNode broken = new ObjectMapper().readTree("{'files':[{'file':'x','valid':true}]}".replace('\'', '"'));
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void readsStandardInputAsADatasetOrAStream() {
    byte[] stream = CpxJson.create().writeStream(SeedData.dataset());
    assertThat(run(new ByteArrayInputStream(stream), "validate", "--input-format", "ndjson", "-").status()).isZero();
    Run asDataset = run(new ByteArrayInputStream(stream), "validate", "-");
    assertThat(asDataset.status()).isEqualTo(1);
    assertThat(asDataset.out()).contains("json.syntax");
  }

  @Test
  void aMissingFileOrBadUsageExitsWithTwoAndOneLine() {
    Run missing = run("validate", directory.resolve("missing.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().lines()).singleElement().asString().startsWith("cpx: cannot read").endsWith("no such file");
    Run usage = run("validate", "--format", "xml", "a.json");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err().lines()).singleElement().asString().startsWith("cpx: ");
    assertThat(run().status()).isEqualTo(2);
  }

  @Test
  void convertsBothWaysLosingNothing() throws Exception {
    Path source = write("in.json", "{'cpx':'1.0','x-batch':7,'events':[{'id':'e','title':{'en':'T'},'x-geo':{'lat':1.50}},"
        + "{'id':'f','title':{'en':' '}}],'persons':[{'id':'p','name':'A','access':'restricted'}]}");
    Path stream = directory.resolve("out.ndjson");
    Path back = directory.resolve("back.json");
    assertThat(run("convert", source.toString(), stream.toString()).status()).isEqualTo(1);
    assertThat(run("convert", stream.toString(), back.toString()).status()).isEqualTo(1);
    CpxJson json = CpxJson.create();
    Dataset original = json.readDataset(Files.readAllBytes(source)).getValue().orElseThrow();
    Dataset converted = json.readDataset(Files.readAllBytes(back)).getValue().orElseThrow();
    assertThat(converted.withUnreadableRecords()).isEqualTo(original.withUnreadableRecords());
    assertThat(converted.getUnreadableRecords()).singleElement().satisfies(record -> {
      assertThat(record.getPosition()).isEqualTo(1);
      assertThat(record.getJson()).as("a stream line needs its type").isEqualTo(
          "{\"type\":\"event\",\"id\":\"f\",\"title\":{\"en\":\" \"}}");
    });
    Path publicOnly = directory.resolve("public.json");
    assertThat(run("convert", "--public", source.toString(), publicOnly.toString()).status()).isEqualTo(1);
    assertThat(Files.readString(publicOnly)).doesNotContain("\"p\"").doesNotContain("\"f\"").contains("\"e\"");
  }

  @Test
  void convertsTheExamplesToAStreamAndBackByteForByte() throws Exception {
    Path stream = directory.resolve("corpus.ndjson");
    Path back = directory.resolve("corpus.json");
    assertThat(run("convert", example("seed-corpus.json").toString(), stream.toString()).status()).isZero();
    assertThat(run("convert", stream.toString(), back.toString()).status()).isZero();
    assertThat(Files.readAllBytes(stream)).isEqualTo(Files.readAllBytes(example("seed-corpus.ndjson")));
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(example("seed-corpus.json")));
  }

  @Test
  void convertsADocumentInAnyMemberOrderToTheOrderOfTheFormat() throws Exception {
    Path source = write("any-order.json", "{'events':[{'id':'e','title':{'en':'T'}}],'organizations':[{'id':'o',"
        + "'name':{'en':'O'}}],'otherRecords':[{'type':'grant','id':'g'}],'languages':['en'],'cpx':'1.0'}");
    Path stream = directory.resolve("ordered.ndjson");
    assertThat(run("convert", source.toString(), stream.toString()).status()).isZero();
    assertThat(Files.readAllLines(stream)).containsExactly(
        "{\"type\":\"header\",\"cpx\":\"1.0\",\"languages\":[\"en\"]}",
        "{\"type\":\"organization\",\"id\":\"o\",\"name\":{\"en\":\"O\"}}",
        "{\"type\":\"event\",\"id\":\"e\",\"title\":{\"en\":\"T\"}}",
        "{\"type\":\"grant\",\"id\":\"g\"}");
  }

  @Test
  void convertsStandardInput() throws Exception {
    Path stream = directory.resolve("from-stdin.ndjson");
    Run result = run(Files.newInputStream(example("seed-corpus.json")), "convert", "-", stream.toString());
    assertThat(result.status()).isZero();
    assertThat(Files.readAllBytes(stream)).isEqualTo(Files.readAllBytes(example("seed-corpus.ndjson")));
  }

  @Test
  void convertReportsPersonalDataOfEveryPersonAndWritesNone() throws Exception {
    Path source = write("persons.json", "{'cpx':'1.0','persons':[{'id':'p','name':'A','x-dob':'2001',"
        + "'sources':[{'title':{'en':'S'}}]},{'id':'q','name':'B','birthDate':'2001',"
        + "'positions':[{'title':{'en':'T'},'period':{'start':'2023-02-30'}}]}]}");
    Path stream = directory.resolve("persons.ndjson");
    Run toStream = run("convert", source.toString(), stream.toString());
    assertThat(toStream.status()).isEqualTo(1);
    assertThat(toStream.err().lines()).containsExactly("error privacy.personalData /persons/0/x-dob",
        "error privacy.personalData /persons/1/birthDate", "error date.invalid /persons/1/positions/0/period/start");
    assertThat(Files.readString(stream)).contains("2023-02-30").doesNotContain("dob", "birthDate");

    Path back = directory.resolve("back.json");
    Path withPersonalData = write("with.ndjson", "{'type':'person','id':'p','name':'A','x-dob':'2001'}\n"
        + "{'type':'thing','id':'t'}\n");
    Run toDocument = run("convert", withPersonalData.toString(), back.toString());
    assertThat(toDocument.status()).isEqualTo(1);
    assertThat(toDocument.err().lines()).containsExactly("error privacy.personalData line 1 /x-dob");
    assertThat(Files.readString(back)).doesNotContain("dob");
  }

  @Test
  void writesNothingForInputThatIsNotJson() throws Exception {
    Path source = write("broken.json", "{'cpx':");
    Path target = directory.resolve("out.ndjson");
    assertThat(run("convert", source.toString(), target.toString()).status()).isEqualTo(1);
    assertThat(target).doesNotExist();
  }

  @Test
  void printsTheSchema() throws Exception {
    Run result = run("schema");
    assertThat(result.status()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }
}
