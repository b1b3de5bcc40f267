package org.cpx.tables.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cpx.core.RecordType;
import org.cpx.core.model.CodeList;
import org.jspecify.annotations.Nullable;

/**
 * Lays a dataset document out as tables ({@code docs/tables.md}): every value the description
 * places in a cell goes to its cell when reading the cell gives the same value back, and
 * everything else — unknown members, values of the wrong shape, elements that are not records —
 * to the row's {@link Columns#JSON} cell, so that reading the tables gives the document again.
 */
public final class Flattener {
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
  /** The largest whole number a spreadsheet holds exactly. */
  private static final long MAX_EXACT = (1L << 53) - 1;

  private final Layout layout = Layout.standard();
  /**
   * The languages of the text columns, by their tags in lower case: a tag is one language in any
   * case, and a database's column names are too; the first spelling found names the column.
   */
  private final Map<String, String> languages = new LinkedHashMap<>();
  private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

  private Flattener() {
    for (Layout.Sheet sheet : layout.sheets()) {
      rows.put(sheet.name(), new ArrayList<>());
    }
  }

  /** The tables of {@code document}, a dataset document; every sheet of the layout, empty or not. */
  public static List<Table> tables(JsonNode document) {
    Flattener flattener = new Flattener();
    flattener.document(document);
    return flattener.tables();
  }

  private void document(JsonNode document) {
    Map<String, Object> row = new HashMap<>();
    ObjectNode left = JsonNodeFactory.instance.objectNode();
    JsonNode declared = document.get("languages");
    if (declared != null && declared.isArray()) {
      declared.forEach(tag -> {
        if (tag.isTextual() && TAG.matcher(tag.textValue()).matches()) {
          languages.putIfAbsent(tag.textValue().toLowerCase(Locale.ROOT), tag.textValue());
        }
      });
    }
    Layout.Sheet dataset = layout.sheet(Layout.DATASET);
    for (Map.Entry<String, JsonNode> member : document.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      Layout.Sheet records = recordSheet(name);
      if (records != null && value.isArray()) {
        records(records, (ArrayNode) value);
      } else if (name.equals(Layout.OTHER_RECORDS) && value.isArray()) {
        for (JsonNode element : value) {
          Map<String, Object> other = new HashMap<>();
          other.put(Columns.JSON, element.toString());
          rows.get(Layout.OTHER_RECORDS).add(other);
        }
      } else if (!placeOrList(dataset, row, left, "", dataset.fields(), List.of(), null, List.of(), name, value)) {
        left.set(name, value);
      }
    }
    if (!left.isEmpty()) {
      row.put(Columns.JSON, left.toString());
    }
    rows.get(Layout.DATASET).add(row);
  }

  private Layout.@Nullable Sheet recordSheet(String name) {
    for (RecordType type : RecordType.values()) {
      if (type.getArrayName().equals(name)) {
        return layout.sheet(name);
      }
    }
    return null;
  }

  private void records(Layout.Sheet sheet, ArrayNode elements) {
    Map<String, Integer> ids = new HashMap<>();
    for (JsonNode element : elements) {
      JsonNode id = element.get(Columns.ID);
      if (id != null && id.isTextual()) {
        ids.merge(id.textValue(), 1, Integer::sum);
      }
    }
    for (JsonNode element : elements) {
      Map<String, Object> row = new HashMap<>();
      rows.get(sheet.name()).add(row);
      if (!element.isObject()) {
        row.put(Columns.JSON, element.toString());
        continue;
      }
      JsonNode id = element.get(Columns.ID);
      String linked = id != null && id.isTextual() && fits(id.textValue()) && ids.get(id.textValue()) == 1
          ? id.textValue() : null;
      ObjectNode left = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : element.properties()) {
        String name = member.getKey();
        JsonNode value = member.getValue();
        boolean placed;
        if (name.equals(Columns.TYPE)) {
          placed = value.isTextual() && fits(value.textValue());
          if (placed) {
            row.put(Columns.TYPE, value.textValue());
          }
        } else {
          placed = placeOrList(sheet, row, left, "", sheet.fields(), List.of(), linked, List.of(), name, value);
        }
        if (!placed) {
          left.set(name, value);
        }
      }
      if (!left.isEmpty()) {
        row.put(Columns.JSON, left.toString());
      }
    }
  }

  /**
   * Places member {@code name} of an object whose fields are {@code fields}: in {@code row} under
   * {@code prefix}, or, for a list with a sheet of its own, in rows of that sheet linked to record
   * {@code id} at {@code positions}; {@code false} when it has no place and goes to the JSON cell.
   */
  private boolean placeOrList(Layout.Sheet sheet, Map<String, Object> row, ObjectNode left, String prefix,
      List<Field> fields, List<Field> steps, @Nullable String id, List<Integer> positions, String name, JsonNode value) {
    Field field = field(fields, name);
    if (field == null) {
      return false;
    }
    List<Field> path = new ArrayList<>(steps);
    path.add(field);
    if (field.shape().isSheet()) {
      return id != null && list(sheet, path, field, id, positions, value);
    }
    if (field.shape() == Field.Shape.OBJECT) {
      if (!value.isObject() || value.isEmpty()) {
        return false;
      }
      ObjectNode inner = JsonNodeFactory.instance.objectNode();
      List<Field> innerFields = Field.of(field.type());
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        if (!placeOrList(sheet, row, inner, prefix + name + Columns.INTO, innerFields, path, id, positions,
            member.getKey(), member.getValue())) {
          inner.set(member.getKey(), member.getValue());
        }
      }
      if (!inner.isEmpty()) {
        left.set(name, inner);
      }
      return true;
    }
    return place(row, left, prefix, fields, name, value);
  }

  /** Rows of the sheet of the list at {@code path}, one per element; {@code false} if an element has no row. */
  private boolean list(Layout.Sheet recordSheet, List<Field> path, Field field, String id, List<Integer> positions,
      JsonNode value) {
    if (!value.isArray() || value.isEmpty()) {
      return false;
    }
    for (JsonNode element : value) {
      if (field.shape() == Field.Shape.TEXTS ? !isText(element) : !element.isObject()) {
        return false;
      }
    }
    Layout.Sheet sheet = childSheet(recordSheet, path);
    int position = 0;
    for (JsonNode element : value) {
      List<Integer> at = new ArrayList<>(positions);
      at.add(++position);
      Map<String, Object> row = new HashMap<>();
      row.put(Columns.ID, id);
      List<Field> lists = sheet.lists();
      for (int i = 0; i < lists.size(); i++) {
        row.put(lists.get(i).name() + Columns.POSITION, (long) at.get(i));
      }
      ObjectNode left = JsonNodeFactory.instance.objectNode();
      if (field.shape() == Field.Shape.TEXTS) {
        text(row, field.name(), element);
      } else {
        for (Map.Entry<String, JsonNode> member : element.properties()) {
          if (!placeOrList(recordSheet, row, left, "", sheet.fields(), path, id, at, member.getKey(),
              member.getValue())) {
            left.set(member.getKey(), member.getValue());
          }
        }
      }
      if (!left.isEmpty()) {
        row.put(Columns.JSON, left.toString());
      }
      rows.get(sheet.name()).add(row);
    }
    return true;
  }

  private Layout.Sheet childSheet(Layout.Sheet recordSheet, List<Field> path) {
    for (Layout.Sheet sheet : layout.sheets()) {
      if (sheet.recordType() == recordSheet.recordType() && sheet.steps().equals(path)) {
        return sheet;
      }
    }
    throw new IllegalStateException("no sheet for " + path);
  }

  /** Places a member that sits in the cells of its row; {@code false} when its value fits none. */
  private boolean place(Map<String, Object> row, ObjectNode left, String prefix, List<Field> fields, String name,
      JsonNode value) {
    Field field = field(fields, name);
    if (field == null) {
      return false;
    }
    String header = prefix + name;
    switch (field.shape()) {
      case STRING:
        if (!value.isTextual() || !fits(field.codes(), value.textValue())) {
          return false;
        }
        row.put(header, value.textValue());
        return true;
      case NUMBER:
        if (!isExact(value)) {
          return false;
        }
        row.put(header, value.longValue());
        return true;
      case TEXT:
        if (!isText(value)) {
          return false;
        }
        text(row, header, value);
        return true;
      case COUNT:
        return count(row, left, header, name, value);
      case STRINGS:
        if (!value.isArray() || value.isEmpty()) {
          return false;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : value) {
          if (!element.isTextual() || !fits(field.codes(), element.textValue())) {
            return false;
          }
          values.add(element.textValue());
        }
        row.put(header, Columns.join(values));
        return true;
      default:
        return false;
    }
  }

  /** A count: a bare number in its column, or its value, qualifier and date in theirs. */
  private boolean count(Map<String, Object> row, ObjectNode left, String header, String name, JsonNode value) {
    if (isExact(value)) {
      row.put(header, value.longValue());
      return true;
    }
    JsonNode number = value.get("value");
    if (!value.isObject() || number == null || !isExact(number)) {
      return false;
    }
    ObjectNode inner = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      JsonNode part = member.getValue();
      switch (member.getKey()) {
        case "value":
          row.put(header, part.longValue());
          break;
        case Columns.QUALIFIER:
        case Columns.AS_OF:
          if (part.isTextual() && fits(part.textValue())) {
            row.put(header + Columns.INTO + member.getKey(), part.textValue());
          } else {
            inner.set(member.getKey(), part);
          }
          break;
        default:
          inner.set(member.getKey(), part);
          break;
      }
    }
    if (!row.containsKey(header + Columns.INTO + Columns.QUALIFIER) && !row.containsKey(header + Columns.INTO + Columns.AS_OF)
        && inner.isEmpty()) {
      // {"value": 5} alone would come back as the bare 5: kept whole.
      row.remove(header);
      return false;
    }
    if (!inner.isEmpty()) {
      left.set(name, inner);
    }
    return true;
  }

  private void text(Map<String, Object> row, String header, JsonNode value) {
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      languages.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), entry.getKey());
      row.put(Columns.text(header, entry.getKey()), entry.getValue().textValue());
    }
  }

  /** Whether {@code value} is a text whose every entry has a column of its own, its tag as spelled. */
  private boolean isText(JsonNode value) {
    if (!value.isObject() || value.isEmpty()) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String tag = entry.getKey();
      String folded = tag.toLowerCase(Locale.ROOT);
      if (!TAG.matcher(tag).matches() || !entry.getValue().isTextual() || !fits(entry.getValue().textValue())
          || !seen.add(folded) || !tag.equals(languages.getOrDefault(folded, tag))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isExact(JsonNode value) {
    return value.isIntegralNumber() && value.canConvertToLong() && Math.abs(value.longValue()) <= MAX_EXACT;
  }

  private static @Nullable Field field(List<Field> fields, String name) {
    for (Field field : fields) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    return null;
  }

  /** Whether reading {@code text} from a cell of a code list's column gives {@code text}: not a label of another code. */
  private static boolean fits(@Nullable CodeList<?> codes, String text) {
    return fits(text) && (codes == null || codes.find(text).map(code -> code.getValue().equals(text)).orElse(true));
  }

  /**
   * Whether reading {@code text} from a cell gives {@code text}: not empty, not padded, with no
   * character a workbook cannot hold as it is (the controls but tab and line feed).
   */
  static boolean fits(String text) {
    if (text.isEmpty() || !text.equals(text.strip())) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c) && !validPair(text, i)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return true;
  }

  private static boolean validPair(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
  }

  private List<Table> tables() {
    List<String> tags = List.copyOf(languages.values());
    List<Table> tables = new ArrayList<>();
    for (Layout.Sheet sheet : layout.sheets()) {
      Table table = Table.of(sheet.name(), Columns.of(sheet, tags));
      Set<String> known = new HashSet<>(table.header());
      for (Map<String, Object> cells : rows.get(sheet.name())) {
        if (!known.containsAll(cells.keySet())) {
          throw new IllegalStateException("a cell without a column in " + sheet.name() + ": " + cells.keySet());
        }
        List<Object> row = new ArrayList<>(table.header().size());
        for (String header : table.header()) {
          row.add(cells.get(header));
        }
        table.rows().add(row);
      }
      tables.add(table);
    }
    return tables;
  }
}
