package org.cpx.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.CpxJson;
import org.cpx.json.ReadResult;
import org.cpx.tables.internal.Trees;
import org.cpx.testing.Generators;
import org.cpx.testing.SeedData;
import org.cpx.testing.mutation.Form;
import org.cpx.testing.mutation.Mutant;
import org.cpx.testing.mutation.Mutator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real spreadsheet application as the client: LibreOffice Calc opens the workbooks CPX writes and
 * saves them again as {@code .xlsx} and as CSV, and edits them as a person would — numbers and
 * dates typed into cells of their own format, formulas, labels in place of codes, a column moved, a
 * row deleted, a sheet hidden, cells merged, a header typed in Vietnamese, a template filled in.
 * Every job runs before the tests look at what the office saved.
 */
class LibreOfficeTest {
  private static final CpxJson JSON = CpxJson.create();
  private static final CpxTables TABLES = CpxTables.standard();

  @TempDir static Path dir;

  /** The datasets written, by the name of their job. */
  private static final Map<String, Dataset> WRITTEN = new LinkedHashMap<>();

  @BeforeAll
  static void letLibreOfficeOpenEditAndSaveTheWorkbooks() throws IOException, InterruptedException {
    LibreOffice office = LibreOffice.required();
    WRITTEN.put("seed", SeedData.dataset());
    for (long seed = 0; seed < 12; seed++) {
      Generators generators = new Generators(20261205L + seed);
      WRITTEN.put("generated-" + seed, seed % 2 == 0 ? generators.dataset() : generators.validDataset());
    }
    for (long seed = 0, found = 0; found < 4 && seed < 200; seed++) {
      Mutant mutant = new Mutator(20261205L + seed).next(JSON::writeDataset);
      ReadResult<Dataset> read = mutant.form() == Form.DOCUMENT && mutant.isCarried()
          ? JSON.readDataset(mutant.bytes()) : null;
      if (read != null && read.getValue().isPresent()) {
        WRITTEN.put("damaged-" + found++, read.getValue().get());
      }
    }
    for (Map.Entry<String, Dataset> written : WRITTEN.entrySet()) {
      for (String language : List.of("en", "vi")) {
        String name = written.getKey() + "-" + language;
        ObjectNode job = office.open(write(name + ".xlsx", TABLES.withHeaders(language), written.getValue()));
        job.put("xlsx", dir.resolve(name + "-saved.xlsx").toString());
        job.put("csv", dir.resolve(name + "-csv").toString());
      }
    }
    edits(office.open(write("edited.xlsx", TABLES, SeedData.dataset())));
    template(office);
    office.run(dir);
  }

  @Test
  void everyWorkbookLibreOfficeSavesAgainReadsToTheDatasetWritten() throws IOException {
    for (Map.Entry<String, Dataset> written : WRITTEN.entrySet()) {
      for (String language : List.of("en", "vi")) {
        String name = written.getKey() + "-" + language;
        TablesReadResult read = TABLES.readWorkbook(Files.newInputStream(dir.resolve(name + "-saved.xlsx")));
        assertThat(tree(read.getDataset().getValue().orElseThrow())).as(name).isEqualTo(tree(written.getValue()));
        assertThat(described(read.getFindings())).as(name).isEqualTo(described(findings(name + ".xlsx")));
      }
    }
  }

  @Test
  void theCsvFilesLibreOfficeSavesOfEverySheetReadToTheDatasetWritten() throws IOException {
    for (Map.Entry<String, Dataset> written : WRITTEN.entrySet()) {
      for (String language : List.of("en", "vi")) {
        String name = written.getKey() + "-" + language;
        TablesReadResult read = TABLES.readCsvZip(new ByteArrayInputStream(LibreOffice.zip(dir.resolve(name + "-csv"))));
        assertThat(tree(read.getDataset().getValue().orElseThrow())).as(name).isEqualTo(tree(written.getValue()));
      }
    }
  }

  /** The edits a person makes to the seed dataset's workbook; {@link #anEditedWorkbook} expects their result. */
  private static void edits(ObjectNode job) {
    ArrayNode edits = (ArrayNode) job.get("edits");
    // Numbers, dates and formulas typed into cells formatted General, as in a person's own workbook.
    type(edits, "events", 5, "edition", "2023", true);
    type(edits, "events", 1, "period: start", "2018-03-18", true);
    type(edits, "events", 7, "period: end", "2019-12-31", true);
    type(edits, "events", 9, "edition", "=2000+15", true);
    // A label in place of a code, and stray spaces.
    type(edits, "events", 4, "kind", "Hội nghị thượng đỉnh", false);
    type(edits, "events", 6, "status", "  planned ", false);
    // A phone number that loses its leading zero.
    type(edits, "events.contactPoints", 1, "value", "0912345678", true);
    // A header typed in Vietnamese, a column moved, something typed far from the data.
    edits.addObject().put("rename", "status").put("sheet", "events").put("to", "tình trạng");
    edits.addObject().put("moveColumn", "title (vi)").put("sheet", "events").put("before", "id");
    edits.addObject().put("type", " ").put("sheet", "events").put("cell", "BZ40").put("general", true);
    // The last organization's row deleted; the declarations' sheet hidden.
    edits.addObject().put("deleteRow", 16).put("sheet", "organizations");
    edits.addObject().put("hide", "declarations");
    // The summit's participants' id cells emptied but the first, and merged.
    int summitParticipants = SeedData.dataset().getEvents().get(0).getParticipants().size();
    edits.addObject().put("sheet", "events.participants").put("column", "id")
        .set("clear", Trees.MAPPER.createArrayNode().add(2).add(summitParticipants));
    edits.addObject().put("sheet", "events.participants").put("column", "id")
        .set("merge", Trees.MAPPER.createArrayNode().add(1).add(summitParticipants));
    job.put("xlsx", dir.resolve("edited-saved.xlsx").toString());
  }

  @Test
  void anEditedWorkbookReadsToTheDatasetThePersonMeantWithFindingsAtTheirCells() throws IOException {
    ObjectNode expected = (ObjectNode) tree(SeedData.dataset());
    ObjectNode action = (ObjectNode) expected.at("/events/4");
    action.put("edition", "2023");
    ((ObjectNode) expected.at("/events/6/period")).put("end", "2019-12-31");
    ((ObjectNode) expected.at("/events/8")).put("edition", "2015");
    ((ObjectNode) expected.at("/events/3")).put("kind", "summit");
    ((ObjectNode) expected.at("/events/4/contactPoints/0")).put("value", "912345678");
    ArrayNode organizations = (ArrayNode) expected.get("organizations");
    String deleted = organizations.get(15).get("id").textValue();
    organizations.remove(15);

    TablesDocument document = TABLES.workbookDocument(Files.newInputStream(dir.resolve("edited-saved.xlsx")));
    Dataset read = JSON.readDataset(document.json()).getValue().orElseThrow();
    assertThat(tree(read)).isEqualTo(tree(JSON.readDataset(Trees.MAPPER.writeValueAsBytes(expected))
        .getValue().orElseThrow()));

    List<CellFinding> findings = document.findings();
    assertThat(findings).filteredOn(found -> found.finding().getCode() == FindingCode.CONTACT_UNVERIFIED)
        .singleElement().satisfies(found -> {
          assertThat(found.finding().getPath()).isEqualTo("/events/4/contactPoints/0/value");
          assertThat(found.cell()).hasValue("events.contactPoints!" + cellOf("events.contactPoints", "value", 1));
          assertThat(found.finding().getMessage()).contains("'0912345678");
        });
    // Each row of the deleted organization's lists is reported at its id cell, which holds its id.
    List<CellFinding> orphans = findings.stream()
        .filter(found -> found.finding().getCode() == FindingCode.REFERENCE_UNRESOLVED).toList();
    assertThat(orphans).isNotEmpty().allSatisfy(found -> {
      assertThat(found.finding().getMessage()).contains(deleted);
      assertThat(valueAt(found.cell().orElseThrow())).isEqualTo(deleted);
    });
    assertThat(findings).hasSize(orphans.size() + 1);
  }

  /** A person fills the Vietnamese template: a publisher, an organization, an event and its organizer. */
  private static void template(LibreOffice office) throws IOException {
    Path template = dir.resolve("template-vi.xlsx");
    try (OutputStream out = Files.newOutputStream(template)) {
      TABLES.withHeaders("vi").writeTemplate(out);
    }
    ArrayNode edits = (ArrayNode) office.open(template).put("xlsx", dir.resolve("template-filled.xlsx").toString())
        .get("edits");
    type(edits, "bộ dữ liệu", 1, "đơn vị công bố: tên (vi)", "Hội Bảo vệ quyền trẻ em Việt Nam", false);
    type(edits, "tổ chức", 1, "mã", "vacr:vacr", false);
    type(edits, "tổ chức", 1, "tên (vi)", "Hội Bảo vệ quyền trẻ em Việt Nam", false);
    type(edits, "tổ chức", 1, "loại tổ chức", "Hội", false);
    type(edits, "tổ chức", 1, "ngày thành lập", "1990", false);
    type(edits, "sự kiện", 1, "mã", "vacr:summit-2018", false);
    type(edits, "sự kiện", 1, "loại", "Hội nghị thượng đỉnh", false);
    type(edits, "sự kiện", 1, "tiêu đề (vi)", "Hội nghị thượng đỉnh toàn cầu về bảo vệ trẻ em", false);
    type(edits, "sự kiện", 1, "thời gian: bắt đầu", "2018-03-18", false);
    type(edits, "sự kiện", 1, "lần tổ chức", "2018", false);
    type(edits, "sự kiện.người tham gia", 1, "mã", "vacr:summit-2018", false);
    type(edits, "sự kiện.người tham gia", 1, "người tham gia #", "1", false);
    type(edits, "sự kiện.người tham gia", 1, "chủ thể", "vacr:vacr", false);
    type(edits, "sự kiện.người tham gia", 1, "vai trò", "Đơn vị tổ chức", false);
  }

  @Test
  void aFilledTemplateReadsToTheDatasetTypedIn() throws IOException {
    String expected = "{\"cpx\":\"1.0\",\"publisher\":{\"name\":{\"vi\":\"Hội Bảo vệ quyền trẻ em Việt Nam\"}},"
        + "\"languages\":[\"vi\",\"en\"],\"organizations\":[{\"type\":\"organization\",\"id\":\"vacr:vacr\","
        + "\"name\":{\"vi\":\"Hội Bảo vệ quyền trẻ em Việt Nam\"},\"classification\":\"association\","
        + "\"founded\":\"1990\"}],\"events\":[{\"type\":\"event\",\"id\":\"vacr:summit-2018\",\"kind\":\"summit\","
        + "\"title\":{\"vi\":\"Hội nghị thượng đỉnh toàn cầu về bảo vệ trẻ em\"},\"period\":{\"start\":\"2018-03-18\"},"
        + "\"edition\":\"2018\",\"participants\":[{\"actor\":\"vacr:vacr\",\"role\":\"organizer\"}]}]}";
    TablesReadResult read = TABLES.readWorkbook(Files.newInputStream(dir.resolve("template-filled.xlsx")));
    assertThat(read.getFindings()).isEmpty();
    assertThat(tree(read.getDataset().getValue().orElseThrow()))
        .isEqualTo(tree(JSON.readDataset(expected.getBytes(StandardCharsets.UTF_8)).getValue().orElseThrow()));
  }

  private static void type(ArrayNode edits, String sheet, int row, String column, String text, boolean general) {
    edits.addObject().put("type", text).put("sheet", sheet).put("row", row).put("column", column)
        .put("general", general);
  }

  private static Path write(String name, CpxTables tables, Dataset dataset) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      tables.writeWorkbook(dataset, out);
    }
    return file;
  }

  private static List<CellFinding> findings(String workbook) throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve(workbook))) {
      return TABLES.readWorkbook(in).getFindings();
    }
  }

  /** The A1 name of the cell of {@code column} in data row {@code row} of the edited workbook. */
  private static String cellOf(String sheet, String column, int row) throws IOException {
    List<String> header = rows(sheet).get(0);
    return CellReference.convertNumToColString(header.indexOf(column)) + (row + 1);
  }

  /** The text of {@code cell} ({@code sheet!A2}) in the edited workbook, as LibreOffice saved it. */
  private static String valueAt(String cell) throws IOException {
    String sheet = cell.substring(0, cell.lastIndexOf('!'));
    CellReference at = new CellReference(cell.substring(sheet.length() + 1));
    List<String> row = rows(sheet).get(at.getRow());
    return at.getCol() < row.size() ? row.get(at.getCol()) : null;
  }

  private static List<List<String>> rows(String sheet) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("edited-saved.xlsx")))) {
      DataFormatter formatter = new DataFormatter();
      for (Row row : workbook.getSheet(sheet)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(Optional.ofNullable(row.getCell(c)).map(formatter::formatCellValue).orElse(""));
        }
        while (rows.size() < row.getRowNum()) {
          rows.add(List.of());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static List<String> described(List<CellFinding> findings) {
    return findings.stream().map(found -> found.finding().getCode() + " " + found.finding().getPath() + " "
        + found.cell().orElse("-") + " " + found.finding().getMessage()).toList();
  }

  private static JsonNode tree(Dataset dataset) throws IOException {
    return Trees.MAPPER.readTree(JSON.writeDataset(dataset));
  }
}
