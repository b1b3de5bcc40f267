package org.cpx.core;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A number of people, countries or organizations as a source states it: exact ({@code 50}) or with
 * a qualifier ("hơn 500" is more than 500, "gần 40" about 40), optionally as of a date.
 */
@Value.Immutable
public abstract class Count implements Extensible, WithCount {
  /** The largest value a count may hold, 2^53 − 1, the largest integer every JSON reader keeps. */
  public static final long MAX_VALUE = (1L << 53) - 1;

  Count() {}

  /** The number stated, 0 to {@link #MAX_VALUE}. */
  public abstract long getValue();

  /** How the number relates to the true one; {@link CountQualifier#EXACT} unless stated. */
  @Value.Default
  public Code<CountQualifier> getQualifier() {
    return Code.of(CountQualifier.EXACT);
  }

  /** The date the number was true on, if the source says. */
  public abstract Optional<PartialDate> getAsOf();

  /**
   * Returns the exact count {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is negative or above {@link #MAX_VALUE}
   */
  public static Count of(long value) {
    return builder().value(value).build();
  }

  /**
   * Returns the count {@code value} qualified by {@code qualifier}.
   *
   * @throws IllegalArgumentException if {@code value} is negative or above {@link #MAX_VALUE}
   */
  public static Count of(long value, CountQualifier qualifier) {
    return builder().value(value).qualifier(Code.of(qualifier)).build();
  }

  /** Returns a builder of a count. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The smallest true number this count allows: the value for exact and at least, one more for more
   * than, 0 otherwise (an approximate or unknown qualifier bounds nothing).
   */
  public long lowerBound() {
    CountQualifier qualifier = getQualifier().getKnown().orElse(CountQualifier.APPROXIMATELY);
    switch (qualifier) {
      case EXACT:
      case AT_LEAST:
        return getValue();
      case MORE_THAN:
        return getValue() + 1;
      default:
        return 0;
    }
  }

  /**
   * The largest true number this count allows, empty when unbounded: the value for exact and at
   * most, one less for fewer than ({@code -1} for "fewer than 0", which no number satisfies).
   */
  public OptionalLong upperBound() {
    CountQualifier qualifier = getQualifier().getKnown().orElse(CountQualifier.APPROXIMATELY);
    switch (qualifier) {
      case EXACT:
      case AT_MOST:
        return OptionalLong.of(getValue());
      case FEWER_THAN:
        return OptionalLong.of(getValue() - 1);
      default:
        return OptionalLong.empty();
    }
  }

  /** Whether one true number satisfies both this count and {@code other}. */
  public boolean isConsistentWith(Count other) {
    long low = Math.max(lowerBound(), other.lowerBound());
    long high =
        Math.min(
            upperBound().orElse(Long.MAX_VALUE), other.upperBound().orElse(Long.MAX_VALUE));
    return low <= high;
  }

  /** Whether the count is a bare integer on the wire: exact, with no date and no unknown member. */
  public boolean isBare() {
    return getQualifier().is(CountQualifier.EXACT) && getAsOf().isEmpty() && getUnknownMembers().isEmpty();
  }

  @Value.Check
  void check() {
    if (getValue() < 0 || getValue() > MAX_VALUE) {
      throw new IllegalArgumentException("value: a count must be 0 to 2^53 - 1");
    }
  }

  /** Builds a {@link Count}. Not thread-safe. */
  public static final class Builder extends ImmutableCount.Builder {
    Builder() {}
  }
}
