package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The limits and options of a reader and writer, and the Jackson factory configured with them.
 *
 * @param maxDepth nesting depth of a record, counted from the record
 * @param maxStringLength characters in a string
 * @param maxNameLength characters in a member name
 * @param maxNumberLength characters in a number
 * @param maxRecordBytes bytes in a record or stream line
 * @param maxUnknownMembers unknown members in a record
 * @param maxFindings findings kept for one document before the rest are counted only
 * @param indent whether datasets are written indented by two spaces
 */
public record Settings(
    int maxDepth,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength,
    int maxRecordBytes,
    int maxUnknownMembers,
    int maxFindings,
    boolean indent) {

  /** The levels a dataset document adds above its records: the root object and an array. */
  public static final int DOCUMENT_LEVELS = 2;

  /** A factory enforcing these limits; one more level than a record may have lets the reader say where. */
  public JsonFactory factory() {
    return JsonSupport.factory(
        maxDepth + DOCUMENT_LEVELS + 1, maxStringLength, maxNameLength, maxNumberLength);
  }
}
