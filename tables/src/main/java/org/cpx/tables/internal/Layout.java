package org.cpx.tables.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpx.core.RecordType;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.ObjectType;
import org.jspecify.annotations.Nullable;

/**
 * The sheets of the tabular form ({@code docs/tables.md}), from the model's description: the
 * document's own members, a sheet per record type, a sheet per list of objects or texts under a
 * record, and the records of other types.
 */
public final class Layout {
  /** The longest name a sheet of a workbook may have. */
  static final int MAX_SHEET_NAME = 31;
  /** The sheet of the document's own members. */
  public static final String DATASET = "dataset";
  /** The sheet that tells a person how to fill the others, which reading passes over. */
  public static final String INSTRUCTIONS = "instructions";
  /** The sheet of the records of types this version does not know. */
  public static final String OTHER_RECORDS = "otherRecords";
  /** The document's own members, as fields. */
  static final List<Field> DOCUMENT = List.of(
      new Field("cpx", Field.Shape.STRING, null, null, null),
      new Field("publisher", Field.Shape.OBJECT, CpxModel.PUBLISHER, null, null),
      new Field("generatedAt", Field.Shape.STRING, null, null, null),
      new Field("license", Field.Shape.STRING, null, null, null),
      new Field("languages", Field.Shape.STRINGS, null, null, null));

  private static final Layout INSTANCE = new Layout();

  private final List<Sheet> sheets = new ArrayList<>();
  private final Map<String, Sheet> byName = new LinkedHashMap<>();

  /**
   * A sheet: where its rows sit in the document and the fields of each row's object.
   *
   * @param name the sheet's name
   * @param array the member of the document whose elements its rows are or hold
   * @param recordType the type of its records; {@code null} for the document and other records
   * @param steps the members from a record to the list whose elements are its rows; empty for a
   *     sheet of records
   * @param fields the fields of a row's object
   */
  public record Sheet(String name, String array, @Nullable RecordType recordType, List<Field> steps,
      List<Field> fields) {
    /** Whether its rows are elements of lists under records, linked to them by id and position. */
    public boolean isChild() {
      return !steps.isEmpty();
    }

    /** The lists on the way from a record to a row: one position column each. */
    public List<Field> lists() {
      return steps.stream().filter(step -> step.shape().isSheet()).toList();
    }
  }

  private Layout() {
    add(new Sheet(DATASET, "", null, List.of(), DOCUMENT));
    for (RecordType type : RecordType.values()) {
      ObjectType<?> record = CpxModel.record(type);
      add(new Sheet(type.getArrayName(), type.getArrayName(), type, List.of(), Field.of(record)));
    }
    for (RecordType type : RecordType.values()) {
      children(type, List.of(), Field.of(CpxModel.record(type)));
    }
    add(new Sheet(OTHER_RECORDS, OTHER_RECORDS, null, List.of(), List.of()));
  }

  /** The layout of CPX 1.0. */
  public static Layout standard() {
    return INSTANCE;
  }

  private void children(RecordType type, List<Field> steps, List<Field> fields) {
    for (Field field : fields) {
      List<Field> path = new ArrayList<>(steps);
      path.add(field);
      if (field.shape() == Field.Shape.OBJECT) {
        children(type, path, Field.of(field.type()));
      } else if (field.shape().isSheet()) {
        List<Field> rowFields = field.shape() == Field.Shape.OBJECTS
            ? Field.of(field.type())
            : List.of(new Field(field.name(), Field.Shape.TEXT, null, null, field.member()));
        add(new Sheet(childName(type, path), type.getArrayName(), type, List.copyOf(path), rowFields));
        if (field.shape() == Field.Shape.OBJECTS) {
          children(type, path, rowFields);
        }
      }
    }
  }

  /** {@code events.participants}; past the length a workbook allows, without the array's name. */
  private static String childName(RecordType type, List<Field> path) {
    StringBuilder name = new StringBuilder();
    for (Field step : path) {
      name.append('.').append(step.name());
    }
    String full = type.getArrayName() + name;
    return full.length() <= MAX_SHEET_NAME ? full : name.substring(1);
  }

  private void add(Sheet sheet) {
    if (sheet.name().length() > MAX_SHEET_NAME || byName.putIfAbsent(sheet.name(), sheet) != null) {
      throw new IllegalStateException("no sheet can be named " + sheet.name());
    }
    sheets.add(sheet);
  }

  /** Every sheet, in the order of a workbook: the document, the records, their lists, other records. */
  public List<Sheet> sheets() {
    return sheets;
  }

  /** The sheet named {@code name}, or {@code null}. */
  public @Nullable Sheet sheet(String name) {
    return byName.get(name);
  }
}
