package org.cpx.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.cpx.core.Code;
import org.cpx.core.event.Event;
import org.cpx.core.event.EventKind;
import org.cpx.core.finding.FindingCode;
import org.cpx.tables.internal.CsvFiles;
import org.cpx.tables.internal.Flattener;
import org.cpx.tables.internal.Table;
import org.cpx.tables.internal.Trees;
import org.cpx.json.CpxJson;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;

/** Tables as people fill them in: labels for codes, a broken value reported at its cell. */
class CellFindingsTest {
  private static final CpxJson JSON = CpxJson.create();

  @Test
  void aLabelInEitherLanguageIsReadAsItsCodeAndABrokenDateIsReportedAtItsCell() throws IOException {
    List<Table> tables = Flattener.tables(Trees.MAPPER.readTree(JSON.writeDataset(SeedData.dataset())));
    Table events = table(tables, "events");
    int kind = events.header().indexOf("kind");
    int period = events.header().indexOf("period: start");
    events.rows().get(0).set(kind, "Hội nghị thượng đỉnh");
    events.rows().get(1).set(kind, "ROUNDTABLE DIALOGUE");
    events.rows().get(2).set(period, "2023-02-30");
    TablesReadResult read = read(tables);

    List<Event> read0 = read.getDataset().getValue().orElseThrow().getEvents();
    assertThat(read0.get(0).getKind()).contains(Code.of(EventKind.SUMMIT));
    assertThat(read0.get(1).getKind()).contains(Code.of(EventKind.ROUNDTABLE_DIALOGUE));
    String cell = "events!" + (char) ('A' + period) + "4";
    assertThat(read.getFindings()).anySatisfy(found -> {
      assertThat(found.finding().getCode()).isEqualTo(FindingCode.DATE_INVALID);
      assertThat(found.finding().getPath()).isEqualTo("/events/2/period/start");
      assertThat(found.cell()).contains(cell);
    });
  }

  @Test
  void aRowOfAListThatNamesNoRecordIsReportedAtItsIdCell() throws IOException {
    List<Table> tables = Flattener.tables(Trees.MAPPER.readTree(JSON.writeDataset(SeedData.dataset())));
    Table participants = table(tables, "events.participants");
    participants.rows().get(0).set(0, "nobody:1");
    TablesReadResult read = read(tables);
    assertThat(read.getFindings()).anySatisfy(found -> {
      assertThat(found.finding().getCode()).isEqualTo(FindingCode.REFERENCE_UNRESOLVED);
      assertThat(found.cell()).contains("events.participants!A2");
    });
  }

  @Test
  void aJsonCellThatIsNotJsonIsReportedAtItsCellAndItsRow() throws IOException {
    List<Table> tables = Flattener.tables(Trees.MAPPER.readTree(JSON.writeDataset(SeedData.dataset())));
    Table events = table(tables, "events");
    int json = events.header().indexOf("(json)");
    if (json < 0) {
      json = events.header().size();
      events.header().add("(json)");
      events.rows().forEach(row -> row.add(null));
    }
    events.rows().get(1).set(json, "{\"x-note\": ");
    TablesReadResult read = read(tables);
    String cell = "events!" + (json < 26 ? "" : String.valueOf((char) ('A' + json / 26 - 1))) + (char) ('A' + json % 26)
        + "3";
    assertThat(read.getFindings()).anySatisfy(found -> {
      assertThat(found.finding().getCode()).isEqualTo(FindingCode.JSON_SYNTAX);
      assertThat(found.finding().getPath()).isEqualTo("/events/1");
      assertThat(found.cell()).contains(cell);
    });
  }

  @Test
  void aValueInAColumnWithoutAHeaderIsReportedAtItsCellAndMakesNoRecord() throws IOException {
    List<Table> tables = Flattener.tables(Trees.MAPPER.readTree(JSON.writeDataset(SeedData.dataset())));
    Table organizations = table(tables, "organizations");
    int beyond = organizations.header().size() + 1;
    organizations.rows().get(0).addAll(Arrays.asList(null, "call back on Monday"));
    List<Object> note = new ArrayList<>(Collections.nCopies(beyond + 1, null));
    note.set(beyond, "checked in May");
    organizations.rows().add(note);
    TablesReadResult read = read(tables);

    assertThat(JSON.writeDataset(read.getDataset().getValue().orElseThrow()))
        .isEqualTo(JSON.writeDataset(SeedData.dataset()));
    String column = CellReference.convertNumToColString(beyond);
    assertThat(read.getFindings()).filteredOn(found -> found.finding().getCode() == FindingCode.MEMBER_UNKNOWN)
        .extracting(found -> found.finding().getCode().getCode() + " " + found.finding().getPath() + " "
            + found.cell().orElseThrow()).containsExactly(
            "member.unknown  organizations!" + column + "2",
            "member.unknown  organizations!" + column + (organizations.rows().size() + 1));
  }

  private static TablesReadResult read(List<Table> tables) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CsvFiles.writeZip(tables, zip);
    return CpxTables.standard().readCsvZip(new ByteArrayInputStream(zip.toByteArray()));
  }

  private static Table table(List<Table> tables, String name) {
    Table found = tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    List<List<Object>> rows = new ArrayList<>();
    found.rows().forEach(row -> rows.add(new ArrayList<>(row)));
    found.rows().clear();
    found.rows().addAll(rows);
    return found;
  }
}
