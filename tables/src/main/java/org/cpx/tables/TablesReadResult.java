package org.cpx.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.json.ReadResult;
import org.cpx.tables.internal.Cells;
import org.cpx.tables.internal.Unflattener;

/**
 * What reading tables gave: the dataset, and every finding — those of the cells themselves (a
 * list's row that names no record, a JSON cell that is not JSON) and those of reading the dataset
 * they lay out — each with the cell it is about ({@code events!D12}).
 */
public final class TablesReadResult {
  private final ReadResult<Dataset> dataset;
  private final Cells cells;
  private final List<CellFinding> findings;

  TablesReadResult(ReadResult<Dataset> dataset, Cells cells, List<Unflattener.CellFinding> ofCells) {
    this.dataset = dataset;
    this.cells = cells;
    List<CellFinding> all = new ArrayList<>();
    for (Unflattener.CellFinding finding : ofCells) {
      all.add(new CellFinding(finding.finding(), Optional.of(finding.cell())));
    }
    for (Finding finding : dataset.getFindings()) {
      all.add(new CellFinding(finding, Optional.ofNullable(cells.cell(finding.getPath()))));
    }
    this.findings = List.copyOf(all);
  }

  /** A finding and the cell it is about, when it is about one. */
  public record CellFinding(Finding finding, Optional<String> cell) {}

  /** The dataset the tables lay out, as {@code CpxJson} reads it. */
  public ReadResult<Dataset> getDataset() {
    return dataset;
  }

  /** Every finding with its cell: the cells' own first, then the dataset's. */
  public List<CellFinding> getFindings() {
    return findings;
  }

  /** The cell of the value at {@code pointer} in the dataset document, if it came from one. */
  public Optional<String> cellOf(String pointer) {
    return Optional.ofNullable(cells.cell(pointer));
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.finding().getSeverity() == org.cpx.core.finding.Severity.ERROR);
  }
}
