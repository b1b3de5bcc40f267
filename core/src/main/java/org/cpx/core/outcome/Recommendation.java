package org.cpx.core.outcome;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.RecordType;
import org.cpx.core.Scoped;
import org.cpx.core.ScopedBuilder;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * A recommendation made at an event or in a declaration, to whom it is addressed, and how they
 * answered.
 */
@Value.Immutable
public abstract sealed class Recommendation implements CpxRecord, Scoped, WithRecommendation permits ImmutableRecommendation {
  Recommendation() {}

  /** What is recommended. */
  public abstract LocalizedText getText();

  /** Who made it. */
  public abstract List<Party> getMadeBy();

  /** To whom it is addressed ("các địa phương", localities; "các bậc cha mẹ", parents). */
  public abstract List<Party> getAddressees();

  /** The event it was made at. */
  public abstract Optional<Id> getMadeAt();

  /** The declaration it is written in. */
  public abstract Optional<Id> getDeclaration();

  /** The article of that declaration it is written in. */
  public abstract Optional<String> getArticle();

  /** When it was issued. */
  public abstract Optional<PartialDate> getIssuedOn();

  /** How the addressees answered. */
  public abstract List<@Valid Response> getResponses();

  /** Always {@link RecordType#RECOMMENDATION}. */
  @Override
  public final RecordType getType() {
    return RecordType.RECOMMENDATION;
  }

  /** Returns a builder of a recommendation. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Recommendation normalize() {
    return withArticle(TextRules.clean("article", getArticle()))
        .withCoverage(TextRules.cleanAll("coverage", getCoverage()))
        .withSdgTargets(TextRules.cleanAll("sdgTargets", getSdgTargets()));
  }

  /** Builds a {@link Recommendation}. Not thread-safe. */
  public static final class Builder extends ImmutableRecommendation.Builder implements ScopedBuilder<Builder> {
    Builder() {}
  }
}
