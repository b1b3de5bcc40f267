package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The limits and options of a reader and writer, and the Jackson factory configured with them.
 *
 * @param maxDepth nesting depth of a record, counted from the record
 * @param maxStringLength bytes of UTF-8 in a string's decoded value
 * @param maxNameLength code points in a member name
 * @param maxNumberLength digits in a number
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

  /** The limits of spec §6, writing datasets compact. */
  public static final Settings STANDARD = new Settings(64, 1 << 20, 256, 64, 8 << 20, 10_000, 100_000, false);

  /** The levels a dataset document adds above its records: the root object and an array. */
  public static final int DOCUMENT_LEVELS = 2;

  /**
   * The nesting depth at which a document cannot be read on: the bound of the parser itself, well
   * above a record's limit, which {@link #limited(TokenSource)} enforces and reading goes on after.
   */
  public static final int MAX_DOCUMENT_DEPTH = 1000;

  /**
   * A factory whose parsers stop only where a document cannot be followed further: nesting
   * beyond {@link #MAX_DOCUMENT_DEPTH}, a string longer than a record may be, a member name of more
   * UTF-8 bytes than its limit of code points can take, a number of more than 1,000 characters.
   */
  public JsonFactory factory() {
    return JsonSupport.factory(
        Math.max(MAX_DOCUMENT_DEPTH, maxDepth + DOCUMENT_LEVELS + 1),
        Math.max(maxStringLength, maxRecordBytes),
        4 * maxNameLength + 64,
        Math.max(1000, maxNumberLength * 2));
  }

  /** {@code source}, enforcing the limits of a record on every token (spec §6). */
  public LimitedSource limited(TokenSource source) {
    return source instanceof LimitedSource ? (LimitedSource) source : new LimitedSource(source, this);
  }

  /** The tokens of {@code parser}, enforcing the limits of a record on every token (spec §6). */
  public LimitedSource limited(JsonParser parser) throws IOException {
    return limited(new Jackson2Source(parser));
  }
}
