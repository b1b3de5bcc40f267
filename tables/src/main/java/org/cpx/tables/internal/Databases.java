package org.cpx.tables.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/**
 * Tables as a SQLite database: a table per sheet, its columns in the sheet's order after its keys.
 * The document's table, a record type's and that of other records have {@code "#"}, the row's
 * position from 1, as their primary key; a list's table starts with the position of its record
 * ({@code "events #"}), a foreign key to it, and has that and its positions as its primary key;
 * a list in a list refers to its parent row by both. A column holding whole numbers only is
 * {@code INTEGER}, any other {@code TEXT}.
 */
public final class Databases {
  /** The key of a table of records: the row's position. */
  static final String KEY = "#";
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private Databases() {}

  /** Writes {@code tables}, named as the format names them, as a database in {@code headers}' language. */
  public static void write(List<Table> tables, Headers headers, OutputStream out) throws IOException {
    Path file = Files.createTempFile("cpx-", ".sqlite");
    try {
      try (Connection connection = open(file, false)) {
        connection.setAutoCommit(false);
        Map<String, Map<String, Integer>> positions = new HashMap<>();
        for (Table table : tables) {
          Layout.Sheet sheet = Layout.standard().sheet(table.name());
          if (sheet == null) {
            throw new IllegalStateException("no sheet is named " + table.name());
          }
          List<String> keys = keys(sheet);
          List<List<Object>> rows = keyed(sheet, table, positions);
          List<String> header = new ArrayList<>(keys);
          header.addAll(table.header());
          create(connection, headers, sheet, header, keys.size(), rows);
          insert(connection, headers.sheet(table.name()), header.size(), rows);
        }
        connection.commit();
      } catch (SQLException e) {
        throw new IOException("cannot write the database: " + e.getMessage(), e);
      }
      Files.copy(file, out);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The tables of the database {@code in}, each under its own name, its key columns left out and
   * its rows in the order they were written.
   *
   * @throws IOException if {@code in} is not a SQLite database, or one that cannot be read
   */
  public static List<Table> read(InputStream in) throws IOException {
    Path file = Files.createTempFile("cpx-", ".sqlite");
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      if (!isDatabase(file)) {
        throw new IOException("this is not a SQLite database");
      }
      try (Connection connection = open(file, true)) {
        List<Table> tables = new ArrayList<>();
        for (String[] table : tables(connection)) {
          tables.add(table(connection, table[0], table[1].equals("1")));
        }
        return tables;
      } catch (SQLException e) {
        throw new IOException("cannot read the database: " + e.getMessage(), e);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Connection open(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.enforceForeignKeys(true);
    config.setJournalMode(SQLiteConfig.JournalMode.OFF);
    config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
    Connection connection = config.createConnection("jdbc:sqlite:" + file);
    try (Statement statement = connection.createStatement()) {
      // A database from elsewhere runs none of its own functions in views or triggers while read.
      statement.execute("PRAGMA trusted_schema = OFF");
    }
    return connection;
  }

  private static boolean isDatabase(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  /** The key columns of {@code sheet}'s table, as the format names them. */
  private static List<String> keys(Layout.Sheet sheet) {
    return sheet.isChild() ? List.of(sheet.array() + Columns.POSITION) : List.of(KEY);
  }

  /**
   * The rows of {@code table} with their keys first; remembers each record's position by its id,
   * in {@code positions}, for the lists after it.
   */
  private static List<List<Object>> keyed(Layout.Sheet sheet, Table table, Map<String, Map<String, Integer>> positions) {
    List<List<Object>> rows = new ArrayList<>(table.rows().size());
    Map<String, Integer> byId = positions.computeIfAbsent(sheet.array(), array -> new HashMap<>());
    int id = table.header().indexOf(Columns.ID);
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> cells = table.rows().get(r);
      Object value = id >= 0 && id < cells.size() ? cells.get(id) : null;
      List<Object> row = new ArrayList<>(cells.size() + 1);
      if (sheet.isChild()) {
        Integer position = byId.get(String.valueOf(value));
        if (position == null) {
          throw new IllegalStateException("a row of " + table.name() + " names no record: " + value);
        }
        row.add(position);
      } else {
        row.add(r + 1);
        if (sheet.recordType() != null && value != null) {
          byId.merge(value.toString(), r + 1, (a, b) -> -1);
        }
      }
      row.addAll(cells);
      rows.add(row);
    }
    return rows;
  }

  private static void create(Connection connection, Headers headers, Layout.Sheet sheet, List<String> header,
      int keys, List<List<Object>> rows) throws SQLException {
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String type = c < keys || isWhole(rows, c) ? "INTEGER" : "TEXT";
      columns.add(quote(headers.header(header.get(c))) + " " + type + (c < keys ? " NOT NULL" : ""));
    }
    List<String> key = new ArrayList<>(header.subList(0, keys));
    if (sheet.isChild()) {
      sheet.lists().forEach(list -> key.add(list.name() + Columns.POSITION));
      List<String> parentKey = key.subList(0, key.size() - 1);
      Layout.Sheet parent = parent(sheet);
      List<String> referred = parent.isChild() ? parentKey : List.of(KEY);
      columns.add("FOREIGN KEY (" + quoted(headers, parentKey) + ") REFERENCES " + quote(headers.sheet(parent.name()))
          + " (" + quoted(headers, referred) + ") DEFERRABLE INITIALLY DEFERRED");
    }
    columns.add("PRIMARY KEY (" + quoted(headers, key) + ")");
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + quote(headers.sheet(sheet.name())) + " (" + String.join(", ", columns) + ")");
    }
  }

  /** The sheet of the records or the list whose rows {@code sheet}'s rows belong to. */
  private static Layout.Sheet parent(Layout.Sheet sheet) {
    List<Field> lists = sheet.lists();
    if (lists.size() > 1) {
      List<Field> steps = sheet.steps().subList(0, sheet.steps().indexOf(lists.get(lists.size() - 2)) + 1);
      for (Layout.Sheet other : Layout.standard().sheets()) {
        if (other.array().equals(sheet.array()) && other.steps().equals(steps)) {
          return other;
        }
      }
    }
    for (Layout.Sheet other : Layout.standard().sheets()) {
      if (other.name().equals(sheet.array())) {
        return other;
      }
    }
    throw new IllegalStateException("no sheet holds the rows of " + sheet.name());
  }

  private static boolean isWhole(List<List<Object>> rows, int column) {
    boolean any = false;
    for (List<Object> row : rows) {
      Object value = column < row.size() ? row.get(column) : null;
      if (value != null && !(value instanceof Long)) {
        return false;
      }
      any |= value != null;
    }
    return any;
  }

  private static void insert(Connection connection, String table, int width, List<List<Object>> rows)
      throws SQLException {
    String values = String.join(", ", Collections.nCopies(width, "?"));
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quote(table) + " VALUES (" + values + ")")) {
      for (List<Object> row : rows) {
        for (int c = 0; c < width; c++) {
          insert.setObject(c + 1, c < row.size() ? row.get(c) : null);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The tables of the database, each as its name and whether it is without a row id. */
  private static List<String[]> tables(Connection connection) throws SQLException {
    List<String[]> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet found = statement.executeQuery("SELECT name, wr FROM pragma_table_list WHERE schema = 'main'"
            + " AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
      while (found.next()) {
        tables.add(new String[] {found.getString(1), found.getString(2)});
      }
    }
    // The database's own order of its tables is that of their creation.
    List<String> created = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet found = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid")) {
      while (found.next()) {
        created.add(found.getString(1));
      }
    }
    tables.sort(Comparator.comparingInt(table -> created.indexOf(table[0])));
    return tables;
  }

  private static Table table(Connection connection, String name, boolean withoutRowId) throws SQLException {
    Layout.Sheet sheet = Layout.standard().sheet(Headers.sheetName(name));
    List<String> keys = sheet == null ? List.of() : keys(sheet);
    List<String> header = new ArrayList<>();
    List<Integer> read = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + quote(name) + (withoutRowId ? "" : " ORDER BY rowid"))) {
      int count = rows.getMetaData().getColumnCount();
      for (int c = 1; c <= count; c++) {
        String column = rows.getMetaData().getColumnName(c);
        if (!keys.contains(Headers.formatHeader(column.strip()))) {
          header.add(column);
          read.add(c);
        }
      }
      Table table = Table.of(name, header);
      while (rows.next()) {
        List<Object> row = new ArrayList<>(read.size());
        for (int c : read) {
          row.add(value(rows.getObject(c), name, rows.getMetaData().getColumnName(c)));
        }
        table.rows().add(row);
      }
      return table;
    }
  }

  /** A value of the database as a cell: text, a whole number, or {@code null}. */
  private static @Nullable Object value(@Nullable Object value, String table, String column) throws SQLException {
    if (value == null || value instanceof String) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double number) {
      return number == Math.rint(number) && Math.abs(number) < 0x1p53 ? (Object) number.longValue()
          : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    throw new SQLException("column " + column + " of table " + table + " holds a blob, which is no value of CPX");
  }

  private static String quoted(Headers headers, List<String> names) {
    return String.join(", ", names.stream().map(name -> quote(headers.header(name))).toList());
  }

  private static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
