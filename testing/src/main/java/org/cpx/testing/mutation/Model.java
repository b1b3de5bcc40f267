package org.cpx.testing.mutation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset as JSON trees, in the shape both forms share: the document's own members (the stream
 * header) and the records in the order of the arrays, each with its {@code type}. Written as a
 * document or a stream; strings registered as raw stand for bytes spliced in after writing.
 */
final class Model {
  static final JsonNodeFactory NODES = new JsonNodeFactory(true);
  static final JsonMapper MAPPER = JsonMapper.builder()
      .nodeFactory(NODES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(2000).maxStringLength(Integer.MAX_VALUE).maxNumberLength(100_000).build());
    MAPPER.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(2000).build());
  }

  /** The dataset arrays in the order writers write them, with the type of their records. */
  static final Map<String, String> ARRAYS = new LinkedHashMap<>();

  static {
    ARRAYS.put("organizations", "organization");
    ARRAYS.put("networks", "network");
    ARRAYS.put("persons", "person");
    ARRAYS.put("events", "event");
    ARRAYS.put("declarations", "declaration");
    ARRAYS.put("recommendations", "recommendation");
    ARRAYS.put("commitments", "commitment");
    ARRAYS.put("otherRecords", "");
  }

  /** A record and the array it sits in. */
  static final class Entry {
    String array;
    JsonNode node;

    Entry(String array, JsonNode node) {
      this.array = array;
      this.node = node;
    }
  }

  /** Bytes written and, for a stream, the document pointer of each line's record. */
  record Written(byte[] bytes, List<String> linePointers) {}

  final ObjectNode header;
  final List<Entry> records = new ArrayList<>();
  final Map<String, byte[]> raw = new LinkedHashMap<>();
  /** Where the header line goes among the records of a stream; -1 for none. */
  int headerIndex;

  private Model(ObjectNode header) {
    this.header = header;
  }

  /** Reads a valid dataset document. */
  static Model of(byte[] document) {
    JsonNode root;
    try {
      root = MAPPER.readTree(document);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON dataset document: " + e.getMessage(), e);
    }
    if (!(root instanceof ObjectNode object)) {
      throw new IllegalArgumentException("not a dataset document: not a JSON object");
    }
    Model model = new Model(NODES.objectNode());
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      if (!ARRAYS.containsKey(member.getKey())) {
        model.header.set(member.getKey(), member.getValue());
      }
    }
    ARRAYS.forEach((array, type) -> {
      for (JsonNode element : object.path(array)) {
        model.records.add(new Entry(array, typed(element, type)));
      }
    });
    return model;
  }

  /** {@code element} with its {@code type} first, when its array has a type. */
  private static JsonNode typed(JsonNode element, String type) {
    if (!(element instanceof ObjectNode record) || type.isEmpty() || record.has("type")) {
      return element;
    }
    ObjectNode typed = NODES.objectNode().put("type", type);
    typed.setAll(record);
    return typed;
  }

  Model copy() {
    Model copy = new Model(header.deepCopy());
    for (Entry entry : records) {
      copy.records.add(new Entry(entry.array, entry.node.deepCopy()));
    }
    copy.raw.putAll(raw);
    copy.headerIndex = headerIndex;
    return copy;
  }

  /** The records of {@code array}, in order. */
  List<Entry> in(String array) {
    return records.stream().filter(entry -> entry.array.equals(array)).toList();
  }

  /** A string that stands for {@code bytes} in the written data, as a value or, with a null value, as a member. */
  String raw(byte[] bytes) {
    String marker = "@@cpx-raw-" + raw.size() + "@@";
    raw.put(marker, bytes);
    return marker;
  }

  Written write(Form form, boolean indent) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> pointers = new ArrayList<>();
    if (form == Form.DOCUMENT) {
      ObjectNode root = header.deepCopy();
      ARRAYS.keySet().forEach(array -> {
        List<Entry> entries = in(array);
        if (!entries.isEmpty()) {
          root.putArray(array).addAll(entries.stream().map(entry -> entry.node).toList());
        }
      });
      out.writeBytes(json(root, indent));
      out.write('\n');
    } else {
      ObjectNode headerLine = NODES.objectNode().put("type", "header");
      headerLine.setAll(header.deepCopy());
      List<String> recordPointers = new ArrayList<>();
      List<JsonNode> lines = new ArrayList<>();
      ARRAYS.keySet().forEach(array -> {
        List<Entry> entries = in(array);
        for (int i = 0; i < entries.size(); i++) {
          lines.add(entries.get(i).node);
          recordPointers.add("/" + array + "/" + i);
        }
      });
      if (headerIndex >= 0) {
        int at = Math.min(headerIndex, lines.size());
        lines.add(at, headerLine);
        recordPointers.add(at, "");
      }
      for (JsonNode line : lines) {
        out.writeBytes(json(line, false));
        out.write('\n');
      }
      pointers = recordPointers;
    }
    return new Written(splice(out.toByteArray()), pointers);
  }

  static byte[] json(JsonNode node, boolean indent) {
    try {
      return indent ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node) : MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces each raw marker, and for a member marker its {@code : null}, by its bytes. */
  private byte[] splice(byte[] written) {
    if (raw.isEmpty()) {
      return written;
    }
    byte[] result = written;
    for (Map.Entry<String, byte[]> marker : raw.entrySet()) {
      byte[] quoted = ("\"" + marker.getKey() + "\"").getBytes(StandardCharsets.US_ASCII);
      ByteArrayOutputStream out = new ByteArrayOutputStream(result.length);
      int i = 0;
      while (i < result.length) {
        if (startsWith(result, i, quoted)) {
          out.writeBytes(marker.getValue());
          i += quoted.length;
          for (String member : new String[] {":null", " : null"}) {
            if (startsWith(result, i, member.getBytes(StandardCharsets.US_ASCII))) {
              i += member.length();
              break;
            }
          }
        } else {
          out.write(result[i++]);
        }
      }
      result = out.toByteArray();
    }
    return result;
  }

  static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (at + prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
