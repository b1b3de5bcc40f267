package org.cpx.core.outcome;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.Money;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.RecordType;
import org.cpx.core.Scoped;
import org.cpx.core.ScopedBuilder;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * A commitment a party made, what it answers, how it is measured and funded, and the reports on its
 * progress.
 */
@Value.Immutable
public abstract sealed class Commitment implements CpxRecord, Scoped, WithCommitment permits ImmutableCommitment {
  Commitment() {}

  /** What is committed. */
  public abstract LocalizedText getText();

  /** Who committed; at least one party. */
  public abstract List<Party> getCommittedBy();

  /** The recommendations or declarations it answers or implements. */
  public abstract List<Id> getRespondsTo();

  /** The event it was made at. */
  public abstract Optional<Id> getMadeAt();

  /** The declaration it is written in. */
  public abstract Optional<Id> getDeclaration();

  /** The article of that declaration it is written in. */
  public abstract Optional<String> getArticle();

  /** When it was made. */
  public abstract Optional<PartialDate> getMadeOn();

  /** When it is due. */
  public abstract Optional<PartialDate> getDueBy();

  /** How its progress is measured. */
  public abstract List<Indicator> getIndicators();

  /** The money set aside for it. */
  public abstract Optional<@Valid Money> getBudget();

  /** Reports on its progress, in date order. */
  public abstract List<@Valid ProgressReport> getProgress();

  /** Always {@link RecordType#COMMITMENT}. */
  @Override
  public final RecordType getType() {
    return RecordType.COMMITMENT;
  }

  /**
   * The commitment's status now: that of the last progress report in list order, {@link
   * CommitmentStatus#ANNOUNCED} when there is none.
   */
  public Code<CommitmentStatus> currentStatus() {
    List<ProgressReport> progress = getProgress();
    return progress.isEmpty()
        ? Code.of(CommitmentStatus.ANNOUNCED)
        : progress.get(progress.size() - 1).getStatus();
  }

  /** Returns a builder of a commitment. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Commitment normalize() {
    if (getCommittedBy().isEmpty()) {
      throw new IllegalArgumentException("committedBy: needs at least one party");
    }
    return withArticle(TextRules.clean("article", getArticle()))
        .withCoverage(TextRules.cleanAll("coverage", getCoverage()))
        .withSdgTargets(TextRules.cleanAll("sdgTargets", getSdgTargets()));
  }

  /** Builds a {@link Commitment}. Not thread-safe. */
  public static final class Builder extends ImmutableCommitment.Builder implements ScopedBuilder<Builder> {
    Builder() {}
  }
}
