package org.cpx.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.internal.Cursor;
import org.cpx.json.internal.Elements;
import org.cpx.json.internal.FatalFinding;
import org.cpx.json.internal.JsonSupport;
import org.cpx.json.internal.Settings;
import org.cpx.json.internal.SourceException;
import org.cpx.json.internal.TokenSource;
import org.cpx.json.internal.Utf8;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record stream (NDJSON, spec §4) line by line in constant memory: the optional header
 * first, then one {@link RecordEntry} per non-blank line. A broken line is reported with its
 * number and reading goes on with the next. Not thread-safe; close it to close the input.
 */
public final class RecordStreamReader implements RecordReader {
  private final InputStream in;
  private final Settings settings;
  private final JsonFactory factory;
  private final LineSource lines;
  private final Cursor cursor;
  private final List<Finding> headerFindings = new ArrayList<>();
  private @Nullable Dataset header;
  private boolean started;
  private @Nullable RecordEntry pending;
  private boolean otherMajor;
  private long headerLine;
  private long records;

  RecordStreamReader(InputStream in, Settings settings, JsonFactory factory) {
    this.in = in;
    this.settings = settings;
    this.factory = factory;
    this.lines = new LineSource(in, settings.maxRecordBytes());
    this.cursor = new Cursor(null, settings);
  }

  /**
   * The stream's document members ({@code cpx}, {@code publisher}, …) from its header line, or
   * the defaults when it has none; reads the first line if needed.
   */
  @Override
  public Dataset header() {
    start();
    return header == null ? Dataset.builder().build() : header;
  }

  /** The header line's findings, such as a missing or malformed format version. */
  @Override
  public List<Finding> headerFindings() {
    start();
    return headerFindings;
  }

  /** The line of the stream's header, 0 when it has none; reads the first line if needed. */
  public long headerLine() {
    start();
    return headerLine;
  }

  @Override
  public List<String> languages() {
    start();
    return header == null ? List.of() : header.getLanguages();
  }

  @Override
  public boolean isOtherMajorVersion() {
    start();
    return otherMajor;
  }

  /** A stream goes on after a broken line: never broken. */
  @Override
  public boolean isBroken() {
    return false;
  }

  /** The number of records read so far, readable or not, header excluded. */
  @Override
  public long records() {
    return records;
  }

  @Override
  public boolean hasNext() {
    start();
    if (otherMajor) {
      return false;
    }
    if (pending == null) {
      pending = read(false);
    }
    return pending != null;
  }

  @Override
  public RecordEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RecordEntry entry = pending;
    pending = null;
    return entry;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void start() {
    if (!started) {
      started = true;
      pending = read(true);
    }
  }

  /** Reads the next entry; on the first non-blank line, a header is read as the header instead. */
  private @Nullable RecordEntry read(boolean first) {
    try {
      boolean headerAllowed = first;
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        RecordEntry entry = line(headerAllowed);
        headerAllowed = false;
        if (entry != null) {
          return entry;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the current line: an entry, or {@code null} when it was the header. */
  private @Nullable RecordEntry line(boolean headerAllowed) throws IOException {
    long number = lines.number();
    if (lines.isTooLong()) {
      records++;
      return failed(number, Finding.builder().code(FindingCode.JSON_LIMIT).path("").line(number)
          .message("the line is longer than the limit of the reader").build());
    }
    return value(lines.bytes(), lines.length(), number, headerAllowed);
  }

  /** Reads {@code json}, one JSON value spanning any number of lines, as one record (see {@link CpxJson#readRecord}). */
  static RecordEntry single(byte[] json, Settings settings, JsonFactory factory) {
    try (RecordStreamReader reader = new RecordStreamReader(InputStream.nullInputStream(), settings, factory)) {
      RecordEntry entry = reader.value(json, json.length, 0, false);
      return entry == null ? failed(0, Finding.of(FindingCode.STREAM_HEADER, "", "a header is not a record")) : entry;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the JSON value of a line, {@code number} (0 for a value that is not a stream line): an
   * entry, or {@code null} when it was the header.
   */
  private @Nullable RecordEntry value(byte[] bytes, int length, long number, boolean headerAllowed) throws IOException {
    records++;
    int invalid = Utf8.firstInvalid(bytes, 0, length);
    if (invalid >= 0) {
      return failed(number, syntax(number, Utf8.column(bytes, 0, invalid), "the line is not well-formed UTF-8 JSON text"));
    }
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return failed(number, syntax(number, 1, "a byte order mark is allowed only at the start of the stream"));
    }
    try {
      String type = typeOf(bytes, length);
      if (type != null && Elements.isHeader(type)) {
        records--;
        if (headerAllowed) {
          readHeader(bytes, length, number);
          headerLine = number;
          return null;
        }
        Finding misplaced = Finding.of(FindingCode.STREAM_HEADER, "", "a header is allowed only on the first line");
        return new RecordEntry(number, "", null, canonical(bytes, length), null, null,
            List.of(number > 0 ? misplaced.withLine(number) : misplaced));
      }
      return record(bytes, length, number, type == null ? null : Elements.knownType(type));
    } catch (FatalFinding e) {
      return failed(number, e.finding());
    } catch (SourceException e) {
      return failed(number, e.isLimit() ? limit(number, e.pointer())
          : syntax(number, e.column(), "the line is not JSON, or has a duplicate member"));
    } catch (StreamConstraintsException e) {
      return failed(number, limit(number, JsonSupport.pointerOf(e, cursor.source())));
    } catch (JsonProcessingException e) {
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      return failed(number, syntax(number, column, "the line is not JSON, or has a duplicate member"));
    }
  }

  private RecordEntry record(byte[] bytes, int length, long number, @Nullable RecordType known) throws IOException {
    try (TokenSource source = settings.limited(factory.createParser(bytes, 0, length))) {
      source.next();
      cursor.path().truncate(0);
      cursor.startRecord(source, number);
      CpxRecord record = null;
      try {
        if (known == null) {
          Elements.untyped(cursor, false);
        } else {
          record = Elements.typed(cursor, known);
        }
        checkEnd(source);
      } catch (FatalFinding e) {
        if (e.finding().getCode() != FindingCode.JSON_LIMIT) {
          throw e;
        }
        cursor.limitBroken(e.finding());
      }
      List<Finding> findings = cursor.recordFindings();
      Id id = cursor.currentRecordId();
      if (record != null && !cursor.isUnreadable()) {
        return new RecordEntry(number, "", record, null, known, id, findings);
      }
      String json = cursor.isLimitBroken() ? null : canonical(bytes, length);
      return new RecordEntry(number, "", null, json, known, id, findings);
    } finally {
      cursor.endRecord();
    }
  }

  private void readHeader(byte[] bytes, int length, long number) throws IOException {
    Dataset.Builder builder = Dataset.builder();
    DocumentMembers members = new DocumentMembers(builder);
    try (TokenSource source = settings.limited(factory.createParser(bytes, 0, length))) {
      source.next();
      cursor.path().truncate(0);
      cursor.startRecord(source, number);
      while (cursor.nextMember(0)) {
        String name = cursor.name();
        // Nothing is read after another major version, as in a document (spec §4).
        if (name.equals("type") || members.isOtherMajor()) {
          cursor.skip();
        } else if (!members.read(cursor, name, (start, end) -> canonical(bytes, (int) start, (int) (end - start)))) {
          builder.putAllUnknownMembers(cursor.unknown(null));
        }
      }
      checkEnd(source);
      cursor.path().truncate(0);
      members.finish(cursor);
      headerFindings.addAll(cursor.recordFindings());
      otherMajor = members.isOtherMajor();
      header = builder.build();
    } finally {
      cursor.endRecord();
    }
  }

  /** Checks that nothing follows the line's value on the line (spec §4). */
  private void checkEnd(TokenSource source) throws IOException {
    if (source.next() != null) {
      throw cursor.fatal(FindingCode.JSON_SYNTAX, "a line holds one JSON value; there is more after it");
    }
  }

  /**
   * The text of the line's top-level {@code type} member as written, when it is a string; {@code
   * null} otherwise, and for a line that is not an object or not JSON, which the full read reports.
   */
  private @Nullable String typeOf(byte[] bytes, int length) throws IOException {
    String written = typeAsWritten(bytes, length);
    if (written != null) {
      return written;
    }
    try (JsonParser parser = factory.createParser(bytes, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("type")) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static final byte[] TYPE_FIRST = "{\"type\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * The type of a line that starts as CPX writes it, {@code {"type":"…"}, with a plain ASCII
   * value; {@code null} for any other line, which is then parsed to find its type.
   */
  private static @Nullable String typeAsWritten(byte[] bytes, int length) {
    if (length < TYPE_FIRST.length || !java.util.Arrays.equals(bytes, 0, TYPE_FIRST.length, TYPE_FIRST, 0, TYPE_FIRST.length)) {
      return null;
    }
    for (int i = TYPE_FIRST.length; i < length; i++) {
      byte b = bytes[i];
      if (b == '"') {
        return new String(bytes, TYPE_FIRST.length, i - TYPE_FIRST.length, java.nio.charset.StandardCharsets.US_ASCII);
      }
      if (b == '\\' || b < 0x20 || b > 0x7E) {
        return null;
      }
    }
    return null;
  }

  private String canonical(byte[] bytes, int length) throws IOException {
    return canonical(bytes, 0, length);
  }

  private String canonical(byte[] bytes, int offset, int length) throws IOException {
    try (JsonParser parser = factory.createParser(bytes, offset, length)) {
      parser.nextToken();
      String text = JsonSupport.compact(parser);
      if (text == null) {
        throw new FatalFinding(Finding.of(FindingCode.JSON_SYNTAX, "", "a string holds an unpaired surrogate or a noncharacter"));
      }
      return text;
    }
  }

  private static RecordEntry failed(long number, Finding finding) {
    Finding withLine = finding.getLine().isPresent() || number == 0 ? finding : finding.withLine(number);
    return new RecordEntry(number, "", null, null, null, null, List.of(withLine));
  }

  private static Finding limit(long line, String pointer) {
    return Finding.builder().code(FindingCode.JSON_LIMIT).path(pointer).line(line)
        .message("a value breaks a limit of the reader").build();
  }

  private static Finding syntax(long line, long column, String message) {
    Finding.Builder finding = Finding.builder().code(FindingCode.JSON_SYNTAX).path("").message(message);
    if (line > 0) {
      finding.line(line);
    }
    if (column > 0) {
      finding.column(column);
    }
    return finding.build();
  }

}
