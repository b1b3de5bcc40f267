package org.cpx.json;

import java.util.List;
import java.util.Optional;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.finding.Finding;
import org.jspecify.annotations.Nullable;

/**
 * One line of a record stream as read: a record, or the JSON of a record that could not be read
 * into the model or is of a type this version does not know, with the line's findings. A line that
 * is not JSON or breaks a limit has neither.
 */
public final class StreamEntry {
  private final long line;
  private final @Nullable CpxRecord record;
  private final @Nullable String json;
  private final @Nullable RecordType type;
  private final List<Finding> findings;

  StreamEntry(long line, @Nullable CpxRecord record, @Nullable String json, @Nullable RecordType type,
      List<Finding> findings) {
    this.line = line;
    this.record = record;
    this.json = json;
    this.type = type;
    this.findings = List.copyOf(findings);
  }

  /** The 1-based line number. */
  public long getLine() {
    return line;
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

  /** The line's findings, by path. */
  public List<Finding> getFindings() {
    return findings;
  }
}
