package org.cpx.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.OptionalLong;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.finding.Severity;

/**
 * A document that could not be read without errors. It carries every finding; its code, path,
 * line and column are those of the first error.
 */
public final class CpxJsonException extends JsonProcessingException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;
  private final transient Finding first;

  /** An exception for {@code findings}, at least one of them an error. */
  public CpxJsonException(List<Finding> findings) {
    super(describe(firstError(findings)));
    this.findings = List.copyOf(findings);
    this.first = firstError(findings);
  }

  /** Every finding of the document. */
  public List<Finding> getFindings() {
    return findings;
  }

  /** The code of the first error ({@code json.syntax}, {@code json.missing}, …). */
  public FindingCode getCode() {
    return first.getCode();
  }

  /** The JSON Pointer of the first error. */
  public String getPath() {
    return first.getPath();
  }

  /** The 1-based line of the first error, for a stream or a syntax error. */
  public OptionalLong getLine() {
    return first.getLine();
  }

  /** The 1-based column of the first error, for a syntax error. */
  public OptionalLong getColumn() {
    return first.getColumn();
  }

  /** The first error. */
  public Finding getFirstError() {
    return first;
  }

  private static Finding firstError(List<Finding> findings) {
    return findings.stream()
        .filter(finding -> finding.getSeverity() == Severity.ERROR)
        .findFirst()
        .orElseGet(() -> Finding.of(FindingCode.JSON_SYNTAX, "", "the input could not be read"));
  }

  private static String describe(Finding finding) {
    StringBuilder message = new StringBuilder(finding.getCode().getCode())
        .append(" at \"").append(finding.getPath()).append('"');
    finding.getLine().ifPresent(line -> message.append(", line ").append(line));
    finding.getColumn().ifPresent(column -> message.append(", column ").append(column));
    return message.append(": ").append(finding.getMessage()).toString();
  }
}
