package org.cpx.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.finding.Severity;

/**
 * What validation found in a document: every finding in the order of spec §6, counts by severity,
 * and the findings grouped so that the same problem in 300 members reads as one.
 */
public final class ValidationReport {
  private static final Pattern INDEX = Pattern.compile("/[0-9]+(?=/|$)");

  private final List<Finding> findings;
  private final long records;

  ValidationReport(List<Finding> findings, long records) {
    this.findings = List.copyOf(findings);
    this.records = records;
  }

  /** Every finding: record by record in input order, each record's by path, then those across records. */
  public List<Finding> getFindings() {
    return findings;
  }

  /** The number of records validated, readable or not. */
  public long getRecords() {
    return records;
  }

  /** The number of errors. */
  public long getErrors() {
    return findings.stream().filter(finding -> finding.getSeverity() == Severity.ERROR).count();
  }

  /** The number of warnings. */
  public long getWarnings() {
    return findings.size() - getErrors();
  }

  /** Whether there is no error; warnings are allowed. */
  public boolean isValid() {
    return getErrors() == 0;
  }

  /**
   * The findings grouped by code and by path without array indexes ({@code /events/*}{@code
   * /title}), in the order each group first appears.
   */
  public Map<FindingCode, Map<String, List<Finding>>> getGroups() {
    Map<FindingCode, Map<String, List<Finding>>> groups = new LinkedHashMap<>();
    for (Finding finding : findings) {
      String path = INDEX.matcher(finding.getPath()).replaceAll("/*");
      groups.computeIfAbsent(finding.getCode(), code -> new LinkedHashMap<>())
          .computeIfAbsent(path, p -> new ArrayList<>())
          .add(finding);
    }
    return groups;
  }
}
