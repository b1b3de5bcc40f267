package org.cpx.tables.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet's cells, as a workbook or a CSV file holds them: a header row, then rows whose cells
 * are a {@code String}, a {@code Long} (a whole number a spreadsheet keeps as a number) or {@code
 * null} for an empty cell.
 *
 * @param name the sheet's name
 * @param header the header row
 * @param rows the rows after it, as long as the header or shorter
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {
  /** An empty table with {@code header}, to add rows to. */
  public static Table of(String name, List<String> header) {
    return new Table(name, List.copyOf(header), new ArrayList<>());
  }
}
