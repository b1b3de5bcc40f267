package org.cpx.json;

import java.util.List;
import java.util.Optional;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What a reader made of a document: the value read, when the document could be carried at all,
 * and every finding, in the order of spec §6.
 *
 * @param <T> the type of the value read
 */
public final class ReadResult<T> {
  private final @Nullable T value;
  private final List<Finding> findings;
  private final long records;
  private final long unreported;

  ReadResult(@Nullable T value, List<Finding> findings, long records) {
    this(value, findings, records, 0);
  }

  ReadResult(@Nullable T value, List<Finding> findings, long records, long unreported) {
    this.value = value;
    this.findings = List.copyOf(findings);
    this.records = records;
    this.unreported = unreported;
  }

  /**
   * The value read; empty when the input is not JSON ({@code json.syntax}), breaks a limit that
   * stops reading ({@code json.limit}) or has another major format version.
   */
  public Optional<T> getValue() {
    return Optional.ofNullable(value);
  }

  /** The findings, record by record in input order, each record's by path. */
  public List<Finding> getFindings() {
    return findings;
  }

  /** The number of findings beyond the reader's cap ({@code maxFindings}), counted but not kept. */
  public long getUnreportedFindings() {
    return unreported;
  }

  /** The number of records read, readable or not. */
  public long getRecords() {
    return records;
  }

  /** Whether a finding is an error. */
  public boolean hasErrors() {
    return unreported > 0 || findings.stream().anyMatch(finding -> finding.getSeverity() == Severity.ERROR);
  }

  /**
   * The value, when it was read without errors.
   *
   * @throws CpxJsonException carrying every finding, if there is an error
   */
  public T orThrow() throws CpxJsonException {
    if (value == null || hasErrors()) {
      throw new CpxJsonException(findings);
    }
    return value;
  }
}
