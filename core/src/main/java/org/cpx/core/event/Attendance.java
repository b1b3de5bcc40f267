package org.cpx.core.event;

import java.util.List;
import java.util.Optional;
import org.cpx.core.Count;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.immutables.value.Value;

/**
 * How many attended an event, as the sources state it: "hơn 500 đại biểu đến từ 35 quốc gia và
 * vùng lãnh thổ, 44 tổ chức quốc tế".
 */
@Value.Immutable
public abstract class Attendance implements Extensible, WithAttendance {
  Attendance() {}

  /** How many people attended in all. */
  public abstract Optional<Count> getTotal();

  /** From how many countries and territories. */
  public abstract Optional<Count> getCountries();

  /** From how many organizations. */
  public abstract Optional<Count> getOrganizations();

  /** How many of some categories or groups attended; subsets of the total that may overlap. */
  public abstract List<AttendanceGroup> getBreakdown();

  /** A remark on the attendance. */
  public abstract Optional<LocalizedText> getNote();

  /** Returns a builder of an attendance. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attendance}. Not thread-safe. */
  public static final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }
}
