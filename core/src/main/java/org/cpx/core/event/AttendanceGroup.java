package org.cpx.core.event;

import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.immutables.value.Value;

/**
 * One entry of an attendance breakdown: how many of a category or a named group attended ("gần 40
 * phóng viên", nearly 40 journalists). Entries are subsets of the total and may overlap.
 */
@Value.Immutable
public abstract class AttendanceGroup implements Extensible, WithAttendanceGroup {
  AttendanceGroup() {}

  /** The category of people counted. */
  public abstract Optional<Code<AttendanceCategory>> getCategory();

  /** The group counted, in the source's words. */
  public abstract Optional<LocalizedText> getGroup();

  /** How many attended. */
  public abstract Optional<Count> getCount();

  /** Returns {@code count} people of {@code category}. */
  public static AttendanceGroup of(AttendanceCategory category, Count count) {
    return builder().category(Code.of(category)).count(count).build();
  }

  /** Returns a builder of a breakdown entry. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getCategory().isEmpty() && getGroup().isEmpty()) {
      throw new IllegalArgumentException("breakdown: needs a category or a group");
    }
  }

  /** Builds an {@link AttendanceGroup}. Not thread-safe. */
  public static final class Builder extends ImmutableAttendanceGroup.Builder {
    Builder() {}
  }
}
