package org.cpx.core;

import java.time.LocalDate;
import java.util.Optional;
import org.cpx.core.constraints.ValidPeriod;
import org.immutables.value.Value;

/**
 * A span of time between two partial dates; either end may be open. A period with an end before its
 * start can be built (it is the validation finding {@code period.reversed}), so that such data can
 * still be read and reported on.
 */
@Value.Immutable
@ValidPeriod
public abstract class Period implements Extensible, WithPeriod {
  Period() {}

  /** When the period starts, if known. */
  public abstract Optional<PartialDate> getStart();

  /** When the period ends, if known. */
  public abstract Optional<PartialDate> getEnd();

  /** Returns the period from {@code start} to {@code end}. */
  public static Period of(PartialDate start, PartialDate end) {
    return builder().start(start).end(end).build();
  }

  /** Returns the period of the single date {@code date}: from it to it. */
  public static Period of(PartialDate date) {
    return of(date, date);
  }

  /** Returns the open period starting at {@code start}. */
  public static Period startingOn(PartialDate start) {
    return builder().start(start).build();
  }

  /** Returns the open period ending at {@code end}. */
  public static Period endingOn(PartialDate end) {
    return builder().end(end).build();
  }

  /** Returns a builder of a period. */
  public static Builder builder() {
    return new Builder();
  }

  /** The first day the period may include: the earliest day of its start, empty when open. */
  public Optional<LocalDate> earliest() {
    return getStart().map(PartialDate::earliest);
  }

  /** The last day the period may include: the latest day of its end, empty when open. */
  public Optional<LocalDate> latest() {
    return getEnd().map(PartialDate::latest);
  }

  /** Whether the end is certainly before the start (spec: {@code period.reversed}). */
  public boolean isReversed() {
    return getStart().isPresent() && getEnd().isPresent() && getEnd().get().isBefore(getStart().get());
  }

  /**
   * Whether every day {@code date} may stand for lies within the period: not before its earliest
   * day nor after its latest, an open end bounding nothing.
   */
  public boolean contains(PartialDate date) {
    return earliest().map(first -> !date.earliest().isBefore(first)).orElse(true)
        && latest().map(last -> !date.latest().isAfter(last)).orElse(true);
  }

  @Value.Check
  void check() {
    if (getStart().isEmpty() && getEnd().isEmpty()) {
      throw new IllegalArgumentException("period: needs a start, an end or both");
    }
  }

  /** Builds a {@link Period}. Not thread-safe. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }
}
