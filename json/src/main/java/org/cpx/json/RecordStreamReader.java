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
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.internal.Cursor;
import org.cpx.json.internal.Decoders;
import org.cpx.json.internal.FatalFinding;
import org.cpx.json.internal.JsonSupport;
import org.cpx.json.internal.Settings;
import org.cpx.json.internal.Utf8;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record stream (NDJSON, spec §4) line by line in constant memory: the optional header
 * first, then one {@link RecordEntry} per non-blank line. A broken line is reported with its
 * number and reading goes on with the next. Not thread-safe; close it to close the input.
 */
public final class RecordStreamReader implements RecordReader {
  private final InputStream in;
  private final JsonFactory factory;
  private final LineSource lines;
  private final Cursor cursor;
  private final List<Finding> headerFindings = new ArrayList<>();
  private @Nullable Dataset header;
  private boolean started;
  private @Nullable RecordEntry pending;
  private boolean otherMajor;
  private long records;

  RecordStreamReader(InputStream in, Settings settings, JsonFactory factory) {
    this.in = in;
    this.factory = factory;
    this.lines = new LineSource(in, settings.maxRecordBytes());
    this.cursor = new Cursor(factory, null, settings.maxDepth(), settings.maxUnknownMembers());
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
    records++;
    if (lines.isTooLong()) {
      return failed(number, Finding.builder().code(FindingCode.JSON_LIMIT).path("").line(number)
          .message("the line is longer than the limit of the reader").build());
    }
    byte[] bytes = lines.bytes();
    int length = lines.length();
    int invalid = Utf8.firstInvalid(bytes, 0, length);
    if (invalid >= 0) {
      return failed(number, syntax(number, Utf8.column(bytes, 0, invalid), "the line is not well-formed UTF-8 JSON text"));
    }
    try {
      LineType type = typeOf(bytes, length);
      if (type != null && "header".equals(type.text())) {
        records--;
        if (headerAllowed) {
          readHeader(bytes, length, number);
          return null;
        }
        return failed(number, Finding.builder().code(FindingCode.STREAM_HEADER).path("").line(number)
            .message("a header is allowed only on the first line").build());
      }
      return record(bytes, length, number, type);
    } catch (FatalFinding e) {
      return failed(number, e.finding());
    } catch (StreamConstraintsException e) {
      return failed(number, Finding.builder().code(FindingCode.JSON_LIMIT).path(JsonSupport.pointerOf(e, cursor.parser()))
          .line(number).message("a value breaks a limit of the reader").build());
    } catch (JsonProcessingException e) {
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      return failed(number, syntax(number, column, "the line is not JSON, or has a duplicate member"));
    }
  }

  private RecordEntry record(byte[] bytes, int length, long number, @Nullable LineType type) throws IOException {
    RecordType known = type == null || type.text() == null ? null : RecordType.fromCode(type.text()).orElse(null);
    try (JsonParser parser = factory.createParser(bytes, 0, length)) {
      parser.nextToken();
      cursor.path().truncate(0);
      cursor.startRecord(parser, number);
      CpxRecord record = null;
      if (type == null) {
        cursor.reportAt("/type", FindingCode.JSON_MISSING, "a stream line needs a \"type\"");
        parser.skipChildren();
      } else if (type.text() == null) {
        cursor.reportAt("/type", FindingCode.JSON_TYPE, "a record's type is a string");
        parser.skipChildren();
      } else if (known == null) {
        cursor.reportAt("/type", FindingCode.CODE_UNKNOWN, "a record type this version does not know; kept whole");
        parser.skipChildren();
      } else {
        record = Decoders.record(cursor, known);
      }
      if (parser.nextToken() != null) {
        throw cursor.fatal(FindingCode.JSON_SYNTAX, "there is more on the line after the record");
      }
      List<Finding> findings = cursor.recordFindings();
      boolean carried = findings.stream().noneMatch(f -> f.getCode() == FindingCode.JSON_LIMIT);
      if (record != null && !cursor.isUnreadable()) {
        return new RecordEntry(number, "", record, null, known, findings);
      }
      return new RecordEntry(number, "", null, carried ? canonical(bytes, length) : null, known, findings);
    } finally {
      cursor.endRecord();
    }
  }

  private void readHeader(byte[] bytes, int length, long number) throws IOException {
    Dataset.Builder builder = Dataset.builder();
    DocumentMembers members = new DocumentMembers(builder);
    try (JsonParser parser = factory.createParser(bytes, 0, length)) {
      parser.nextToken();
      cursor.path().truncate(0);
      cursor.startRecord(parser, number);
      while (cursor.nextMember(0)) {
        String name = cursor.name();
        if (name.equals("type")) {
          cursor.skip();
        } else if (!members.read(cursor, name)) {
          builder.putAllUnknownMembers(cursor.unknown(null));
        }
      }
      cursor.path().truncate(0);
      members.finish(cursor);
      headerFindings.addAll(cursor.recordFindings());
      otherMajor = members.isOtherMajor();
      header = builder.build();
    } finally {
      cursor.endRecord();
    }
  }

  /**
   * A line's top-level {@code type} member.
   *
   * @param text its value, {@code null} when it is not a string
   */
  private record LineType(@Nullable String text) {}

  /** The line's top-level {@code type} member, {@code null} when it has none or it is {@code null}. */
  private @Nullable LineType typeOf(byte[] bytes, int length) throws IOException {
    LineType written = typeAsWritten(bytes, length);
    if (written != null) {
      return written;
    }
    try (JsonParser parser = factory.createParser(bytes, 0, length)) {
      return typeOf(parser);
    }
  }

  private static final byte[] TYPE_FIRST = "{\"type\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * The type of a line that starts as CPX writes it, {@code {"type":"…"}, with a plain ASCII
   * value; {@code null} for any other line, which is then parsed to find its type.
   */
  private static @Nullable LineType typeAsWritten(byte[] bytes, int length) {
    if (length < TYPE_FIRST.length || !java.util.Arrays.equals(bytes, 0, TYPE_FIRST.length, TYPE_FIRST, 0, TYPE_FIRST.length)) {
      return null;
    }
    for (int i = TYPE_FIRST.length; i < length; i++) {
      byte b = bytes[i];
      if (b == '"') {
        return new LineType(new String(bytes, TYPE_FIRST.length, i - TYPE_FIRST.length, java.nio.charset.StandardCharsets.US_ASCII));
      }
      if (b == '\\' || b < 0x20 || b > 0x7E) {
        return null;
      }
    }
    return null;
  }

  private @Nullable LineType typeOf(JsonParser parser) throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        if (token == null) {
          throw new FatalFinding(Finding.of(FindingCode.JSON_SYNTAX, "", "the line is empty"));
        }
        parser.skipChildren();
        throw new FatalFinding(Finding.of(FindingCode.JSON_TYPE, "", "a stream line is a JSON object"));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("type")) {
          if (value == JsonToken.VALUE_NULL) {
            return null;
          }
          return new LineType(value == JsonToken.VALUE_STRING ? parser.getText() : null);
        }
        parser.skipChildren();
      }
      return null;
    } catch (StreamConstraintsException e) {
      throw new FatalFinding(Finding.of(FindingCode.JSON_LIMIT, JsonSupport.pointerOf(e, parser),
          "a value breaks a limit of the reader"));
    }
  }

  private String canonical(byte[] bytes, int length) throws IOException {
    try (JsonParser parser = factory.createParser(bytes, 0, length)) {
      parser.nextToken();
      String text = JsonSupport.compact(factory, parser);
      if (text == null) {
        throw new FatalFinding(Finding.of(FindingCode.JSON_SYNTAX, "", "a string holds an unpaired surrogate or a noncharacter"));
      }
      return text;
    }
  }

  private static RecordEntry failed(long number, Finding finding) {
    Finding withLine = finding.getLine().isPresent() ? finding : finding.withLine(number);
    return new RecordEntry(number, "", null, null, null, List.of(withLine));
  }

  private static Finding syntax(long line, long column, String message) {
    Finding.Builder finding = Finding.builder().code(FindingCode.JSON_SYNTAX).path("").line(line).message(message);
    if (column > 0) {
      finding.column(column);
    }
    return finding.build();
  }

}
