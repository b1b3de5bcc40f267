package org.cpx.tables.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a sheet for the languages of a workbook: the keys of a list's rows, a column per
 * member in one cell, per language of a text, per part of a count, then {@code type} for records
 * and {@link #JSON} for what no cell can hold.
 */
public final class Columns {
  /** The column of the record's id, which a list's rows name their record by. */
  public static final String ID = "id";
  /** The column of a record's type. */
  public static final String TYPE = "type";
  /** The column of the members no other cell can hold, as a JSON object, or of a whole element as JSON. */
  public static final String JSON = "(json)";
  /** Between an object's member and the member in it. */
  public static final String INTO = ": ";
  /** After a list's name, the column of a row's position in it. */
  public static final String POSITION = " #";
  /** Between the values of a list in one cell. */
  public static final char SEPARATOR = ';';
  /** The count's parts beside its value. */
  static final String QUALIFIER = "qualifier";
  static final String AS_OF = "asOf";

  private Columns() {}

  /**
   * A column of a sheet: its header and the field of the model its cells hold.
   *
   * @param header its header, as the format writes it
   * @param field the field; {@code null} for the id, position, type and {@link #JSON} columns
   * @param required whether a row must fill it: its member and every object holding it are required
   */
  public record Column(String header, @Nullable Field field, boolean required) {}

  /** The headers of {@code sheet} with a column per language of {@code languages} for every text. */
  public static List<String> of(Layout.Sheet sheet, List<String> languages) {
    return described(sheet, languages).stream().map(Column::header).toList();
  }

  /** The columns of {@code sheet} with a column per language of {@code languages} for every text. */
  public static List<Column> described(Layout.Sheet sheet, List<String> languages) {
    List<Column> columns = new ArrayList<>();
    if (sheet.isChild()) {
      columns.add(new Column(ID, null, true));
      for (Field list : sheet.lists()) {
        columns.add(new Column(list.name() + POSITION, null, false));
      }
    }
    fields(columns, "", sheet.fields(), languages, true);
    if (sheet.recordType() != null && !sheet.isChild()) {
      columns.add(new Column(TYPE, null, false));
    }
    columns.add(new Column(JSON, null, false));
    return columns;
  }

  private static void fields(List<Column> columns, String prefix, List<Field> fields, List<String> languages,
      boolean required) {
    for (Field field : fields) {
      String name = prefix + field.name();
      boolean must = required && (field.member() == null ? field.name().equals("cpx") : field.member().isRequired());
      switch (field.shape()) {
        case TEXT:
          for (String language : languages) {
            columns.add(new Column(text(name, language), field, must));
          }
          break;
        case COUNT:
          columns.add(new Column(name, field, must));
          for (Field part : Field.of(field.type())) {
            if (part.name().equals(QUALIFIER) || part.name().equals(AS_OF)) {
              columns.add(new Column(name + INTO + part.name(), part, false));
            }
          }
          break;
        case OBJECT:
          fields(columns, name + INTO, Field.of(field.type()), languages, must);
          break;
        case TEXTS:
        case OBJECTS:
          break;
        default:
          columns.add(new Column(name, field, must));
          break;
      }
    }
  }

  /** {@code title (vi)}. */
  static String text(String name, String language) {
    return name + " (" + language + ")";
  }

  /** The values of a list in one cell: {@code ;} between them, {@code \} before a {@code ;} or {@code \} in one. */
  static String join(List<String> values) {
    StringBuilder cell = new StringBuilder();
    for (String value : values) {
      if (cell.length() > 0) {
        cell.append(SEPARATOR).append(' ');
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == SEPARATOR || c == '\\') {
          cell.append('\\');
        }
        cell.append(c);
      }
    }
    return cell.toString();
  }

  /** The values {@link #join} put in one cell, each trimmed; none for an empty cell. */
  static List<String> split(String cell) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        value.append(cell.charAt(++i));
      } else if (c == SEPARATOR) {
        values.add(value.toString().strip());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    String last = value.toString().strip();
    if (!last.isEmpty() || !values.isEmpty()) {
      values.add(last);
    }
    return values;
  }
}
