package org.cpx.tables.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpx.core.Code;
import org.cpx.core.RecordType;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Member;
import org.cpx.tables.CellFinding;
import org.jspecify.annotations.Nullable;

/**
 * Reads tables back into the dataset document they lay out ({@code docs/tables.md}): sheets,
 * columns and rows in any order, headers as written, labels in place of codes, whole numbers as
 * a spreadsheet keeps them; and notes the cell of every value, so that a finding on the document
 * is reported at its cell.
 */
public final class Unflattener {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The value of a contact point, a number that a spreadsheet keeps as a number drops its leading 0 of. */
  private static final Member<?, ?> CONTACT_VALUE = CpxModel.CONTACT_POINT.member("value").orElseThrow();
  private static final Pattern TEXT_HEADER = Pattern.compile("(.+) \\(([A-Za-z0-9-]+)\\)");
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

  private final Layout layout = Layout.standard();
  private final ObjectNode document = NODES.objectNode();
  private final Map<String, ArrayNode> arrays = new LinkedHashMap<>();
  /** By record array, by id: the index of the record with that id; -1 for an id two records have. */
  private final Map<String, Map<String, Integer>> ids = new HashMap<>();
  private final Cells cells = new Cells();
  private final List<CellFinding> findings = new ArrayList<>();
  /** By list read from a sheet: the index of the row of each position, for the sheets of lists in it. */
  private final Map<ArrayNode, Map<Integer, Integer>> placed = new IdentityHashMap<>();

  /**
   * What the tables read to.
   *
   * @param document the dataset document
   * @param cells the cell of each value of it
   * @param findings what made a cell unreadable, each at its cell
   */
  public record Result(ObjectNode document, Cells cells, List<CellFinding> findings) {}

  /** A column read from its header: where its cells' values go in a row's object. */
  private record Column(int index, String header, List<String> path, @Nullable Field field, @Nullable String tag,
      Part part) {}

  private enum Part { VALUE, TEXT, COUNT_PART, ID, POSITION, TYPE, JSON, UNKNOWN }

  private Unflattener() {}

  /** The document {@code tables} lay out. */
  public static Result document(List<Table> tables) {
    Unflattener reader = new Unflattener();
    Map<String, Table> byName = new HashMap<>();
    for (Table table : tables) {
      String name = Headers.sheetName(table.name());
      if (name.equals(Layout.INSTRUCTIONS)) {
        continue;
      }
      if (reader.layout.sheet(name) == null) {
        reader.report(FindingCode.MEMBER_UNKNOWN, "", "the sheet " + table.name() + " is not one of CPX's; it was not read",
            table.name() + "!A1");
      } else if (byName.putIfAbsent(name, table) != null) {
        reader.report(FindingCode.MEMBER_UNKNOWN, "", "the sheet " + table.name() + " is a second sheet of " + name
            + " beside " + byName.get(name).name() + "; it was not read", table.name() + "!A1");
      }
    }
    for (Layout.Sheet sheet : reader.layout.sheets()) {
      Table table = byName.get(sheet.name());
      if (table != null) {
        reader.sheet(sheet, table);
      }
    }
    return reader.result();
  }

  private Result result() {
    ObjectNode out = NODES.objectNode();
    JsonNode version = document.get("cpx");
    if (version != null) {
      out.set("cpx", version);
    }
    out.setAll(document);
    for (RecordType type : RecordType.values()) {
      ArrayNode array = arrays.get(type.getArrayName());
      if (array != null && !array.isEmpty()) {
        out.set(type.getArrayName(), array);
      }
    }
    ArrayNode other = arrays.get(Layout.OTHER_RECORDS);
    if (other != null && !other.isEmpty()) {
      out.set(Layout.OTHER_RECORDS, other);
    }
    return new Result(out, cells, List.copyOf(findings));
  }

  private void sheet(Layout.Sheet sheet, Table table) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      String header = table.header().get(i);
      if (header != null && !header.isBlank()) {
        columns.add(column(sheet, i, Headers.formatHeader(header.strip().replaceAll("\\s+", " "))));
      }
    }
    unnamed(table, columns);
    if (sheet.name().equals(Layout.DATASET)) {
      for (int r = 0; r < table.rows().size(); r++) {
        ObjectNode row = row(sheet, table, columns, r, "");
        if (row != null) {
          document.setAll(row);
          break;
        }
      }
    } else if (!sheet.isChild()) {
      ArrayNode array = arrays.computeIfAbsent(sheet.array(), name -> NODES.arrayNode());
      Map<String, Integer> byId = ids.computeIfAbsent(sheet.array(), name -> new HashMap<>());
      for (int r = 0; r < table.rows().size(); r++) {
        String pointer = "/" + sheet.array() + "/" + array.size();
        JsonNode element = element(sheet, table, columns, r, pointer);
        if (element != null) {
          JsonNode id = element.get(Columns.ID);
          if (id != null && id.isTextual()) {
            byId.merge(id.textValue(), array.size(), (a, b) -> -1);
          }
          array.add(element);
        }
      }
    } else {
      children(sheet, table, columns);
    }
  }

  /** Reports every value in a column without a header, which no member holds. */
  private void unnamed(Table table, List<Column> columns) {
    Set<Integer> named = new HashSet<>();
    columns.forEach(column -> named.add(column.index()));
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        if (!named.contains(c) && text(row.get(c)) != null) {
          report(FindingCode.MEMBER_UNKNOWN, "", "a value in a column without a header is not read: give the column"
              + " the name of a member, or move the value", table.name() + "!" + Cells.a1(c, r));
        }
      }
    }
  }

  /** The rows of a list's sheet, put into their records' lists in the order of their positions. */
  private void children(Layout.Sheet sheet, Table table, List<Column> columns) {
    Column id = null;
    List<Column> positions = new ArrayList<>();
    for (Column column : columns) {
      if (column.part() == Part.ID) {
        id = column;
      } else if (column.part() == Part.POSITION) {
        positions.add(column);
      }
    }
    List<Field> lists = sheet.lists();
    List<int[]> order = new ArrayList<>();
    List<Object[]> targets = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> cells = table.rows().get(r);
      if (isEmpty(cells, columns)) {
        continue;
      }
      String where = table.name() + "!" + Cells.a1(0, r);
      String record = id == null ? null : text(cell(cells, id.index()));
      Integer index = record == null ? null : ids.getOrDefault(sheet.array(), Map.of()).get(record);
      if (index == null || index < 0) {
        report(FindingCode.REFERENCE_UNRESOLVED, "",
            record == null ? "a row of " + table.name() + " names no record in its id column"
                : index == null ? "no record of " + sheet.array() + " has the id " + record
                : "two records of " + sheet.array() + " have the id " + record,
            id == null ? where : table.name() + "!" + Cells.a1(id.index(), r));
        continue;
      }
      int[] at = new int[lists.size()];
      for (int i = 0; i < lists.size(); i++) {
        at[i] = Integer.MAX_VALUE;
        for (Column position : positions) {
          if (position.header().equals(lists.get(i).name() + Columns.POSITION)) {
            String value = text(cell(cells, position.index()));
            at[i] = value != null && WHOLE.matcher(value).matches() && value.length() < 10
                ? Integer.parseInt(value) : Integer.MAX_VALUE;
          }
        }
      }
      order.add(new int[] {index, r});
      targets.add(new Object[] {at});
    }
    // Rows of one list come in the order of their positions, then of the sheet.
    List<Integer> sorted = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      sorted.add(i);
    }
    Comparator<Integer> byPlace = Comparator.comparingInt(i -> order.get(i)[0]);
    for (int level = 0; level < lists.size(); level++) {
      int l = level;
      byPlace = byPlace.thenComparingInt(i -> ((int[]) targets.get(i)[0])[l]);
    }
    sorted.sort(byPlace.thenComparingInt(i -> order.get(i)[1]));
    for (int i : sorted) {
      int record = order.get(i)[0];
      int r = order.get(i)[1];
      int[] at = (int[]) targets.get(i)[0];
      place(sheet, table, columns, record, at, r);
    }
  }

  /** Puts row {@code r} of a list's sheet into the list of record {@code record} it belongs to. */
  private void place(Layout.Sheet sheet, Table table, List<Column> columns, int record, int[] at, int r) {
    JsonNode node = arrays.get(sheet.array()).get(record);
    if (!(node instanceof ObjectNode)) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    StringBuilder pointer = new StringBuilder("/" + sheet.array() + "/" + record);
    int level = 0;
    List<Field> steps = sheet.steps();
    for (int s = 0; s < steps.size(); s++) {
      Field step = steps.get(s);
      pointer.append('/').append(Cells.escape(step.name()));
      boolean last = s == steps.size() - 1;
      if (step.shape() == Field.Shape.OBJECT) {
        object = child(object, step.name());
        continue;
      }
      JsonNode list = object.get(step.name());
      ArrayNode array = list instanceof ArrayNode ? (ArrayNode) list : object.putArray(step.name());
      if (last) {
        if (at[level] != Integer.MAX_VALUE) {
          placed.computeIfAbsent(array, a -> new HashMap<>()).putIfAbsent(at[level], array.size());
        }
        pointer.append('/').append(array.size());
        JsonNode element = step.shape() == Field.Shape.TEXTS
            ? text(table, columns, r, pointer.toString())
            : row(sheet, table, columns, r, pointer.toString());
        array.add(element == null ? NODES.objectNode() : element);
        return;
      }
      Integer index = placed.getOrDefault(array, Map.of()).get(at[level++]);
      if (index == null || !array.get(index).isObject()) {
        report(FindingCode.REFERENCE_UNRESOLVED, "", "no row of the sheet of " + step.name()
            + " has this position for this record", table.name() + "!" + Cells.a1(0, r));
        return;
      }
      pointer.append('/').append(index);
      object = (ObjectNode) array.get(index);
    }
  }

  private static ObjectNode child(ObjectNode object, String name) {
    JsonNode child = object.get(name);
    return child instanceof ObjectNode ? (ObjectNode) child : object.putObject(name);
  }

  /** The element of a record's sheet at row {@code r}: an object from its cells, or what its JSON cell holds. */
  private @Nullable JsonNode element(Layout.Sheet sheet, Table table, List<Column> columns, int r, String pointer) {
    List<Object> row = table.rows().get(r);
    if (isEmpty(row, columns)) {
      return null;
    }
    Column json = null;
    boolean others = false;
    for (Column column : columns) {
      if (column.part() == Part.JSON) {
        json = column;
      } else if (text(cell(row, column.index())) != null) {
        others = true;
      }
    }
    if (json != null && !others) {
      JsonNode whole = json(table, json, r, pointer);
      if (whole != null && !whole.isObject()) {
        cells.put(pointer, table.name(), json.index(), r);
        return whole;
      }
    }
    return row(sheet, table, columns, r, pointer);
  }

  /** The object of row {@code r} from its cells and its JSON cell; {@code null} for an empty row. */
  private @Nullable ObjectNode row(Layout.Sheet sheet, Table table, List<Column> columns, int r, String pointer) {
    List<Object> row = table.rows().get(r);
    if (isEmpty(row, columns)) {
      return null;
    }
    ObjectNode object = NODES.objectNode();
    cells.put(pointer, table.name(), 0, r);
    for (Column column : columns) {
      if (column.part() == Part.TYPE) {
        String type = text(cell(row, column.index()));
        if (type != null) {
          object.put(Columns.TYPE, type);
          cells.put(pointer + "/type", table.name(), column.index(), r);
        }
      }
    }
    ObjectNode extra = null;
    for (Column column : columns) {
      Object value = cell(row, column.index());
      if (column.part() == Part.JSON) {
        JsonNode node = json(table, column, r, pointer);
        if (node instanceof ObjectNode) {
          extra = (ObjectNode) node;
        } else if (node != null) {
          report(FindingCode.JSON_SYNTAX, pointer,
              "the (json) cell of a row with other cells holds an object of members", cellName(table, column, r));
        }
        continue;
      }
      String text = text(value);
      if (text == null || column.part() == Part.TYPE || column.part() == Part.ID && sheet.isChild()
          || column.part() == Part.POSITION) {
        continue;
      }
      ObjectNode target = object;
      StringBuilder at = new StringBuilder(pointer);
      List<String> path = column.path();
      for (int i = 0; i < path.size() - 1; i++) {
        target = child(target, path.get(i));
        at.append('/').append(Cells.escape(path.get(i)));
      }
      String name = path.get(path.size() - 1);
      at.append('/').append(Cells.escape(name));
      set(target, name, column, value, text);
      if (value instanceof Long && column.field() != null && column.field().member() == CONTACT_VALUE) {
        report(FindingCode.CONTACT_UNVERIFIED, at.toString(), "the spreadsheet keeps " + text + " as a number, which"
            + " loses a leading 0: check it, and type it as text ('0" + text + ") if it starts with 0",
            cellName(table, column, r));
      }
      cells.put(column.part() == Part.TEXT ? at + "/" + Cells.escape(column.tag()) : at.toString(),
          table.name(), column.index(), r);
    }
    if (extra != null) {
      merge(object, extra);
    }
    return object;
  }

  /** A text in several languages from the language columns of row {@code r} of a list of texts. */
  private @Nullable JsonNode text(Table table, List<Column> columns, int r, String pointer) {
    ObjectNode text = NODES.objectNode();
    List<Object> row = table.rows().get(r);
    cells.put(pointer, table.name(), 0, r);
    for (Column column : columns) {
      String value = text(cell(row, column.index()));
      if (column.part() == Part.TEXT && value != null) {
        text.put(column.tag(), value);
        cells.put(pointer + "/" + Cells.escape(column.tag()), table.name(), column.index(), r);
      }
    }
    return text;
  }

  private void set(ObjectNode target, String name, Column column, Object value, String text) {
    Field field = column.field();
    switch (column.part()) {
      case TEXT:
        child(target, name).put(column.tag(), text);
        return;
      case COUNT_PART:
        JsonNode count = target.get(name);
        ObjectNode object;
        if (count instanceof ObjectNode) {
          object = (ObjectNode) count;
        } else {
          object = target.putObject(name);
          if (count != null) {
            object.set("value", count);
          }
        }
        object.put(column.tag(), column.tag().equals(Columns.QUALIFIER) ? code(field, text) : text);
        return;
      case UNKNOWN:
        target.put(name, text);
        return;
      default:
        break;
    }
    switch (field.shape()) {
      case NUMBER:
      case COUNT:
        JsonNode number = number(value, text);
        JsonNode existing = target.get(name);
        if (field.shape() == Field.Shape.COUNT && existing instanceof ObjectNode) {
          ObjectNode parts = NODES.objectNode();
          parts.set("value", number);
          parts.setAll((ObjectNode) existing);
          target.set(name, parts);
        } else {
          target.set(name, number);
        }
        return;
      case STRINGS:
        ArrayNode values = target.putArray(name);
        for (String item : Columns.split(text)) {
          values.add(code(field, item));
        }
        return;
      default:
        target.put(name, code(field, text));
    }
  }

  /** A number from a cell: a whole number as one, anything else as the text it is, for the reader to report. */
  private static JsonNode number(Object value, String text) {
    if (value instanceof Long) {
      return NODES.numberNode((Long) value);
    }
    if (WHOLE.matcher(text).matches()) {
      return NODES.numberNode(new BigInteger(text));
    }
    return NODES.textNode(text);
  }

  /** The code a label names, in a code list's column; the text as it is elsewhere. */
  private static String code(@Nullable Field field, String text) {
    if (field == null || field.codes() == null) {
      return text;
    }
    return field.codes().find(text).map(Code::getValue).orElse(text);
  }

  private @Nullable JsonNode json(Table table, Column column, int r, String pointer) {
    String text = text(cell(table.rows().get(r), column.index()));
    if (text == null) {
      return null;
    }
    try {
      return Trees.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      report(FindingCode.JSON_SYNTAX, pointer, "the (json) cell does not hold JSON: " + e.getOriginalMessage(),
          cellName(table, column, r));
      return null;
    }
  }

  /** A finding of the cells themselves, at {@code cell} and at {@code path} in the document when they have one. */
  private void report(FindingCode code, String path, String message, String cell) {
    findings.add(new CellFinding(Finding.of(code, path, message), Optional.of(cell)));
  }

  private static String cellName(Table table, Column column, int r) {
    return table.name() + "!" + Cells.a1(column.index(), r);
  }

  /** Adds the members of {@code extra} to {@code target}, into the objects both have. */
  private static void merge(ObjectNode target, ObjectNode extra) {
    for (Map.Entry<String, JsonNode> member : extra.properties()) {
      JsonNode existing = target.get(member.getKey());
      if (existing instanceof ObjectNode && member.getValue() instanceof ObjectNode) {
        merge((ObjectNode) existing, (ObjectNode) member.getValue());
      } else if (existing == null) {
        target.set(member.getKey(), member.getValue());
      }
    }
  }

  /** The column a header names in {@code sheet}. */
  private Column column(Layout.Sheet sheet, int index, String header) {
    if (header.equals(Columns.JSON)) {
      return new Column(index, header, List.of(), null, null, Part.JSON);
    }
    if (sheet.isChild()) {
      if (header.equals(Columns.ID)) {
        return new Column(index, header, List.of(), null, null, Part.ID);
      }
      for (Field list : sheet.lists()) {
        if (header.equals(list.name() + Columns.POSITION)) {
          return new Column(index, header, List.of(), null, null, Part.POSITION);
        }
      }
    } else if (header.equals(Columns.TYPE) && sheet.recordType() != null) {
      return new Column(index, header, List.of(), null, null, Part.TYPE);
    }
    String tag = null;
    String name = header;
    Matcher text = TEXT_HEADER.matcher(header);
    if (text.matches()) {
      name = text.group(1);
      tag = text.group(2);
    }
    List<String> path = List.of(name.split(Columns.INTO, -1));
    List<Field> fields = sheet.fields();
    for (int i = 0; i < path.size(); i++) {
      Field field = find(fields, path.get(i));
      if (field == null) {
        break;
      }
      boolean last = i == path.size() - 1;
      if (last && tag != null && field.shape() == Field.Shape.TEXT) {
        return new Column(index, header, path, field, tag, Part.TEXT);
      }
      if (last && tag == null && field.shape() != Field.Shape.TEXT && field.shape() != Field.Shape.OBJECT
          && !field.shape().isSheet()) {
        return new Column(index, header, path, field, null, Part.VALUE);
      }
      if (field.shape() == Field.Shape.COUNT && i == path.size() - 2 && tag == null
          && (path.get(i + 1).equals(Columns.QUALIFIER) || path.get(i + 1).equals(Columns.AS_OF))) {
        return new Column(index, header, path.subList(0, i + 1), countPart(field, path.get(i + 1)), path.get(i + 1),
            Part.COUNT_PART);
      }
      if (field.shape() != Field.Shape.OBJECT) {
        break;
      }
      fields = Field.of(field.type());
    }
    // A column of the reader's own: its cells are members of that name, for the reader to report.
    return new Column(index, header, List.of(header), null, null, Part.UNKNOWN);
  }

  private static Field countPart(Field count, String part) {
    return find(Field.of(count.type()), part);
  }

  private static @Nullable Field find(List<Field> fields, String name) {
    for (Field field : fields) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    return null;
  }

  private static @Nullable Object cell(List<Object> row, int index) {
    return index < row.size() ? row.get(index) : null;
  }

  /** A cell's value as text, trimmed; {@code null} for an empty cell. */
  private static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** Whether row {@code row} has no value under any of {@code columns}. */
  private static boolean isEmpty(List<Object> row, List<Column> columns) {
    for (Column column : columns) {
      if (text(cell(row, column.index())) != null) {
        return false;
      }
    }
    return true;
  }
}
