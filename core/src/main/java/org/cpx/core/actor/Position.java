package org.cpx.core.actor;

import jakarta.validation.Valid;
import java.util.Optional;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Period;
import org.immutables.value.Value;

/** A public office a person holds ("Cục trưởng Cục Trẻ em", Director of the Department of Children). */
@Value.Immutable
public abstract class Position implements Extensible, WithPosition {
  Position() {}

  /** The office's title. */
  public abstract LocalizedText getTitle();

  /** The organization or network the office belongs to. */
  public abstract Optional<Id> getOrganization();

  /** When the office was held. */
  public abstract Optional<@Valid Period> getPeriod();

  /** The date a source confirms the office on. */
  public abstract Optional<PartialDate> getAsOf();

  /** A remark on the position. */
  public abstract Optional<LocalizedText> getNote();

  /** Returns a builder of a position. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. Not thread-safe. */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }
}
