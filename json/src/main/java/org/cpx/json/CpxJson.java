package org.cpx.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;
import org.cpx.core.finding.Finding;
import org.cpx.json.internal.Encoders;
import org.cpx.json.internal.JsonSupport;
import org.cpx.json.internal.ModuleCodec;
import org.cpx.json.internal.SchemaWriter;
import org.cpx.json.internal.Settings;
import org.cpx.json.internal.Utf8Sink;

/**
 * Reads and writes the CPX 1.0 wire format: dataset documents and record streams (spec §1, §4).
 * Built once and shared: thread-safe.
 *
 * <pre>{@code
 * CpxJson json = CpxJson.create();
 * ReadResult<Dataset> read = json.readDataset(Files.newInputStream(path));
 * read.getFindings().forEach(System.out::println);
 * Dataset dataset = read.orThrow();
 * json.writeStream(dataset, Files.newOutputStream(out));
 * }</pre>
 */
public final class CpxJson {
  private final Settings settings;
  private final JsonFactory factory;
  private final Encoders encoders;

  private CpxJson(Settings settings) {
    this.settings = settings;
    this.factory = settings.factory();
    this.encoders = new Encoders(factory);
  }

  /** The reader and writer of spec §6's limits, whose writer of documents the Jackson modules use. */
  private static final CpxJson STANDARD = new CpxJson(Settings.STANDARD);

  static {
    ModuleCodec.install(STANDARD, STANDARD.settings, STANDARD.encoders,
        (sink, dataset) -> DatasetRecordWriter.dataset(sink, STANDARD.encoders, dataset));
  }

  /** Returns a reader and writer with the limits of spec §6, writing datasets compact. */
  public static CpxJson create() {
    return builder().build();
  }

  /** Returns a builder to change limits and options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The JSON Schema (2020-12) of the format, generated from the description of the model ({@link
   * org.cpx.core.model.CpxModel}); {@code docs/schema/cpx-1.0.schema.json} holds the same text.
   */
  public static String schema() {
    return SchemaText.TEXT;
  }

  /** The schema, written once when first asked for. */
  private static final class SchemaText {
    static final String TEXT = SchemaWriter.schema();
  }

  // Reading.

  /**
   * Reads a dataset document record by record, reporting every broken record; the unreadable ones
   * are kept as JSON in the dataset so that writing it back loses nothing.
   *
   * @throws IOException only if the input cannot be read; bad data gives findings
   */
  public ReadResult<Dataset> readDataset(InputStream in) throws IOException {
    try (RecordReader reader = readRecords(in)) {
      return collect(reader);
    }
  }

  /** Reads a dataset document from bytes; see {@link #readDataset(InputStream)}. */
  public ReadResult<Dataset> readDataset(byte[] json) {
    try {
      return readDataset(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a dataset document for reading record by record in constant memory, however large; the
   * caller closes it.
   */
  public DatasetRecordReader readRecords(InputStream in) {
    return new DatasetRecordReader(in, settings, factory);
  }

  /**
   * Opens a record stream (NDJSON) for reading line by line in constant memory; the caller closes
   * it.
   */
  public RecordStreamReader readStream(InputStream in) {
    return new RecordStreamReader(in, settings, factory);
  }

  /**
   * Reads a whole record stream into a dataset: the header's members, the records in their arrays,
   * the unreadable ones kept as JSON, those of unknown types in {@code otherRecords}.
   *
   * @throws IOException only if the input cannot be read
   */
  public ReadResult<Dataset> readStreamAsDataset(InputStream in) throws IOException {
    try (RecordReader reader = readStream(in)) {
      return collect(reader);
    }
  }

  /** Reads every record of {@code reader} into a dataset, the findings in input order. */
  ReadResult<Dataset> collect(RecordReader reader) throws IOException {
    try {
      Findings findings = new Findings(settings.maxFindings());
      List<CpxRecord> records = new ArrayList<>();
      List<UnreadableRecord> unreadable = new ArrayList<>();
      List<String> others = new ArrayList<>();
      int[] positions = new int[RecordType.values().length];
      int headerFindings = 0;
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        headerFindings = findings.addFrom(reader.headerFindings(), headerFindings);
        findings.addFrom(entry.getFindings(), 0);
        RecordType type = entry.getType().orElse(null);
        if (entry.getRecord().isPresent()) {
          records.add(entry.getRecord().get());
          positions[entry.getRecord().get().getType().ordinal()]++;
        } else if (entry.getJson().isPresent() && type != null) {
          unreadable.add(UnreadableRecord.of(type, positions[type.ordinal()]++, entry.getJson().get()));
        } else if (entry.getJson().isPresent()) {
          others.add(entry.getJson().get());
        }
      }
      findings.addFrom(reader.headerFindings(), headerFindings);
      if (reader.isOtherMajorVersion() || reader.isBroken()) {
        return new ReadResult<>(null, findings.kept, reader.records(), findings.unreported);
      }
      Dataset.Builder dataset = Dataset.builder().from(reader.header())
          .addAllUnreadableRecords(unreadable).addAllOtherRecords(others);
      records.forEach(dataset::addRecord);
      return new ReadResult<>(dataset.build(), findings.kept, reader.records(), findings.unreported);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Findings kept up to a cap, the rest counted. */
  private static final class Findings {
    private final int cap;
    private final List<Finding> kept = new ArrayList<>();
    private long unreported;

    Findings(int cap) {
      this.cap = cap;
    }

    /** Adds the findings of {@code list} from index {@code from} on; returns the list's size. */
    int addFrom(List<Finding> list, int from) {
      for (int i = from; i < list.size(); i++) {
        if (kept.size() < cap) {
          kept.add(list.get(i));
        } else {
          unreported++;
        }
      }
      return list.size();
    }
  }

  /**
   * Reads one record of any type, compact or indented; its {@code type} member decides which. The
   * bytes hold one JSON value, as a stream line does, but may span lines.
   */
  public ReadResult<CpxRecord> readRecord(byte[] json) {
    RecordEntry entry = RecordStreamReader.single(json, settings, factory);
    return new ReadResult<>(entry.getRecord().orElse(null), entry.getFindings(), 1);
  }

  // Writing.

  /**
   * Writes {@code dataset} as a dataset document, compact or indented as configured, ending in a
   * line feed; the output is left open.
   */
  public void writeDataset(Dataset dataset, OutputStream out) throws IOException {
    DatasetRecordWriter writer = openDataset(dataset, out);
    DatasetWriter.records(dataset, writer);
    writer.end();
  }

  /**
   * Opens a dataset document on {@code out}, compact or indented as configured, and writes the
   * document members of {@code header} (its records are not written); write the records with the
   * returned writer, in the order of the dataset arrays, and close it to end the document.
   */
  public DatasetRecordWriter openDataset(Dataset header, OutputStream out) throws IOException {
    return new DatasetRecordWriter(new Utf8Sink(out, settings.indent()), out, encoders, header);
  }

  /** Writes {@code dataset} as a dataset document and returns its bytes. */
  public byte[] writeDataset(Dataset dataset) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try {
      writeDataset(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes {@code dataset} as a record stream: the header, then every record in the order of the
   * dataset arrays, then the records of unknown types; the output is left open.
   */
  public void writeStream(Dataset dataset, OutputStream out) throws IOException {
    RecordStreamWriter writer = openStream(dataset, out);
    DatasetWriter.records(dataset, writer);
    writer.flush();
  }

  /** Writes {@code dataset} as a record stream and returns its bytes. */
  public byte[] writeStream(Dataset dataset) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try {
      writeStream(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Opens a record stream on {@code out} and writes its header from the document members of
   * {@code header} (its records are not written); write records with the returned writer.
   */
  public RecordStreamWriter openStream(Dataset header, OutputStream out) throws IOException {
    return new RecordStreamWriter(out, encoders, header);
  }

  /** Writes one record as compact JSON. */
  public byte[] writeRecord(CpxRecord record) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    Utf8Sink sink = new Utf8Sink(out, false);
    try {
      encoders.record(sink, record);
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Builds a {@link CpxJson}. Not thread-safe. */
  public static final class Builder {
    private int maxDepth = Settings.STANDARD.maxDepth();
    private int maxStringLength = Settings.STANDARD.maxStringLength();
    private int maxNameLength = Settings.STANDARD.maxNameLength();
    private int maxNumberLength = Settings.STANDARD.maxNumberLength();
    private int maxRecordBytes = Settings.STANDARD.maxRecordBytes();
    private int maxUnknownMembers = Settings.STANDARD.maxUnknownMembers();
    private int maxFindings = Settings.STANDARD.maxFindings();
    private boolean indent = Settings.STANDARD.indent();

    private Builder() {}

    /** Nesting depth of a record, counted from the record; default 64. */
    public Builder maxDepth(int levels) {
      this.maxDepth = positive(levels);
      return this;
    }

    /** Characters in a string; default 1 MiB (1,048,576). */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = positive(characters);
      return this;
    }

    /** Characters in a member name; default 256. */
    public Builder maxNameLength(int characters) {
      this.maxNameLength = positive(characters);
      return this;
    }

    /** Characters in a number; default 64. */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = positive(characters);
      return this;
    }

    /** Bytes in a record or a stream line; default 8 MiB. */
    public Builder maxRecordBytes(int bytes) {
      this.maxRecordBytes = positive(bytes);
      return this;
    }

    /** Unknown members in a record; default 10,000. */
    public Builder maxUnknownMembers(int members) {
      this.maxUnknownMembers = positive(members);
      return this;
    }

    /** Findings kept for one document; default 100,000. */
    public Builder maxFindings(int findings) {
      this.maxFindings = positive(findings);
      return this;
    }

    /** Whether dataset documents are written indented by two spaces; default compact. */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /** Returns the reader and writer. */
    public CpxJson build() {
      return new CpxJson(new Settings(maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxRecordBytes,
          maxUnknownMembers, maxFindings, indent));
    }

    private static int positive(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("a limit must be at least 1");
      }
      return value;
    }
  }
}
