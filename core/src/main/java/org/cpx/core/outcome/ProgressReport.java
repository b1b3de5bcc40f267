package org.cpx.core.outcome;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.Source;
import org.immutables.value.Value;

/** A report on how far a commitment has come, as of a date. */
@Value.Immutable
public abstract class ProgressReport implements Extensible, WithProgressReport {
  ProgressReport() {}

  /** The date the status was true on. */
  public abstract PartialDate getOn();

  /** The status reported. */
  public abstract Code<CommitmentStatus> getStatus();

  /** Who reported it. */
  public abstract Optional<Party> getReportedBy();

  /** A remark on the report. */
  public abstract Optional<LocalizedText> getNote();

  /** Where the report is published. */
  public abstract List<@Valid Source> getSources();

  /** Returns the report of {@code status} on {@code on}. */
  public static ProgressReport of(PartialDate on, CommitmentStatus status) {
    return builder().on(on).status(Code.of(status)).build();
  }

  /** Returns a builder of a progress report. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressReport}. Not thread-safe. */
  public static final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}
  }
}
