package org.cpx.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.Optional;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.json.internal.Elements;
import org.cpx.json.internal.KeptElements;
import org.jspecify.annotations.Nullable;

/** Records kept as read in a {@link org.cpx.core.dataset.Dataset}: what the rules across records know of them. */
public final class KeptRecords {
  private static final JsonFactory JSON = new JsonFactory();

  private KeptRecords() {}

  /**
   * The record type by which a record kept as the JSON text {@code json}, in the array of {@code
   * slot} ({@code null} for {@code otherRecords} and stream lines of no known type), takes part in
   * the rules across records: its array's, or the known type its {@code type} names; {@code null}
   * when it names none, so that it satisfies any reference.
   */
  public static @Nullable RecordType type(String json, @Nullable RecordType slot) {
    if (slot != null) {
      return slot;
    }
    try {
      String type = KeptElements.member(JSON, json, "type");
      return type == null ? null : Elements.knownType(type);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The valid id of the record kept as the JSON text {@code json}, when it is an object with one. */
  public static Optional<Id> id(String json) {
    try {
      String id = KeptElements.member(JSON, json, "id");
      return id == null ? Optional.empty() : Optional.of(Id.of(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
