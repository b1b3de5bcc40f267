package org.cpx.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.cpx.json.internal.RecordingInputStream;
import org.cpx.json.internal.Settings;
import org.cpx.json.internal.SourceException;
import org.cpx.json.internal.Token;
import org.cpx.json.internal.TokenSource;
import org.cpx.json.internal.Utf8Exception;
import org.cpx.json.internal.Utf8InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset document (spec §4) record by record in constant memory, however large: one
 * {@link RecordEntry} per element of its record arrays and of {@code otherRecords}, in document
 * order; the other members are read as they come into {@link #header()}. An unreadable record is
 * carried as the JSON it was read from. Input that is not JSON ends the reading with a {@code
 * json.syntax} finding among {@link #headerFindings()}. Not thread-safe; close it to close the
 * input.
 */
public final class DatasetRecordReader implements RecordReader {
  /** Where the reader is in the document. */
  private enum State {
    START,
    MEMBERS,
    ARRAY,
    DONE
  }

  private final Settings settings;
  private final JsonFactory factory;
  private final InputStream in;
  private final RecordingInputStream recording;
  private @Nullable TokenSource source;
  private @Nullable Cursor cursor;
  private final Dataset.Builder header = Dataset.builder();
  private final DocumentMembers members = new DocumentMembers(header);
  private final List<Finding> headerFindings = new ArrayList<>();
  private State state = State.START;
  private @Nullable RecordType arrayType;
  private int position;
  private @Nullable RecordEntry pending;
  private boolean broken;
  private boolean badModel;
  private long records;

  /** A reader of the whole document in {@code in}, nothing after it allowed. */
  DatasetRecordReader(InputStream in, Settings settings, JsonFactory factory) {
    this.settings = settings;
    this.factory = factory;
    this.in = in;
    this.recording = new RecordingInputStream(new Utf8InputStream(in), settings.maxRecordBytes());
  }

  @Override
  public Dataset header() {
    try {
      return header.build();
    } catch (IllegalArgumentException e) {
      return Dataset.builder().build();
    }
  }

  @Override
  public List<Finding> headerFindings() {
    return headerFindings;
  }

  @Override
  public List<String> languages() {
    return members.languages();
  }

  @Override
  public boolean isOtherMajorVersion() {
    return members.isOtherMajor();
  }

  @Override
  public boolean isBroken() {
    return broken || badModel;
  }

  @Override
  public long records() {
    return records;
  }

  @Override
  public boolean hasNext() {
    if (pending == null && state != State.DONE) {
      pending = read();
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
    if (source != null) {
      source.close();
    }
    in.close();
  }

  /** Reads on to the next record; {@code null} at the end of the document. */
  private @Nullable RecordEntry read() {
    try {
      if (state == State.START && !start()) {
        state = State.DONE;
        return null;
      }
      Cursor c = cursor();
      while (state != State.DONE) {
        RecordEntry entry = state == State.ARRAY ? element(c) : member(c);
        if (entry != null) {
          return entry;
        }
      }
    } catch (FatalFinding e) {
      fail(e.finding());
    } catch (Utf8Exception e) {
      fail(syntax("the input is not well-formed UTF-8 JSON text", e.line(), e.column()));
    } catch (SourceException e) {
      fail(e.isLimit()
          ? Finding.of(FindingCode.JSON_LIMIT, e.pointer(), "a value breaks a limit of the reader")
          : syntax("the input is not JSON, or has a duplicate member", e.line(), e.column()));
    } catch (StreamConstraintsException e) {
      fail(Finding.of(FindingCode.JSON_LIMIT, JsonSupport.pointerOf(e, source), "a value breaks a limit of the reader"));
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      fail(syntax("the input is not JSON, or has a duplicate member", location == null ? 0 : location.getLineNr(),
          location == null ? 0 : location.getColumnNr()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** Opens the document; {@code false} when it is not a JSON object. */
  private boolean start() throws IOException {
    TokenSource read = settings.limited(factory.createParser(recording));
    source = read;
    Cursor c = new Cursor(read, settings);
    cursor = c;
    Token first = read.next();
    if (first == null) {
      throw c.fatal(FindingCode.JSON_SYNTAX, "the input is empty");
    }
    if (first != Token.START_OBJECT) {
      if (JsonSupport.compact(read) == null) {
        throw c.fatal(FindingCode.JSON_SYNTAX, "a string holds an unpaired surrogate or a noncharacter");
      }
      checkEnd(c);
      headerFindings.add(Finding.of(FindingCode.JSON_TYPE, "", "a dataset document is a JSON object"));
      broken = true;
      return false;
    }
    state = State.MEMBERS;
    return true;
  }

  /**
   * Reads the next member of the root object; a record array is entered, not read. A member that
   * breaks a limit is reported and left out, and reading goes on (spec §6).
   */
  private @Nullable RecordEntry member(Cursor c) throws IOException {
    try {
      return readMember(c);
    } catch (FatalFinding e) {
      if (e.finding().getCode() != FindingCode.JSON_LIMIT) {
        throw e;
      }
      c.findings().clear();
      headerFindings.add(e.finding());
      c.skipMember();
      c.path().truncate(0);
      forgetRead(c);
      return null;
    }
  }

  private @Nullable RecordEntry readMember(Cursor c) throws IOException {
    List<Finding> found = c.findings();
    if (!c.nextMember(0)) {
      c.path().truncate(0);
      members.finish(c);
      flush(found);
      checkEnd(c);
      state = State.DONE;
      try {
        header.build();
      } catch (IllegalArgumentException e) {
        headerFindings.add(Finding.of(FindingCode.JSON_TYPE, "", "the dataset breaks a rule of the model"));
        badModel = true;
      }
      return null;
    }
    String name = c.name();
    RecordType type = arrayType(name);
    if (type != null || name.equals("otherRecords")) {
      if (c.token() == Token.START_ARRAY) {
        arrayType = type;
        position = 0;
        state = State.ARRAY;
      } else if (!c.isNull()) {
        long start = c.source().tokenByteOffset();
        c.source().finish();
        c.wrongType("an array of records");
        header.putUnreadableMembers(name, asRead(start, c.source().byteOffset()));
      }
    } else if (!members.read(c, name, this::asRead)) {
      header.putAllUnknownMembers(c.unknown(null));
    }
    flush(found);
    if (members.isOtherMajor()) {
      state = State.DONE;
    }
    forgetRead(c);
    return null;
  }

  /** Reads the next element of the current record array; {@code null} at its end. */
  private @Nullable RecordEntry element(Cursor c) throws IOException {
    TokenSource p = c.source();
    int arrayDepth = p.depth();
    if (p.next() == Token.END_ARRAY) {
      state = State.MEMBERS;
      return null;
    }
    c.path().push(position);
    String pointer = c.path().pointer();
    long line = p.tokenLine();
    long start = p.tokenByteOffset();
    recording.forgetBefore(start);
    c.startRecord(p, 0);
    try {
      CpxRecord record = null;
      try {
        if (arrayType == null) {
          Elements.untyped(c, true);
        } else {
          record = Elements.typed(c, arrayType);
        }
      } catch (FatalFinding e) {
        if (e.finding().getCode() != FindingCode.JSON_LIMIT) {
          throw e;
        }
        c.limitBroken(e.finding());
        c.skipTo(arrayDepth);
      }
      long end = p.byteOffset();
      if (end - start > settings.maxRecordBytes()) {
        c.limitBroken(Finding.of(FindingCode.JSON_LIMIT, pointer,
            "the record is larger than " + settings.maxRecordBytes() + " bytes"));
      }
      List<Finding> findings = c.recordFindings();
      Id id = c.currentRecordId();
      position++;
      records++;
      if (record != null && !c.isUnreadable()) {
        return new RecordEntry(line, pointer, record, null, arrayType, id, findings);
      }
      String json = c.isLimitBroken() ? null : canonical(recording.bytes(start, end));
      return new RecordEntry(line, pointer, null, json, arrayType, id, findings);
    } finally {
      c.path().truncate(1);
      c.endRecord();
    }
  }

  /** Lets the recording forget what has been read, outside a record. */
  private void forgetRead(Cursor c) {
    recording.forgetBefore(c.source().byteOffset());
  }

  /** Checks that nothing follows the document in its own input. */
  private void checkEnd(Cursor c) throws IOException {
    if (c.source().next() != null) {
      throw c.fatal(FindingCode.JSON_SYNTAX, "there is more after the document");
    }
  }

  private void flush(List<Finding> found) {
    headerFindings.addAll(found);
    found.clear();
  }

  private void fail(Finding finding) {
    headerFindings.add(finding);
    broken = true;
    state = State.DONE;
  }

  private Cursor cursor() {
    if (cursor == null) {
      throw new IllegalStateException("the document is not open");
    }
    return cursor;
  }

  /** The value read between byte offsets {@code start} and {@code end}, as compact JSON. */
  private String asRead(long start, long end) throws IOException {
    return canonical(recording.bytes(start, end));
  }

  private String canonical(byte[] json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      String text = JsonSupport.compact(p);
      return text == null ? new String(json, StandardCharsets.UTF_8) : text;
    }
  }

  private static @Nullable RecordType arrayType(String name) {
    for (RecordType type : RecordType.values()) {
      if (type.getArrayName().equals(name)) {
        return type;
      }
    }
    return null;
  }

  private static Finding syntax(String message, long line, long column) {
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
