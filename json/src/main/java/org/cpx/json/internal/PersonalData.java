package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;
import org.cpx.core.actor.Person;

/** Members holding private personal data on a person (spec §6, {@code privacy.personalData}). */
public final class PersonalData {
  private PersonalData() {}

  /**
   * Passes to {@code found} the JSON Pointer, under {@code base}, of every member holding private
   * personal data in the JSON text {@code json}, at any depth.
   */
  public static void find(JsonFactory factory, String json, String base, Consumer<String> found) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME && Person.isPersonalDataMember(parser.currentName())) {
          found.accept(base + parser.getParsingContext().pathAsPointer());
        }
      }
    }
  }
}
