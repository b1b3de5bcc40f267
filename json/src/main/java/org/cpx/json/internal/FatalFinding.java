package org.cpx.json.internal;

import java.io.IOException;
import org.cpx.core.finding.Finding;

/** A finding after which the parser cannot go on in the current record or document. */
public final class FatalFinding extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Finding finding;

  /** Stops reading with {@code finding}. */
  public FatalFinding(Finding finding) {
    super(finding.getCode().getCode() + " at " + finding.getPath());
    this.finding = finding;
  }

  /** No stack trace: the finding says where the problem is. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  /** The finding that stopped reading. */
  public Finding finding() {
    return finding;
  }
}
