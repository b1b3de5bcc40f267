package org.cpx.json.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.RecordType;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;

/**
 * Writes the JSON Schema (2020-12) of the format from the description of the model: a definition
 * for each type with every member and its description, and the values with a wire shape of their
 * own (ids, texts, dates, counts) written here. The schema is never stricter than a reader:
 * unknown members are allowed, {@code null} stands for an absent member, open code lists are
 * strings with their known codes as examples, a record's {@code type} may be left out in its array.
 */
public final class SchemaWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEFS = "#/$defs/";

  private SchemaWriter() {}

  /** The schema, as {@code docs/schema/cpx-1.0.schema.json} holds it: indented, ending with a line feed. */
  public static String schema() {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://github.com/cpx-org/cpx/blob/main/docs/schema/cpx-1.0.schema.json");
    schema.put("title", "CPX 1.0 dataset document");
    schema.put("description", "The Child Protection eXchange format. Never stricter than a reader: unknown members"
        + " are allowed, open code lists are strings, a record's type may be left out in its array. Rules that need"
        + " more than a schema (real dates, text rules, references) are checked by readers and validators.");
    schema.put("type", "object");
    ObjectNode properties = documentMembers();
    for (RecordType type : RecordType.values()) {
      properties.set(type.getArrayName(), orNull(array(ref(type.getCode()))));
    }
    properties.set("otherRecords", orNull(array(NODES.objectNode().put("type", "object"))));
    schema.set("properties", properties);
    schema.set("$defs", definitions());
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
          .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the schema cannot be written", e);
    }
  }

  /** The members of a dataset document and of a stream's header, but the record arrays. */
  private static ObjectNode documentMembers() {
    ObjectNode properties = NODES.objectNode();
    properties.set("cpx", orNull(NODES.objectNode().put("type", "string")
        .put("description", "The format version, major.minor.")));
    properties.set("publisher", orNull(ref(definition(CpxModel.PUBLISHER))));
    properties.set("generatedAt", orNull(ref("timestamp")));
    properties.set("license", orNull(string().put("description", "An SPDX expression or a URL.")));
    properties.set("languages", orNull(array(ref("languageTag"))
        .put("description", "The languages every text is expected to carry; the first is the default.")));
    return properties;
  }

  private static ObjectNode definitions() {
    ObjectNode defs = NODES.objectNode();
    defs.set("id", NODES.objectNode().put("type", "string")
        .put("pattern", "^\\s*[A-Za-z0-9][A-Za-z0-9._:/~-]{0,199}\\s*$")
        .put("description", "A record identifier, publisher:local recommended."));
    ObjectNode text = NODES.objectNode().put("type", "object").put("minProperties", 1)
        .put("description", "A text keyed by BCP 47 language tag.");
    text.set("propertyNames", NODES.objectNode().put("pattern", "^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$"));
    text.set("additionalProperties", NODES.objectNode().set("type", NODES.arrayNode().add("string").add("null")));
    defs.set("text", text);
    defs.set("partialDate", NODES.objectNode().put("type", "string")
        .put("pattern", "^\\s*[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[?~%]?\\s*$")
        .put("description", "YYYY, YYYY-MM or YYYY-MM-DD, optionally + ? (uncertain), ~ (approximate) or % (both)."));
    defs.set("day", NODES.objectNode().put("type", "string").put("pattern", "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$")
        .put("description", "YYYY-MM-DD."));
    defs.set("timestamp", NODES.objectNode().put("type", "string").put("description", "An RFC 3339 date-time."));
    defs.set("languageTag", NODES.objectNode().put("type", "string")
        .put("pattern", "^\\s*[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*\\s*$").put("description", "A BCP 47 language tag."));
    defs.set("url", string().put("description", "An absolute http or https URL (url.invalid otherwise)."));
    defs.set("area", string().put("description",
        "global, an ISO 3166-1 alpha-2 country, an ISO 3166-2 subdivision or a UN M49 region."));
    ObjectNode count = NODES.objectNode().put("description", CpxModel.COUNT.description().get("en").orElseThrow());
    count.set("anyOf", NODES.arrayNode().add(natural(Count.MAX_VALUE)).add(object(CpxModel.COUNT)));
    defs.set(definition(CpxModel.COUNT), count);
    for (ObjectType<?> type : CpxModel.types()) {
      if (type != CpxModel.COUNT) {
        defs.set(definition(type), object(type));
      }
    }
    ObjectNode header = NODES.objectNode().put("type", "object").put("description", "The first line of a record stream.");
    ObjectNode headerMembers = NODES.objectNode();
    headerMembers.set("type", NODES.objectNode().put("const", Elements.HEADER));
    headerMembers.setAll(documentMembers());
    header.set("properties", headerMembers);
    header.set("required", NODES.arrayNode().add("type"));
    defs.set(Elements.HEADER, header);
    defs.set("streamLine", streamLine());
    return defs;
  }

  /** A line of a record stream: the header, a record of a known type, or one of a type this version does not know. */
  private static ObjectNode streamLine() {
    ObjectNode line = NODES.objectNode().put("description", "A line of a record stream: the header, a record of a known"
        + " type, or a record of a type this version does not know.").put("type", "object");
    line.set("required", NODES.arrayNode().add("type"));
    line.set("properties", NODES.objectNode().set("type", NODES.objectNode().put("type", "string")));
    ArrayNode cases = NODES.arrayNode();
    for (RecordType type : RecordType.values()) {
      cases.add(typeCase(type.getCode()));
    }
    cases.add(typeCase(Elements.HEADER));
    line.set("allOf", cases);
    return line;
  }

  private static ObjectNode typeCase(String type) {
    ObjectNode when = NODES.objectNode();
    when.set("if", NODES.objectNode().set("properties",
        NODES.objectNode().set("type", NODES.objectNode().put("const", type))));
    when.set("then", ref(type));
    return when;
  }

  /** The definition of the values of {@code type}: its members, those required, its choices. */
  private static ObjectNode object(ObjectType<?> type) {
    ObjectNode object = NODES.objectNode().put("type", "object")
        .put("description", type.description().get("en").orElseThrow());
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    type.recordType().ifPresent(record -> properties.set("type",
        orNull(NODES.objectNode().put("type", "string").put("const", record.getCode()))));
    for (Member<?, ?> member : type.members()) {
      JsonNode value = member.isRequired() ? value(member) : orNull(value(member));
      ObjectNode described = NODES.objectNode().put("description", member.description().get("en").orElseThrow());
      described.setAll((ObjectNode) value);
      properties.set(member.name(), described);
      if (member.isRequired()) {
        required.add(member.name());
      }
    }
    object.set("properties", properties);
    if (!required.isEmpty()) {
      object.set("required", required);
    }
    if (!type.atLeastOneOf().isEmpty()) {
      ArrayNode any = NODES.arrayNode();
      type.atLeastOneOf().forEach(member -> any.add(NODES.objectNode().set("required", NODES.arrayNode().add(member.name()))));
      object.set("anyOf", any);
    }
    if (!type.exactlyOneOf().isEmpty()) {
      ArrayNode one = NODES.arrayNode();
      for (Member<?, ?> member : type.exactlyOneOf()) {
        ObjectNode present = NODES.objectNode();
        present.set("required", NODES.arrayNode().add(member.name()));
        present.set("properties", NODES.objectNode().set(member.name(),
            NODES.objectNode().set("not", NODES.objectNode().put("type", "null"))));
        one.add(present);
      }
      object.set("oneOf", one);
    }
    return object;
  }

  /** The values of {@code member}: one, or an array for a list (of at least one when required). */
  private static ObjectNode value(Member<?, ?> member) {
    ObjectNode one = value(member.kind());
    if (member.cardinality() != Member.Cardinality.LIST) {
      return one;
    }
    ObjectNode list = array(one);
    if (member.isRequired()) {
      list.put("minItems", 1);
    }
    return list;
  }

  private static ObjectNode value(Kind<?> kind) {
    switch (kind.form()) {
      case LOCALIZED_TEXT:
        return ref("text");
      case ID:
        return ref("id");
      case PARTIAL_DATE:
        return ref("partialDate");
      case DAY:
        return ref("day");
      case NATURAL_NUMBER:
        return natural(kind.max());
      case DECIMAL:
        return NODES.objectNode().put("type", "string").put("pattern", "^\\s*(0|[1-9][0-9]*)(\\.[0-9]+)?\\s*$");
      case SCHEME:
        return NODES.objectNode().put("type", "string").put("pattern", "^\\s*[a-z0-9]+(-[a-z0-9]+)*\\s*$");
      case CODE:
        ArrayNode examples = NODES.arrayNode();
        codes(kind).forEach(examples::add);
        ObjectNode code = string().put("$comment", "An open list: other values are kept (code.unknown).");
        code.set("examples", examples);
        return code;
      case AREA:
        return ref("area");
      case URL:
        return ref("url");
      case LANGUAGE:
        return ref("languageTag");
      case COUNT:
        return ref(definition(CpxModel.COUNT));
      case OBJECT:
        return ref(definition(kind.objectType().orElseThrow()));
      default:
        return string();
    }
  }

  /** The known codes of a code list, as written. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> codes(Kind<?> kind) {
    Class<? extends Enum> list = (Class<? extends Enum>) kind.codeList().orElseThrow();
    return java.util.Arrays.stream(list.getEnumConstants()).map(constant -> Code.of((Enum) constant).getValue()).toList();
  }

  /** The name of the definition of {@code type}: its name in lower camel case. */
  private static String definition(ObjectType<?> type) {
    return type.name().substring(0, 1).toLowerCase(Locale.ROOT) + type.name().substring(1);
  }

  private static ObjectNode string() {
    return NODES.objectNode().put("type", "string").put("minLength", 1);
  }

  private static ObjectNode natural(long max) {
    return NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", max);
  }

  private static ObjectNode array(JsonNode items) {
    ObjectNode array = NODES.objectNode().put("type", "array");
    array.set("items", items);
    return array;
  }

  private static ObjectNode ref(String definition) {
    return NODES.objectNode().put("$ref", DEFS + definition);
  }

  /** {@code value} or {@code null}, which a reader takes for an absent member. */
  private static ObjectNode orNull(JsonNode value) {
    ObjectNode either = NODES.objectNode();
    either.set("anyOf", NODES.arrayNode().add(value).add(NODES.objectNode().put("type", "null")));
    return either;
  }
}
