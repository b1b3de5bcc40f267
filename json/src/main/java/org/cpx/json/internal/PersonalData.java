package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Member names that hold private personal data on a person (spec §6, {@code
 * privacy.personalData}): compared lower-cased, without an {@code x-} prefix, hyphens and
 * underscores.
 */
public final class PersonalData {
  private static final Set<String> NAMES = Set.of(
      "birthdate", "dateofbirth", "dob", "age", "gender", "sex", "address", "homeaddress", "nationalid",
      "passportnumber", "caseid", "casenumber", "photo", "ethnicity", "religion", "healthcondition");

  private PersonalData() {}

  /**
   * Passes to {@code found} the JSON Pointer, under {@code base}, of every member holding private
   * personal data in the JSON text {@code json}, at any depth.
   */
  public static void find(JsonFactory factory, String json, String base, Consumer<String> found) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME && isPersonalDataName(parser.currentName())) {
          found.accept(base + parser.getParsingContext().pathAsPointer());
        }
      }
    }
  }

  /** Whether {@code name} is the name of a member holding private personal data. */
  public static boolean isPersonalDataName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("x-")) {
      lower = lower.substring(2);
    }
    return NAMES.contains(lower.replace("-", "").replace("_", ""));
  }
}
