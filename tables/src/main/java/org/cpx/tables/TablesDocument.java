package org.cpx.tables;

import java.util.List;
import java.util.Optional;
import org.cpx.tables.internal.Cells;

/**
 * The dataset document tables lay out, before it is read: its JSON, the cell each value came from,
 * and what made cells unreadable. Read its JSON with {@code CpxJson}, or validate it with {@code
 * CpxValidator}, and report each finding at {@link #cellOf} its path.
 */
public final class TablesDocument {
  private final byte[] json;
  private final Cells cells;
  private final List<CellFinding> findings;

  TablesDocument(byte[] json, Cells cells, List<CellFinding> findings) {
    this.json = json;
    this.cells = cells;
    this.findings = List.copyOf(findings);
  }

  /** The document as JSON, compact. */
  public byte[] json() {
    return json.clone();
  }

  /** The cell of the value at {@code pointer} in the document, or of the nearest value holding it. */
  public Optional<String> cellOf(String pointer) {
    return Optional.ofNullable(cells.cell(pointer));
  }

  /** What made cells unreadable: a list's row that names no record, a JSON cell that is not JSON, a sheet not of CPX. */
  public List<CellFinding> findings() {
    return findings;
  }
}
