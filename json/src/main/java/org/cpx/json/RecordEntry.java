package org.cpx.json;

import java.util.List;
import java.util.Optional;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.core.finding.Finding;
import org.jspecify.annotations.Nullable;

/**
 * One element as read from a dataset document's record array or a stream line, with its findings:
 * the record, or, kept as read, the JSON of an element that could not be read into the model — an
 * unreadable record, a record of a type this version does not know, a {@code null} or another value
 * that is not a record. An element that is not JSON or breaks a limit has neither.
 */
public final class RecordEntry {
  private final long line;
  private final String pointer;
  private final @Nullable CpxRecord record;
  private final @Nullable String json;
  private final @Nullable RecordType type;
  private final @Nullable Id id;
  private final List<Finding> findings;

  RecordEntry(long line, String pointer, @Nullable CpxRecord record, @Nullable String json, @Nullable RecordType type,
      @Nullable Id id, List<Finding> findings) {
    this.line = line;
    this.pointer = pointer;
    this.record = record;
    this.json = json;
    this.type = type;
    this.id = record != null ? record.getId() : json != null ? id : null;
    this.findings = List.copyOf(findings);
  }

  /** The 1-based line the record starts on. */
  public long getLine() {
    return line;
  }

  /**
   * The record's JSON Pointer in a dataset document, such as {@code /events/3}; empty for a stream
   * line, whose findings' paths start at the line.
   */
  public String getPointer() {
    return pointer;
  }

  /** The record, when it was read into the model. */
  public Optional<CpxRecord> getRecord() {
    return Optional.ofNullable(record);
  }

  /**
   * The element's compact JSON, as read, when it was not read into the model but is carried: a
   * record of a known type with an error, a record of a type this version does not know, or an
   * element that is not a record.
   */
  public Optional<String> getJson() {
    return Optional.ofNullable(json);
  }

  /**
   * The type of the array the element belongs to: in a dataset document the array it is in (empty
   * for {@code otherRecords}), on a stream line the record type its {@code type} names, when this
   * version knows it.
   */
  public Optional<RecordType> getType() {
    return Optional.ofNullable(type);
  }

  /**
   * The element's id when it is a record — readable or kept as read — with a valid {@code id}: the
   * id by which the rules across records know it. Empty for an element that broke a limit.
   */
  public Optional<Id> getId() {
    return Optional.ofNullable(id);
  }

  /** The record's findings, by path. */
  public List<Finding> getFindings() {
    return findings;
  }
}
