package org.cpx.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.internal.Elements;
import org.cpx.json.internal.Encoders;
import org.cpx.json.internal.Utf8Sink;

/**
 * Writes a record stream (NDJSON, spec §4) record by record: the header line first, then one
 * compact line per record. Not thread-safe; closing it closes the output.
 */
public final class RecordStreamWriter implements DatasetWriter.RecordSink, Closeable, Flushable {
  private final OutputStream out;
  private final Utf8Sink g;
  private final Encoders encoders;

  RecordStreamWriter(OutputStream out, Encoders encoders, Dataset header) throws IOException {
    this.out = out;
    this.g = new Utf8Sink(out, false);
    this.encoders = encoders;
    DatasetWriter writer = new DatasetWriter(encoders);
    g.startObject();
    g.name("type");
    g.string(Elements.HEADER);
    writer.documentMembers(g, header);
    writer.unknownMembers(g, header);
    g.endObject();
    g.endLine();
  }

  /** Writes {@code record} as one line. */
  @Override
  public void write(CpxRecord record) throws IOException {
    encoders.record(g, record);
    g.endLine();
  }

  /**
   * Writes an element kept as read that belongs to no record array (a record of a type this version
   * does not know, or a line that is not a record) as one line.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  @Override
  public void writeJson(String json) throws IOException {
    encoders.keptAsRead(g, json, null, true);
    g.endLine();
  }

  /**
   * Writes an element of the array of {@code type} kept as read as one line, with its {@code type}
   * first when it is an object without one, and without the personal data of a person.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  @Override
  public void writeJson(String json, RecordType type) throws IOException {
    encoders.keptAsRead(g, json, type, true);
    g.endLine();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
