package org.cpx.testing.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A place in a model a damage can hit: a value, the object or array holding it, the name of the
 * member it is (or, for an element, of the list it is in) and the record it belongs to.
 */
record Site(int record, JsonNode container, @Nullable String key, int index, JsonNode value, String member,
    String parent, int depth) {

  /** Every value of every record ({@code record} ≥ 0) and of the header ({@code record} -1). */
  static List<Site> all(Model model) {
    List<Site> sites = new ArrayList<>();
    walk(-1, model.header, "", 1, sites);
    for (int i = 0; i < model.records.size(); i++) {
      walk(i, model.records.get(i).node, "", 1, sites);
    }
    return sites;
  }

  private static void walk(int record, JsonNode node, String name, int depth, List<Site> sites) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        sites.add(new Site(record, object, member.getKey(), -1, member.getValue(), member.getKey(), name, depth));
        walk(record, member.getValue(), member.getKey(), depth + 1, sites);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        sites.add(new Site(record, array, null, i, array.get(i), name, name, depth));
        walk(record, array.get(i), name, depth + 1, sites);
      }
    }
  }

  /** The member name of this site, {@code ""} for an element. */
  String name() {
    return key == null ? "" : key;
  }

  boolean isMember() {
    return key != null;
  }

  /** Whether this site is a string in a LocalizedText, or a string member that holds text. */
  boolean isText() {
    return value.isTextual() && !value.asText().startsWith("@@cpx-raw-")
        && (Schema.isLocalizedText(container) || (record >= 0 && container.has("type") && "name".equals(key))
            || Schema.STRINGS.contains(member) && !"value".equals(member));
  }

  boolean isReference() {
    return record >= 0 && value.isTextual() && Schema.REFERENCES.containsKey(member) && !Schema.isLocalizedText(container);
  }

  boolean isCode() {
    return record >= 0 && value.isTextual() && Schema.CODES.contains(member) && !Schema.isLocalizedText(container);
  }

  void replace(JsonNode replacement) {
    if (container instanceof ObjectNode object && key != null) {
      object.set(key, replacement);
    } else {
      ((ArrayNode) container).set(index, replacement);
    }
  }

  void remove() {
    if (container instanceof ObjectNode object && key != null) {
      object.remove(key);
    } else {
      ((ArrayNode) container).remove(index);
    }
  }
}
