package org.cpx.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.Optional;
import org.cpx.core.Id;
import org.cpx.json.internal.KeptElements;

/** Records kept as read in a {@link org.cpx.core.dataset.Dataset}: what the rules across records know of them. */
public final class KeptRecords {
  private static final JsonFactory JSON = new JsonFactory();

  private KeptRecords() {}

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
