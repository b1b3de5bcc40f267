package org.cpx.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.CpxJson;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables as a real SQLite database file, queried with SQL as an analyst would. */
class DatabaseTest {
  private static final CpxJson JSON = CpxJson.create();

  @TempDir Path dir;

  @Test
  void theSeedDatasetIsADatabaseWhoseKeysHoldAndWhoseListsJoinTheirRecords() throws Exception {
    Path file = write(CpxTables.standard(), SeedData.dataset());
    try (Connection sql = connect(file)) {
      assertThat(rows(sql, "PRAGMA foreign_key_check")).isEmpty();
      assertThat(rows(sql, "SELECT count(*) FROM events")).containsExactly(
          List.of(String.valueOf(SeedData.dataset().getEvents().size())));
      Event summit = SeedData.dataset().getEvents().get(0);
      assertThat(rows(sql, "SELECT count(*) FROM events e JOIN \"events.participants\" p ON p.\"events #\" = e.\"#\""
          + " WHERE e.id = '" + summit.getId().getValue() + "'"))
          .containsExactly(List.of(String.valueOf(summit.getParticipants().size())));
      assertThat(rows(sql, "SELECT count(*) FROM events e JOIN \"events.participants\" p USING (id)"
          + " WHERE e.id = '" + summit.getId().getValue() + "'"))
          .containsExactly(List.of(String.valueOf(summit.getParticipants().size())));
      assertThat(rows(sql, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('events.participants')"))
          .containsExactly(List.of("events", "events #", "#"));
      assertThat(rows(sql, "SELECT name, pk FROM pragma_table_info('events.participants') WHERE pk > 0 ORDER BY pk"))
          .containsExactly(List.of("events #", "1"), List.of("participants #", "2"));
    }
  }

  @Test
  void aListInAListReferToItsParentRowByBothPositions() throws Exception {
    Path file = write(CpxTables.standard(), SeedData.dataset());
    try (Connection sql = connect(file)) {
      List<List<String>> keys = rows(sql, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list("
          + "'responses.sources') ORDER BY seq");
      assertThat(keys).containsExactly(List.of("recommendations.responses", "recommendations #", "recommendations #"),
          List.of("recommendations.responses", "responses #", "responses #"));
    }
  }

  @Test
  void aRowAnAnalystAddsWithSqlIsReadAndItsFindingsNameItsRow() throws Exception {
    Path file = write(CpxTables.standard(), SeedData.dataset());
    try (Connection sql = connect(file); Statement statement = sql.createStatement()) {
      statement.execute("INSERT INTO events (id, type, kind, \"title (en)\", \"period: start\")"
          + " VALUES ('a:new', 'event', 'training', 'A training', '2024-02-30')");
    }
    TablesReadResult read;
    try (InputStream in = Files.newInputStream(file)) {
      read = CpxTables.standard().readDatabase(in);
    }
    int added = SeedData.dataset().getEvents().size();
    assertThat(read.getDataset().getValue().orElseThrow().getEvents()).hasSize(added);
    assertThat(read.getFindings()).filteredOn(found -> found.finding().getCode() == FindingCode.DATE_INVALID)
        .singleElement().satisfies(found -> {
          assertThat(found.finding().getPath()).isEqualTo("/events/" + added + "/period/start");
          assertThat(found.cell()).hasValueSatisfying(cell -> assertThat(cell).matches("events![A-Z]+" + (added + 2)));
        });
  }

  @Test
  void vietnameseTablesAndColumnsReadToTheSameDataset() throws Exception {
    Path file = write(CpxTables.standard().withHeaders("vi"), SeedData.dataset());
    try (Connection sql = connect(file)) {
      assertThat(rows(sql, "SELECT count(*) FROM \"sự kiện.người tham gia\" p JOIN \"sự kiện\" e"
          + " ON p.\"sự kiện #\" = e.\"#\"")).containsExactly(List.of(String.valueOf(
              SeedData.dataset().getEvents().stream().mapToInt(event -> event.getParticipants().size()).sum())));
    }
    try (InputStream in = Files.newInputStream(file)) {
      Dataset read = CpxTables.standard().readDatabase(in).getDataset().getValue().orElseThrow();
      assertThat(JSON.writeDataset(read)).isEqualTo(JSON.writeDataset(SeedData.dataset()));
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsAClearError() {
    for (byte[] bytes : List.of(new byte[0], "name,country\nA,VN\n".getBytes(StandardCharsets.UTF_8),
        "SQLite format 3\0 and nothing of a database".getBytes(StandardCharsets.UTF_8))) {
      assertThatThrownBy(() -> CpxTables.standard().readDatabase(new ByteArrayInputStream(bytes)))
          .isInstanceOf(IOException.class).hasMessageContaining("database");
    }
  }

  private Path write(CpxTables tables, Dataset dataset) throws IOException {
    Path file = dir.resolve("data-" + tables.hashCode() + ".sqlite");
    try (OutputStream out = Files.newOutputStream(file)) {
      tables.writeDatabase(dataset, out);
    }
    return file;
  }

  private static Connection connect(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  private static List<List<String>> rows(Connection sql, String query) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = sql.createStatement(); ResultSet found = statement.executeQuery(query)) {
      while (found.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= found.getMetaData().getColumnCount(); c++) {
          row.add(found.getString(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
