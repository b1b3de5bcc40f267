package org.cpx.json.internal;

import java.io.IOException;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.internal.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Reads one element of a record array or one stream line, whatever it holds (spec §1, §4): a
 * record of a known type, a record of a type this version does not know, or a value that is not a
 * record at all. Both document forms read their elements here, so that each gets the same findings
 * and is carried the same way.
 */
public final class Elements {
  /** The {@code type} of a stream's header line (spec §4). */
  public static final String HEADER = "header";

  private Elements() {}

  /**
   * Reads the element at the cursor as a record of {@code type}: the element of that type's array,
   * or a stream line whose {@code type} names it; {@code null} when it is unreadable (reported).
   */
  public static @Nullable CpxRecord typed(Cursor c, RecordType type) throws IOException {
    if (c.token() != Token.START_OBJECT) {
      notARecord(c);
      return null;
    }
    return ObjectCodec.record(c, type);
  }

  /**
   * Reads the element at the cursor as a record of no type this version knows: an element of {@code
   * otherRecords} ({@code inOtherRecords}) or a stream line whose {@code type} is absent or unknown.
   * Only its {@code type} and {@code id} are read; the rest is carried as read.
   */
  public static void untyped(Cursor c, boolean inOtherRecords) throws IOException {
    if (c.token() != Token.START_OBJECT) {
      notARecord(c);
      return;
    }
    int size = c.path().size();
    boolean typed = false;
    boolean identified = false;
    while (c.nextMember(size)) {
      switch (c.name()) {
        case "type":
          typed = !c.isNull();
          if (typed) {
            type(c, inOtherRecords);
          }
          break;
        case "id":
          identified = !c.isNull();
          Id id = c.id();
          if (id != null) {
            c.recordId(id);
          }
          break;
        default:
          c.skip();
          break;
      }
    }
    c.path().truncate(size);
    if (!typed) {
      c.reportAt(c.path().pointer("type"), FindingCode.JSON_MISSING,
          inOtherRecords ? "an element of otherRecords needs a \"type\"" : "a stream line needs a \"type\"");
    }
    if (!identified) {
      c.missing("id");
    }
  }

  /** Whether the text of a {@code type} member, cleaned by the text rules, names a stream's header. */
  public static boolean isHeader(String type) {
    return HEADER.equals(cleaned(type));
  }

  /**
   * The record type this version knows named by the text of a {@code type} member, cleaned by the
   * text rules; {@code null} for any other text.
   */
  public static @Nullable RecordType knownType(String text) {
    String type = cleaned(text);
    return type == null ? null : RecordType.fromCode(type).orElse(null);
  }

  /** {@code text} cleaned by the text rules (spec §1); {@code null} when that leaves it invalid. */
  public static @Nullable String cleaned(String text) {
    try {
      return TextRules.clean("type", text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Reads the {@code type}, not {@code null}, of a record of no known type. That this version does
   * not know the type is a rule of one record, left to the validator.
   */
  private static void type(Cursor c, boolean inOtherRecords) throws IOException {
    if (c.token() != Token.STRING) {
      c.wrongType("a string");
      return;
    }
    String type = c.text();
    if (type != null && inOtherRecords && RecordType.fromCode(type).isPresent()) {
      c.report(FindingCode.JSON_TYPE, "a record of a known type belongs in its array, not in otherRecords");
    }
  }

  /** Reports the value at the cursor, where a record should be, and reads past it whole. */
  private static void notARecord(Cursor c) throws IOException {
    Token token = c.token();
    if (token == Token.NULL) {
      c.report(FindingCode.JSON_TYPE, "a record cannot be null");
      return;
    }
    if (token == Token.STRING) {
      c.string();
    }
    c.source().finish();
    c.wrongType("a record, a JSON object");
  }
}
