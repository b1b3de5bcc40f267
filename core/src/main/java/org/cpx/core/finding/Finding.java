package org.cpx.core.finding;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A problem found in a document: its code, severity, where it is (a JSON Pointer into the document
 * as read, and for a stream the line and column), the record it is in, and a message for people.
 */
@Value.Immutable
public abstract class Finding implements WithFinding {
  Finding() {}

  /** The finding's code. */
  public abstract FindingCode getCode();

  /** How serious it is; the code's default unless an option changed it. */
  @Value.Default
  public Severity getSeverity() {
    return getCode().getDefaultSeverity();
  }

  /** An RFC 6901 JSON Pointer into the document as read ({@code /events/0/title}); into the line's record for a stream. */
  public abstract String getPath();

  /** The id of the record the finding is in, when that record has a valid id. */
  public abstract Optional<String> getRecordId();

  /** The 1-based line: always for a stream, and for a syntax error. */
  public abstract OptionalLong getLine();

  /** The 1-based column of a syntax error. */
  public abstract OptionalLong getColumn();

  /** What is wrong, for people; not API. */
  public abstract String getMessage();

  /** Returns a finding of {@code code} at {@code path}. */
  public static Finding of(FindingCode code, String path, String message) {
    return builder().code(code).path(path).message(message).build();
  }

  /**
   * Orders findings by path, segment by segment: array indexes as numbers ({@code /2} before {@code
   * /10}), member names as strings, a path before the paths under it.
   */
  public static Comparator<Finding> byPath() {
    return (a, b) -> comparePointers(a.getPath(), b.getPath());
  }

  private static int comparePointers(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = compareSegments(left[i], right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareSegments(String a, String b) {
    boolean aNumber = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 10;
    boolean bNumber = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 10;
    if (aNumber && bNumber) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareTo(b);
  }

  /** Returns a builder of a finding. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. Not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
