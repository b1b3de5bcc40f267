package org.cpx.cli;

import java.util.List;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.Severity;
import org.cpx.tables.CellFinding;
import org.cpx.tables.TablesDocument;
import org.jspecify.annotations.Nullable;

/** The cells of a file read from tables, where its findings are; a file of JSON has none. */
final class TableCells {
  /** The cells of a file that is not tables. */
  static final TableCells NONE = new TableCells(null);

  private final @Nullable TablesDocument tables;

  TableCells(@Nullable TablesDocument tables) {
    this.tables = tables;
  }

  /** Whether the file is tables, so that its findings have cells. */
  boolean isTables() {
    return tables != null;
  }

  /** The cell ({@code events!D12}) of {@code finding}, or {@code null} when it has none. */
  @Nullable String cellOf(Finding finding) {
    return tables == null ? null : tables.cellOf(finding.getPath()).orElse(null);
  }

  /** The findings of the cells themselves, before the document they lay out is read. */
  List<CellFinding> own() {
    return tables == null ? List.of() : tables.findings();
  }

  long errors() {
    return own().stream().filter(found -> found.finding().getSeverity() == Severity.ERROR).count();
  }

  long warnings() {
    return own().size() - errors();
  }
}
