package org.cpx.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;

/**
 * What validation found in a document: the findings in the order of spec §6 — up to the
 * validator's cap, or none when they went to a {@link FindingListener} — the counts of all of them
 * by severity, and the findings kept grouped so that the same problem in 300 members reads as one.
 */
public final class ValidationReport {
  private static final Pattern INDEX = Pattern.compile("/[0-9]+(?=/|$)");

  private final List<Finding> findings;
  private final long records;
  private final long errors;
  private final long warnings;

  ValidationReport(List<Finding> findings, long records, long errors, long warnings) {
    this.findings = List.copyOf(findings);
    this.records = records;
    this.errors = errors;
    this.warnings = warnings;
  }

  /**
   * The findings kept: record by record in input order, each record's by path, then those across
   * records; at most the validator's {@code maxFindings}, none when they went to a listener.
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /** The number of findings not kept in {@link #getFindings()}: beyond the cap, or passed to a listener. */
  public long getUnkeptFindings() {
    return errors + warnings - findings.size();
  }

  /** The number of records validated, readable or not. */
  public long getRecords() {
    return records;
  }

  /** The number of errors, kept or not. */
  public long getErrors() {
    return errors;
  }

  /** The number of warnings, kept or not. */
  public long getWarnings() {
    return warnings;
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
