package org.cpx.tables.internal;

import java.util.ArrayList;
import java.util.List;

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

  /** The headers of {@code sheet} with a column per language of {@code languages} for every text. */
  public static List<String> of(Layout.Sheet sheet, List<String> languages) {
    List<String> headers = new ArrayList<>();
    if (sheet.isChild()) {
      headers.add(ID);
      for (Field list : sheet.lists()) {
        headers.add(list.name() + POSITION);
      }
    }
    fields(headers, "", sheet.fields(), languages);
    if (sheet.recordType() != null && !sheet.isChild()) {
      headers.add(TYPE);
    }
    headers.add(JSON);
    return headers;
  }

  private static void fields(List<String> headers, String prefix, List<Field> fields, List<String> languages) {
    for (Field field : fields) {
      String name = prefix + field.name();
      switch (field.shape()) {
        case TEXT:
          for (String language : languages) {
            headers.add(text(name, language));
          }
          break;
        case COUNT:
          headers.add(name);
          headers.add(name + INTO + QUALIFIER);
          headers.add(name + INTO + AS_OF);
          break;
        case OBJECT:
          fields(headers, name + INTO, Field.of(field.type()), languages);
          break;
        case TEXTS:
        case OBJECTS:
          break;
        default:
          headers.add(name);
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
