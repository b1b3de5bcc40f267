package org.cpx.tables.internal;

import java.util.ArrayList;
import java.util.List;
import org.cpx.core.model.CodeList;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;
import org.jspecify.annotations.Nullable;

/**
 * A member as it sits in a table, from its kind and cardinality in the model's description: in one
 * cell, in a cell per language, flattened into the columns of its object, or in a sheet of its own.
 *
 * @param name the member's wire name
 * @param shape how its value is laid out
 * @param type the object type of an {@link Shape#OBJECT} or {@link Shape#OBJECTS} member
 * @param codes the code list of a code member, whose labels are read in place of codes
 * @param member the member of the model's description; {@code null} for the document's own members
 */
public record Field(String name, Shape shape, @Nullable ObjectType<?> type, @Nullable CodeList<?> codes,
    @Nullable Member<?, ?> member) {
  /** How a member's value is laid out. */
  public enum Shape {
    /** A string in one cell. */
    STRING,
    /** A whole number in one cell. */
    NUMBER,
    /** A text in several languages: a cell per language, {@code title (vi)}. */
    TEXT,
    /** A count: its value, {@code : qualifier} and {@code : asOf} columns. */
    COUNT,
    /** An object: its members flattened into columns, {@code location: country}. */
    OBJECT,
    /** A list of strings in one cell, separated by {@code ;}. */
    STRINGS,
    /** A list of texts in several languages: a sheet of its own, a row per text. */
    TEXTS,
    /** A list of objects: a sheet of its own, a row per object. */
    OBJECTS;

    /** Whether the member has a sheet of its own. */
    public boolean isSheet() {
      return this == TEXTS || this == OBJECTS;
    }
  }

  /** The fields of {@code type}, in the order of the format. */
  public static List<Field> of(ObjectType<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Member<?, ?> member : type.members()) {
      fields.add(of(member));
    }
    return List.copyOf(fields);
  }

  private static Field of(Member<?, ?> member) {
    Kind<?> kind = member.kind();
    boolean list = member.cardinality() == Member.Cardinality.LIST;
    CodeList<?> codes = CodeList.of(kind).orElse(null);
    switch (kind.form()) {
      case LOCALIZED_TEXT:
        return new Field(member.name(), list ? Shape.TEXTS : Shape.TEXT, null, null, member);
      case NATURAL_NUMBER:
        return new Field(member.name(), Shape.NUMBER, null, null, member);
      case COUNT:
        return new Field(member.name(), Shape.COUNT, kind.objectType().orElseThrow(), null, member);
      case OBJECT:
        return new Field(member.name(), list ? Shape.OBJECTS : Shape.OBJECT, kind.objectType().orElseThrow(), null,
            member);
      default:
        return new Field(member.name(), list ? Shape.STRINGS : Shape.STRING, null, codes, member);
    }
  }
}
