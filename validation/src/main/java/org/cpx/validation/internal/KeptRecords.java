package org.cpx.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.cpx.core.Id;

/** Records kept as read in a {@link org.cpx.core.dataset.Dataset}: what the rules across records know of them. */
public final class KeptRecords {
  private static final JsonFactory JSON = new JsonFactory();

  private KeptRecords() {}

  /** The valid id of the record kept as the JSON text {@code json}, when it is an object with one. */
  public static Optional<Id> id(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean id = parser.currentName().equals("id");
        JsonToken value = parser.nextToken();
        if (id) {
          return value == JsonToken.VALUE_STRING ? valid(parser.getText()) : Optional.empty();
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Id> valid(String text) {
    try {
      return Optional.of(Id.of(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
