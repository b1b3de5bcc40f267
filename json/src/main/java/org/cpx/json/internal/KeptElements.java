package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.cpx.core.RecordType;
import org.jspecify.annotations.Nullable;

/** What is known of an element kept as read (spec §1) from its JSON text alone. */
public final class KeptElements {
  private KeptElements() {}

  /**
   * The top-level member {@code name} of the JSON text {@code json} as written: {@code null} when
   * {@code json} is not an object or has no such member, the empty string when it is not a string.
   *
   * @throws IllegalArgumentException if {@code json} is not JSON text
   */
  public static @Nullable String member(JsonFactory factory, String json, String name) {
    try (JsonParser parser = factory.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean found = parser.currentName().equals(name);
        JsonToken value = parser.nextToken();
        if (found) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : "";
        }
        parser.skipChildren();
      }
      return null;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("an element kept as read is not JSON text", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether an element kept as read, found in the array of {@code slot} ({@code null} for {@code
   * otherRecords} and stream lines of no known type), is a person's, whose personal data is never
   * written: one of {@code persons}, or one whose {@code type} is {@code person}.
   */
  public static boolean isPerson(@Nullable RecordType slot, @Nullable String type) {
    return slot == RecordType.PERSON || type != null && Elements.knownType(type) == RecordType.PERSON;
  }
}
