package org.cpx.json;

import java.util.List;
import java.util.Optional;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.finding.Finding;
import org.jspecify.annotations.Nullable;

/**
 * One record as read from a stream line or a dataset document's array: the record, or the JSON of
 * a record that could not be read into the model or is of a type this version does not know, with
 * its findings. A stream line that is not JSON or breaks a limit has neither.
 */
public final class RecordEntry {
  private final long line;
  private final String pointer;
  private final @Nullable CpxRecord record;
  private final @Nullable String json;
  private final @Nullable RecordType type;
  private final List<Finding> findings;

  RecordEntry(long line, String pointer, @Nullable CpxRecord record, @Nullable String json, @Nullable RecordType type,
      List<Finding> findings) {
    this.line = line;
    this.pointer = pointer;
    this.record = record;
    this.json = json;
    this.type = type;
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
   * The record's compact JSON when it was not read into the model but can be carried: a record of a
   * known type with an error, or of a type this version does not know.
   */
  public Optional<String> getJson() {
    return Optional.ofNullable(json);
  }

  /** The record's type, when it is one this version knows. */
  public Optional<RecordType> getType() {
    return Optional.ofNullable(type);
  }

  /** The record's findings, by path. */
  public List<Finding> getFindings() {
    return findings;
  }
}
