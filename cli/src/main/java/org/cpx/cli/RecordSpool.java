package org.cpx.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.CpxJson;
import org.cpx.json.DatasetRecordWriter;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordStreamReader;
import org.cpx.json.RecordStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Records set aside array by array in temporary record streams while a document is read, so that
 * a document of any size, its records in any order, is written back in the order of the dataset
 * arrays in constant memory. Closing it deletes the files.
 */
final class RecordSpool implements Closeable {
  /** One spool per record array, and one for the records of unknown types. */
  private static final int SLOTS = RecordType.values().length + 1;

  private final CpxJson json;
  private final Path directory;
  private final Path[] files = new Path[SLOTS];
  private final @Nullable RecordStreamWriter[] writers = new RecordStreamWriter[SLOTS];

  RecordSpool(CpxJson json) throws IOException {
    this.json = json;
    this.directory = Files.createTempDirectory("cpx-convert-");
  }

  /** Sets aside the record of {@code entry}, or its JSON; an entry with neither is left out. */
  void add(RecordEntry entry) throws IOException {
    if (entry.getRecord().isPresent()) {
      writer(entry.getRecord().get().getType().ordinal()).write(entry.getRecord().get());
    } else if (entry.getJson().isPresent() && entry.getType().isPresent()) {
      writer(entry.getType().get().ordinal()).writeJson(entry.getJson().get(), entry.getType().get());
    } else if (entry.getJson().isPresent()) {
      writer(SLOTS - 1).writeJson(entry.getJson().get());
    }
  }

  /** Writes a record stream: the header line of {@code header}, then the records set aside. */
  void writeStream(Dataset header, OutputStream out) throws IOException {
    json.openStream(header, out).flush();
    for (int slot = 0; slot < SLOTS; slot++) {
      if (finish(slot)) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(files[slot]))) {
          skipLine(in);
          in.transferTo(out);
        }
      }
    }
    out.flush();
  }

  /** Writes a dataset document with the members of {@code header} and the records set aside, through {@code writer}'s layout. */
  void writeDataset(CpxJson writer, Dataset header, OutputStream out) throws IOException {
    DatasetRecordWriter document = writer.openDataset(header, out);
    for (int slot = 0; slot < SLOTS; slot++) {
      if (finish(slot)) {
        try (RecordStreamReader records = json.readStream(new BufferedInputStream(Files.newInputStream(files[slot])))) {
          // Each element goes back to the array it was set aside for, whatever its line now says.
          while (records.hasNext()) {
            RecordEntry entry = records.next();
            CpxRecord record = entry.getRecord().orElse(null);
            if (record != null && record.getType().ordinal() == slot) {
              document.write(record);
              continue;
            }
            // Kept as read here: unreadable, or readable only as a record of another type.
            String kept = record != null
                ? new String(json.writeRecord(record), StandardCharsets.UTF_8) : entry.getJson().orElse(null);
            if (kept != null && slot < SLOTS - 1) {
              document.writeJson(kept, RecordType.values()[slot]);
            } else if (kept != null) {
              document.writeJson(kept);
            }
          }
        }
      }
    }
    document.close();
  }

  @Override
  public void close() throws IOException {
    for (int slot = 0; slot < SLOTS; slot++) {
      finish(slot);
      if (files[slot] != null) {
        Files.deleteIfExists(files[slot]);
      }
    }
    Files.deleteIfExists(directory);
  }

  private RecordStreamWriter writer(int slot) throws IOException {
    RecordStreamWriter writer = writers[slot];
    if (writer == null) {
      files[slot] = directory.resolve(slot + ".ndjson");
      writer = json.openStream(Dataset.builder().build(), new BufferedOutputStream(Files.newOutputStream(files[slot])));
      writers[slot] = writer;
    }
    return writer;
  }

  /** Closes the spool of {@code slot}; whether it holds records. */
  private boolean finish(int slot) throws IOException {
    RecordStreamWriter writer = writers[slot];
    if (writer != null) {
      writer.close();
      writers[slot] = null;
    }
    return files[slot] != null;
  }

  private static void skipLine(InputStream in) throws IOException {
    int b;
    do {
      b = in.read();
    } while (b != '\n' && b >= 0);
  }
}
