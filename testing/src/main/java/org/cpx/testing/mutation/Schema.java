package org.cpx.testing.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpx.core.RecordType;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;

/** What the model's description says about members, by name: which hold which value type, which are references. */
final class Schema {
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /** Reference members by name, with the record types each may point at. */
  static final Map<String, Set<String>> REFERENCES = members().filter(member -> !member.kind().targets().isEmpty())
      .collect(Collectors.toMap(Member::name, Schema::targets, Schema::union));

  static final Set<String> DATES = named(Kind.Form.PARTIAL_DATE, Kind.Form.DAY);
  static final Set<String> COUNTS = named(Kind.Form.COUNT);
  static final Set<String> CODES = named(Kind.Form.CODE);
  static final Set<String> URLS = named(Kind.Form.URL);
  static final Set<String> AREAS = named(Kind.Form.AREA);
  static final Set<String> PARTIES = members()
      .filter(member -> member.kind().objectType().filter(type -> type == CpxModel.PARTY).isPresent())
      .map(Member::name).collect(Collectors.toUnmodifiableSet());
  /** The members the format requires, but a record's {@code id}, which other damages break. */
  static final Set<String> REQUIRED = members().filter(Member::isRequired).map(Member::name)
      .filter(name -> !name.equals("id")).collect(Collectors.toUnmodifiableSet());
  /** Members that hold plain strings rather than LocalizedText. */
  static final Set<String> STRINGS = named(Kind.Form.TEXT);
  /** Members that hold a LocalizedText or a list of them, whose keys are language tags, not member names. */
  static final Set<String> LOCALIZED_TEXTS = named(Kind.Form.LOCALIZED_TEXT);

  /** Every member of every type of the model's description. */
  private static Stream<Member<?, ?>> members() {
    return CpxModel.types().stream().flatMap(type -> type.members().stream());
  }

  /** The names of the members whose values are of one of {@code forms}. */
  private static Set<String> named(Kind.Form... forms) {
    Set<Kind.Form> wanted = Set.of(forms);
    return members().filter(member -> wanted.contains(member.kind().form())).map(Member::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> targets(Member<?, ?> member) {
    return member.kind().targets().stream().map(RecordType::getCode).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }

  /** Variants of the names the format treats as private personal data on a person. */
  static final String[] PERSONAL_DATA = {
    "dateOfBirth", "x-Home_Address", "Gender", "national_id", "passport-number", "caseId", "photo",
    "ETHNICITY", "religion", "health-condition", "age", "dob", "sex", "x-birth_date", "caseNumber", "address"
  };

  private Schema() {}

  /** Whether {@code node} looks like a LocalizedText: an object of language tags to strings. */
  static boolean isLocalizedText(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!TAG.matcher(entry.getKey()).matches() || !entry.getValue().isTextual() || entry.getKey().equals("end")) {
        return false;
      }
    }
    return true;
  }
}
