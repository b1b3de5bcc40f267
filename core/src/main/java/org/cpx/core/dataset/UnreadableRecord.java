package org.cpx.core.dataset;

import org.cpx.core.RecordType;
import org.immutables.value.Value;

/**
 * A record that could not be read into the model (a value of the wrong type, a missing required
 * member, an invalid id, date, text or language tag), kept as the JSON it was read from so that
 * writing the dataset back loses nothing (spec §1).
 */
@Value.Immutable
public abstract class UnreadableRecord implements WithUnreadableRecord {
  UnreadableRecord() {}

  /** The type of the array it belongs to. */
  public abstract RecordType getType();

  /**
   * Its position in that array as read, counting readable and unreadable records; a writer puts it
   * back there (at the end, when the array has become shorter).
   */
  public abstract int getPosition();

  /** The record's JSON text, compact. */
  public abstract String getJson();

  /** Returns the unreadable record {@code json} at {@code position} of the array of {@code type}. */
  public static UnreadableRecord of(RecordType type, int position, String json) {
    return ImmutableUnreadableRecord.builder().type(type).position(position).json(json).build();
  }

  @Value.Check
  void check() {
    if (getPosition() < 0) {
      throw new IllegalArgumentException("position: cannot be negative");
    }
  }
}
