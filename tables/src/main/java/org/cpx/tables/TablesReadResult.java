package org.cpx.tables;

import java.util.ArrayList;
import java.util.List;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.Severity;
import org.cpx.json.ReadResult;

/**
 * What reading tables gave: the dataset, and every finding — those of the cells themselves (a
 * list's row that names no record, a JSON cell that is not JSON) and those of reading the dataset
 * they lay out — each with the cell it is about ({@code events!D12}).
 */
public final class TablesReadResult {
  private final ReadResult<Dataset> dataset;
  private final List<CellFinding> findings;

  TablesReadResult(ReadResult<Dataset> dataset, TablesDocument document) {
    this.dataset = dataset;
    List<CellFinding> all = new ArrayList<>(document.findings());
    for (Finding finding : dataset.getFindings()) {
      all.add(new CellFinding(finding, document.cellOf(finding.getPath())));
    }
    this.findings = List.copyOf(all);
  }

  /** The dataset the tables lay out, as {@code CpxJson} reads it. */
  public ReadResult<Dataset> getDataset() {
    return dataset;
  }

  /** Every finding with its cell: the cells' own first, then the dataset's. */
  public List<CellFinding> getFindings() {
    return findings;
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.finding().getSeverity() == Severity.ERROR);
  }
}
