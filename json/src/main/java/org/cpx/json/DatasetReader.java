package org.cpx.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.internal.Cursor;
import org.cpx.json.internal.Decoders;
import org.cpx.json.internal.FatalFinding;
import org.cpx.json.internal.JsonSupport;
import org.cpx.json.internal.RecordingInputStream;
import org.cpx.json.internal.Settings;
import org.cpx.json.internal.Utf8Exception;
import org.cpx.json.internal.Utf8InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset document record by record (spec §4), reporting every broken record and keeping
 * the unreadable ones as the JSON they were read from. Not thread-safe: one reader per document.
 */
final class DatasetReader {
  private final Settings settings;
  private final JsonFactory factory;
  private final List<Finding> findings = new ArrayList<>();
  private final Dataset.Builder dataset = Dataset.builder();
  private final DocumentMembers members = new DocumentMembers(dataset);
  private @Nullable RecordingInputStream input;
  private long records;
  private long unreported;

  DatasetReader(Settings settings, JsonFactory factory) {
    this.settings = settings;
    this.factory = factory;
  }

  ReadResult<Dataset> read(InputStream in) throws IOException {
    RecordingInputStream recording = new RecordingInputStream(new Utf8InputStream(in), settings.maxRecordBytes());
    JsonParser parser;
    try {
      parser = factory.createParser(recording);
    } catch (Utf8Exception e) {
      add(syntax("the input is not well-formed UTF-8 JSON text", e.line(), e.column()));
      return result(null);
    }
    try (parser) {
      return read(parser, recording);
    }
  }

  /**
   * Reads the dataset document of {@code parser}; without {@code recording}, unreadable records
   * are reported but not kept.
   */
  ReadResult<Dataset> read(JsonParser parser, @Nullable RecordingInputStream recording) throws IOException {
    input = recording;
    Cursor c = new Cursor(factory, parser, settings.maxDepth(), settings.maxUnknownMembers());
    try {
      JsonToken first = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
      if (first == null) {
        throw c.fatal(FindingCode.JSON_SYNTAX, "the input is empty");
      }
      if (first != JsonToken.START_OBJECT) {
        if (JsonSupport.compact(factory, parser) == null) {
          throw c.fatal(FindingCode.JSON_SYNTAX, "a string holds an unpaired surrogate or a noncharacter");
        }
        if (recording != null && parser.nextToken() != null) {
          throw c.fatal(FindingCode.JSON_SYNTAX, "there is more after the document");
        }
        add(Finding.of(FindingCode.JSON_TYPE, "", "a dataset document is a JSON object"));
        return result(null);
      }
      root(c);
      if (recording != null && parser.nextToken() != null) {
        throw c.fatal(FindingCode.JSON_SYNTAX, "there is more after the document");
      }
    } catch (FatalFinding e) {
      add(e.finding());
      return result(null);
    } catch (Utf8Exception e) {
      add(syntax("the input is not well-formed UTF-8 JSON text", e.line(), e.column()));
      return result(null);
    } catch (StreamConstraintsException e) {
      add(Finding.of(FindingCode.JSON_LIMIT, JsonSupport.pointerOf(e, parser), "a value breaks a limit of the reader"));
      return result(null);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      add(syntax("the input is not JSON, or has a duplicate member", location == null ? 0 : location.getLineNr(),
          location == null ? 0 : location.getColumnNr()));
      return result(null);
    }
    if (members.isOtherMajor()) {
      return result(null);
    }
    try {
      return result(dataset.build());
    } catch (IllegalArgumentException e) {
      add(Finding.of(FindingCode.JSON_TYPE, "", "the dataset breaks a rule of the model"));
      return result(null);
    }
  }

  private void root(Cursor c) throws IOException {
    List<Finding> documentFindings = c.findings();
    while (c.nextMember(0)) {
      String name = c.name();
      RecordType type = arrayType(name);
      if (type != null) {
        records(c, type);
      } else if (name.equals("otherRecords")) {
        dataset.otherRecords(c.list(Cursor::copy));
      } else if (!members.read(c, name)) {
        Map<String, String> unknown = c.unknown(null);
        dataset.putAllUnknownMembers(unknown);
      }
      flushDocumentFindings(documentFindings);
      if (input != null) {
        input.forgetBefore(c.parser().currentLocation().getByteOffset());
      }
    }
    c.path().truncate(0);
    members.finish(c);
    flushDocumentFindings(documentFindings);
  }

  private void flushDocumentFindings(List<Finding> documentFindings) {
    for (Finding finding : documentFindings) {
      add(finding);
    }
    documentFindings.clear();
  }

  private void records(Cursor c, RecordType type) throws IOException {
    JsonParser parser = c.parser();
    if (c.isNull()) {
      return;
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      c.wrongType("an array of records");
      return;
    }
    int position = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      c.path().push(position);
      record(c, type, position++);
      c.path().truncate(1);
    }
  }

  private void record(Cursor c, RecordType type, int position) throws IOException {
    JsonParser parser = c.parser();
    RecordingInputStream recording = input;
    long start = parser.currentTokenLocation().getByteOffset();
    if (recording != null) {
      recording.forgetBefore(start);
    }
    records++;
    c.startRecord(parser, 0);
    CpxRecord record = null;
    if (c.isNull()) {
      c.report(FindingCode.JSON_TYPE, "a list cannot hold null");
    } else {
      record = Decoders.record(c, type);
    }
    long end = parser.currentLocation().getByteOffset();
    if (recording != null && end - start > settings.maxRecordBytes()) {
      c.report(FindingCode.JSON_LIMIT, "the record is larger than " + settings.maxRecordBytes() + " bytes");
    }
    List<Finding> recordFindings = c.recordFindings();
    recordFindings.forEach(this::add);
    if (record != null && !c.isUnreadable()) {
      dataset.addRecord(record);
    } else if (recording != null && recordFindings.stream().noneMatch(f -> f.getCode() == FindingCode.JSON_LIMIT)) {
      dataset.addUnreadableRecords(UnreadableRecord.of(type, position, canonical(recording.bytes(start, end))));
    }
    c.endRecord();
  }

  private String canonical(byte[] json) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      parser.nextToken();
      String text = JsonSupport.compact(factory, parser);
      return text == null ? new String(json, java.nio.charset.StandardCharsets.UTF_8) : text;
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

  private void add(Finding finding) {
    if (findings.size() < settings.maxFindings()) {
      findings.add(finding);
    } else {
      unreported++;
    }
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

  private ReadResult<Dataset> result(@Nullable Dataset value) {
    return new ReadResult<>(value, findings, records, unreported);
  }
}
