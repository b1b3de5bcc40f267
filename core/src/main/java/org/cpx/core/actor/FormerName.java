package org.cpx.core.actor;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.Period;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** A name an organization or network went by before, and when. */
@Value.Immutable
public abstract class FormerName implements Extensible, WithFormerName {
  FormerName() {}

  /** The former name. */
  public abstract LocalizedText getName();

  /** The acronyms it had then. */
  public abstract List<String> getAcronyms();

  /** When the name was used. */
  public abstract Optional<@Valid Period> getPeriod();

  /** Returns a builder of a former name. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  FormerName normalize() {
    return withAcronyms(TextRules.cleanAll("acronyms", getAcronyms()));
  }

  /** Builds a {@link FormerName}. Not thread-safe. */
  public static final class Builder extends ImmutableFormerName.Builder {
    Builder() {}
  }
}
