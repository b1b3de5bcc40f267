package org.cpx.core.outcome;

import java.util.Optional;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** How a commitment's progress is measured: what, from which baseline, to which target. */
@Value.Immutable
public abstract class Indicator implements Extensible, WithIndicator {
  Indicator() {}

  /** What is measured. */
  public abstract LocalizedText getDescription();

  /** The value at the start. */
  public abstract Optional<String> getBaseline();

  /** The value aimed for. */
  public abstract Optional<String> getTarget();

  /** The unit of both. */
  public abstract Optional<String> getUnit();

  /** Returns a builder of an indicator. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Indicator normalize() {
    return withBaseline(TextRules.clean("baseline", getBaseline()))
        .withTarget(TextRules.clean("target", getTarget()))
        .withUnit(TextRules.clean("unit", getUnit()));
  }

  /** Builds an {@link Indicator}. Not thread-safe. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
