package org.cpx.testing.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What the format says about members, by name: which hold which value type, which are references. */
final class Schema {
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /** Reference members, with the record types each may point at. */
  static final Map<String, Set<String>> REFERENCES = Map.ofEntries(
      Map.entry("parent", Set.of("organization")),
      Map.entry("succeededBy", Set.of("organization", "network")),
      Map.entry("host", Set.of("organization", "network")),
      Map.entry("onBehalfOf", Set.of("organization", "network")),
      Map.entry("organization", Set.of("organization", "network")),
      Map.entry("member", Set.of("organization", "network", "person")),
      Map.entry("actor", Set.of("organization", "network", "person")),
      Map.entry("adoptedBy", Set.of("organization", "network", "person")),
      Map.entry("partOf", Set.of("event")),
      Map.entry("event", Set.of("event")),
      Map.entry("adoptedAt", Set.of("event")),
      Map.entry("madeAt", Set.of("event")),
      Map.entry("declaration", Set.of("declaration")),
      Map.entry("respondsTo", Set.of("recommendation", "declaration")));

  static final Set<String> DATES = Set.of(
      "founded", "dissolved", "start", "end", "asOf", "adoptedOn", "issuedOn", "madeOn", "dueBy", "on",
      "publishedOn", "accessedOn");
  static final Set<String> COUNTS = Set.of("memberCount", "endorsementCount", "total", "countries", "count");
  static final Set<String> CODES = Set.of(
      "classification", "kind", "status", "recurrence", "attendanceMode", "relation", "role", "category",
      "response", "access", "themes", "group");
  static final Set<String> URLS = Set.of("url", "website");
  static final Set<String> AREAS = Set.of("areasServed", "coverage");
  static final Set<String> PARTIES = Set.of("endorsedBy", "madeBy", "addressees", "committedBy", "reportedBy", "by");
  static final Set<String> REQUIRED = Set.of(
      "name", "title", "text", "instrument", "member", "actor", "event", "scheme", "amount", "currency",
      "description", "on", "status", "by", "response", "number", "committedBy", "kind", "value");
  /** Members that hold plain strings rather than LocalizedText. */
  static final Set<String> STRINGS = Set.of(
      "acronyms", "edition", "symbol", "identifier", "baseline", "target", "unit", "author", "article",
      "number", "label", "value");
  /** Members that hold a LocalizedText or a list of them, whose keys are language tags, not member names. */
  static final Set<String> LOCALIZED_TEXTS = Set.of(
      "name", "title", "description", "purpose", "functions", "note", "text", "label", "availability", "slogan",
      "objectives", "keyMessages", "plannedActivities", "honorificPrefix", "alternateNames", "preamble",
      "instrument", "address", "locality", "group", "publisher");

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
