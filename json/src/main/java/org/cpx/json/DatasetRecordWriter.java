package org.cpx.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.internal.Encoders;
import org.cpx.json.internal.TokenSink;
import org.cpx.json.internal.Utf8Sink;
import org.jspecify.annotations.Nullable;

/**
 * Writes a dataset document (spec §4) record by record in constant memory, however large: the
 * header's members first, then each record into its array, then the header's unknown members when
 * closed. Records come in the order of the dataset arrays (organizations … commitments, then
 * records of unknown types), as {@link CpxJson#writeDataset} writes them, so that the same dataset
 * gives the same bytes. Not thread-safe; closing it ends the document and closes the output.
 */
public final class DatasetRecordWriter implements DatasetWriter.RecordSink, Closeable, Flushable {
  /** The slot of the records of unknown types, after every typed array. */
  private static final int OTHER = RecordType.values().length;

  private final TokenSink g;
  /** The writer's own output, {@code null} when it writes into a mapper's generator. */
  private final @Nullable Utf8Sink own;
  private final @Nullable OutputStream out;
  private final Encoders encoders;
  private final DatasetWriter writer;
  private final Dataset header;
  private int array = -1;
  private boolean ended;

  /**
   * Writes to {@code g}; {@code own} and {@code out}, when given, are its own writer and its
   * output, flushed and ended with a line feed.
   */
  private DatasetRecordWriter(TokenSink g, @Nullable Utf8Sink own, @Nullable OutputStream out,
      Encoders encoders, Dataset header) throws IOException {
    this.g = g;
    this.own = own;
    this.out = out;
    this.encoders = encoders;
    this.writer = new DatasetWriter(encoders);
    this.header = header;
    this.g.startObject();
    writer.documentMembers(this.g, header);
  }

  /** Writes with {@code sink}, the writer of {@code out}, ending the document with a line feed. */
  DatasetRecordWriter(Utf8Sink sink, OutputStream out, Encoders encoders, Dataset header) throws IOException {
    this(sink, sink, out, encoders, header);
  }

  /** Writes the whole of {@code dataset} to {@code g}, a mapper's. */
  static void dataset(TokenSink g, Encoders encoders, Dataset dataset) throws IOException {
    DatasetRecordWriter writer = new DatasetRecordWriter(g, null, null, encoders, dataset);
    DatasetWriter.records(dataset, writer);
    writer.end();
  }

  /**
   * Writes {@code record} into its array.
   *
   * @throws IllegalStateException if a record of a later array has been written
   */
  @Override
  public void write(CpxRecord record) throws IOException {
    enter(record.getType().ordinal());
    encoders.record(g, record);
  }

  /**
   * Writes an element of the array of {@code type} kept as read (an unreadable record, or not a
   * record at all) into that array, without the personal data of a person.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   * @throws IllegalStateException if a record of a later array has been written
   */
  @Override
  public void writeJson(String json, RecordType type) throws IOException {
    enter(type.ordinal());
    encoders.keptAsRead(g, json, type, false);
  }

  /**
   * Writes an element kept as read — a record of a type this version does not know, or anything
   * else found there — into {@code otherRecords}.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  @Override
  public void writeJson(String json) throws IOException {
    enter(OTHER);
    encoders.keptAsRead(g, json, null, false);
  }

  @Override
  public void flush() throws IOException {
    if (own != null) {
      own.flush();
    }
  }

  /** Ends the document and closes the output. */
  @Override
  public void close() throws IOException {
    end();
    if (out != null) {
      out.close();
    }
  }

  /** Ends the document, leaving the output open. */
  void end() throws IOException {
    if (ended) {
      return;
    }
    ended = true;
    if (array >= 0) {
      g.endArray();
    }
    writer.unknownMembers(g, header);
    g.endObject();
    if (own != null) {
      own.lineFeed();
      own.flush();
    }
  }

  private void enter(int slot) throws IOException {
    if (ended) {
      throw new IllegalStateException("the document has ended");
    }
    if (slot < array) {
      throw new IllegalStateException(
          "records come in the order of the dataset arrays: " + arrayName(slot) + " cannot follow " + arrayName(array));
    }
    if (slot > array) {
      if (array >= 0) {
        g.endArray();
      }
      array = slot;
      g.name(arrayName(slot));
      g.startArray();
    }
  }

  private static String arrayName(int slot) {
    return slot == OTHER ? "otherRecords" : RecordType.values()[slot].getArrayName();
  }
}
