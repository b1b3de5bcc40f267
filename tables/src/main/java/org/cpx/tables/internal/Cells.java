package org.cpx.tables.internal;

import java.util.HashMap;
import java.util.Map;

/** The cell each value of a document read from tables came from, by JSON Pointer. */
public final class Cells {
  private final Map<String, String> byPointer = new HashMap<>();

  void put(String pointer, String sheet, int column, int row) {
    byPointer.putIfAbsent(pointer, sheet + "!" + a1(column, row));
  }

  /**
   * The cell of the value at {@code pointer}, or of the nearest value holding it ({@code
   * events!D12}); {@code null} for the document itself.
   */
  public String cell(String pointer) {
    for (String at = pointer; !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
      String cell = byPointer.get(at);
      if (cell != null) {
        return cell;
      }
    }
    return null;
  }

  /** {@code D12}: column {@code column} (from 0) of data row {@code row} (from 0, after the header row). */
  static String a1(int column, int row) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.append(row + 2).toString();
  }

  /** A member name as a JSON Pointer step. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
