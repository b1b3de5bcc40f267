package org.cpx.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The people a record is for: a group, an age range in completed years (inclusive), or both. */
@Value.Immutable
public abstract class TargetGroup implements Extensible, WithTargetGroup {
  TargetGroup() {}

  /** The group. */
  public abstract Optional<Code<TargetGroupKind>> getGroup();

  /** The youngest age included, in completed years. */
  public abstract OptionalInt getAgeMin();

  /** The oldest age included, in completed years. */
  public abstract OptionalInt getAgeMax();

  /** How the source names the group ("trẻ em dân tộc thiểu số"). */
  public abstract Optional<LocalizedText> getLabel();

  /** Returns the target group {@code group}. */
  public static TargetGroup of(TargetGroupKind group) {
    return builder().group(Code.of(group)).build();
  }

  /** Returns a builder of a target group. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getAgeMin().orElse(0) < 0 || getAgeMax().orElse(0) < 0) {
      throw new IllegalArgumentException("ageMin, ageMax: an age cannot be negative");
    }
  }

  /** Builds a {@link TargetGroup}. Not thread-safe. */
  public static final class Builder extends ImmutableTargetGroup.Builder {
    Builder() {}
  }
}
