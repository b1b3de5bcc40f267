package org.cpx.jackson3;

import java.util.List;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.CpxJsonException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/**
 * A CPX value that could not be read without errors, as Jackson 3 reports a failed read. It carries
 * every finding; its code is that of the first error, whose JSON Pointer is counted from the value
 * read ({@link #getPath()} is Jackson's path to that value).
 */
public final class CpxReadException extends StreamReadException {
  private static final long serialVersionUID = 1L;

  private final transient CpxJsonException findings;

  CpxReadException(@Nullable JsonParser parser, CpxJsonException findings) {
    super(parser, findings.getOriginalMessage(), findings);
    this.findings = findings;
  }

  /** Every finding of the value. */
  public List<Finding> getFindings() {
    return findings.getFindings();
  }

  /** The code of the first error ({@code json.type}, {@code json.missing}, …). */
  public FindingCode getCode() {
    return findings.getCode();
  }

  /** The first error. */
  public Finding getFirstError() {
    return findings.getFirstError();
  }
}
