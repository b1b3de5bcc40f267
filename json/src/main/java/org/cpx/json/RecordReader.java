package org.cpx.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;

/**
 * Reads the records of a CPX document one by one in constant memory, whichever its form: a record
 * stream ({@link CpxJson#readStream}) or a dataset document ({@link CpxJson#readRecords}). Not
 * thread-safe; close it to close the input. Its methods throw {@link UncheckedIOException} when the
 * input cannot be read.
 */
public sealed interface RecordReader extends Iterator<RecordEntry>, Closeable
    permits RecordStreamReader, DatasetRecordReader {
  /**
   * The document's members other than its records ({@code cpx}, {@code publisher}, …) read so far:
   * a stream's header line, or the members of a dataset document before its current record —
   * complete once the last record has been read.
   */
  Dataset header();

  /**
   * The findings outside records read so far: the header's or the document members', and a dataset
   * document's syntax error that ended the reading.
   */
  List<Finding> headerFindings();

  /**
   * The dataset languages ({@code languages}) declared so far: the records read next are checked
   * against them (spec §4).
   */
  List<String> languages();

  /** Whether the major format version is one this reader cannot read, so that nothing more is read. */
  boolean isOtherMajorVersion();

  /**
   * Whether reading ended early on input that cannot be read further: a dataset document that is
   * not JSON or breaks a limit outside a record. A stream goes on after a broken line and never is.
   */
  boolean isBroken();

  /** The number of records read so far, readable or not. */
  long records();

  /** The remaining entries as a sequential stream; closing it closes this reader. */
  default Stream<RecordEntry> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
