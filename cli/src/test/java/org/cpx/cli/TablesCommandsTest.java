package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpx.json.CpxJson;
import org.cpx.tables.CpxTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool on workbooks and CSV zips. */
class TablesCommandsTest {
  @TempDir
  Path directory;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cpx.run(InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Path project() {
    return Paths.get(System.getProperty("cpx.project.dir", ".."));
  }

  private static Path corpus() {
    return project().resolve("docs/examples/seed-corpus.json");
  }

  @Test
  void convertsTheCorpusToEachTabularFormAndBackByteForByte() throws Exception {
    for (String form : new String[] {"xlsx", "zip", "sqlite"}) {
      Path tables = directory.resolve("corpus." + form);
      Path back = directory.resolve("back-" + form + ".json");
      Path stream = directory.resolve("back-" + form + ".ndjson");
      assertThat(run("convert", corpus().toString(), tables.toString()).status()).isZero();
      assertThat(run("convert", tables.toString(), back.toString()).status()).isZero();
      assertThat(run("convert", tables.toString(), stream.toString()).status()).isZero();
      assertThat(Files.readAllBytes(back)).as(form).isEqualTo(Files.readAllBytes(corpus()));
      assertThat(Files.readString(stream)).as(form)
          .isEqualTo(Files.readString(project().resolve("docs/examples/seed-corpus.ndjson")));
    }
  }

  @Test
  void validatesAWorkbookAsItsDatasetWithTheCellOfEachFinding() throws Exception {
    Path workbook = directory.resolve("bad.xlsx");
    Path source = directory.resolve("bad.json");
    String json = "{'cpx':'1.0','languages':['en'],'events':[{'id':'e1','title':{'en':'Summit'},'kind':'summit'},"
        + "{'id':'e2','title':{'en':'Talk'},'kind':'summit','period':{'start':'2023-02-30'}}]}";
    Files.writeString(source, json.replace('\'', '"'));
    try (OutputStream out = Files.newOutputStream(workbook)) {
      CpxTables.standard().writeWorkbook(
          CpxJson.create().readDataset(json.replace('\'', '"').getBytes()).getValue().orElseThrow(), out);
    }
    Run text = run("validate", workbook.toString());
    assertThat(text.status()).isEqualTo(1);
    assertThat(text.out()).contains("bad.xlsx: invalid — 2 records, 1 error")
        .contains("error date.invalid (1)")
        .contains("    events!E3: /events/1/period/start");
    assertThat(text.err()).isEmpty();

    Run json1 = run("validate", "--format", "json", workbook.toString(), source.toString());
    JsonNode report = new ObjectMapper().readTree(json1.out());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
        new ObjectMapper().readTree(project().resolve("docs/schema/cpx-validate-report.schema.json").toFile()));
    assertThat(schema.validate(report)).isEmpty();
    JsonNode date = report.at("/files/0/findings").findParents("code").stream()
        .filter(finding -> finding.get("code").asText().equals("date.invalid")).findFirst().orElseThrow();
    assertThat(date.get("path").asText()).isEqualTo("/events/1/period/start");
    assertThat(date.get("sheet").asText()).isEqualTo("events");
    assertThat(date.get("cell").asText()).isEqualTo("E3");
    JsonNode fromJson = report.at("/files/1/findings");
    assertThat(fromJson).as("the same findings, without cells, for the JSON").hasSize(3);
    for (int i = 0; i < fromJson.size(); i++) {
      assertThat(fromJson.get(i).has("cell")).isFalse();
      ObjectNode withoutCell = report.at("/files/0/findings").get(i).deepCopy();
      withoutCell.remove(List.of("sheet", "cell"));
      assertThat(withoutCell).isEqualTo(fromJson.get(i));
    }
  }

  @Test
  void aFileThatIsNotAWorkbookIsOneLineWithoutAStackTrace() throws Exception {
    Path fake = directory.resolve("fake.xlsx");
    Files.writeString(fake, "name,country\nA,VN\n");
    Run result = run("validate", fake.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().lines()).singleElement().asString().startsWith("cpx: ").doesNotContain("Exception");
    Run convert = run("convert", fake.toString(), directory.resolve("out.json").toString());
    assertThat(convert.status()).isEqualTo(2);
    assertThat(convert.err().lines()).singleElement().asString().startsWith("cpx: ");
  }

  @Test
  void statsCountAWorkbookAndADatabaseAsTheirJson() throws Exception {
    String fromJson = run("stats", "--format", "json", corpus().toString()).out();
    for (String name : List.of("corpus.xlsx", "corpus.sqlite")) {
      Path tables = directory.resolve(name);
      assertThat(run("convert", corpus().toString(), tables.toString()).status()).isZero();
      String fromTables = run("stats", "--format", "json", tables.toString()).out();
      assertThat(fromTables.replace(tables.toString(), "F")).isEqualTo(fromJson.replace(corpus().toString(), "F"));
    }
  }

  @Test
  void aDatabaseIsValidatedWithTheCellOfEachFindingAndReadFromStandardInputWhenSaid() throws Exception {
    Path database = directory.resolve("bad.db");
    String json = "{'cpx':'1.0','languages':['en'],'events':[{'id':'e1','title':{'en':'Summit'},'kind':'summit',"
        + "'period':{'start':'2023-02-30'}}]}";
    try (OutputStream out = Files.newOutputStream(database)) {
      CpxTables.standard().writeDatabase(
          CpxJson.create().readDataset(json.replace('\'', '"').getBytes()).getValue().orElseThrow(), out);
    }
    Run text = run("validate", database.toString());
    assertThat(text.status()).isEqualTo(1);
    assertThat(text.out()).contains("bad.db: invalid — 1 record, 1 error").contains(": /events/0/period/start");
    StringWriter out = new StringWriter();
    int status = Cpx.run(Files.newInputStream(database), new PrintWriter(out, true), new PrintWriter(new StringWriter()),
        "validate", "--input-format", "sqlite", "-");
    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains(": /events/0/period/start");

    Path notADatabase = directory.resolve("notes.sqlite");
    Files.writeString(notADatabase, "name,country\n");
    Run refused = run("validate", notADatabase.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("cpx: this is not a SQLite database" + System.lineSeparator());
  }

  @Test
  void aTemplateInVietnameseIsAnEmptyValidDatasetWithVietnameseSheets() throws Exception {
    Path template = directory.resolve("mau.xlsx");
    Run written = run("template", "--lang", "vi", template.toString());
    assertThat(written.status()).isZero();
    assertThat(written.err()).isEmpty();
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
      assertThat(workbook.getSheet("tổ chức")).isNotNull();
      assertThat(workbook.getSheet("organizations")).isNull();
    }
    Run validated = run("validate", template.toString());
    assertThat(validated.out()).contains("mau.xlsx: valid — 0 records");
    assertThat(validated.status()).isZero();

    Run notAWorkbook = run("template", directory.resolve("mau.json").toString());
    assertThat(notAWorkbook.status()).isEqualTo(2);
    assertThat(notAWorkbook.err()).isEqualTo("cpx: a template is a workbook, its name ends in .xlsx: "
        + directory.resolve("mau.json") + System.lineSeparator());
    assertThat(directory.resolve("mau.json")).doesNotExist();
  }

  @Test
  void convertWritesVietnameseHeadersWhenAskedAndReadsThemBackToTheSameBytes() throws Exception {
    Path workbook = directory.resolve("corpus-vi.xlsx");
    Path back = directory.resolve("back.json");
    assertThat(run("convert", "--lang", "vi", corpus().toString(), workbook.toString()).status()).isZero();
    try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(workbook))) {
      List<String> headers = new ArrayList<>();
      read.getSheet("sự kiện").getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).contains("mã", "tiêu đề (vi)", "tiêu đề (en)").doesNotContain("id", "title (en)");
    }
    assertThat(run("convert", workbook.toString(), back.toString()).status()).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(corpus()));
  }
}
