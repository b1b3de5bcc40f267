package org.cpx.core.dataset;

import java.util.Optional;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/** Who publishes a dataset. */
@Value.Immutable
public abstract class Publisher implements Extensible, WithPublisher {
  Publisher() {}

  /** The publisher's name. */
  public abstract LocalizedText getName();

  /** The publisher's own identifier, the prefix of its record ids; informative, never resolved. */
  public abstract Optional<String> getId();

  /** Returns the publisher named {@code name}. */
  public static Publisher of(LocalizedText name) {
    return builder().name(name).build();
  }

  /** Returns a builder of a publisher. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Publisher normalize() {
    return withId(TextRules.clean("id", getId()));
  }

  /** Builds a {@link Publisher}. Not thread-safe. */
  public static final class Builder extends ImmutablePublisher.Builder {
    Builder() {}
  }
}
