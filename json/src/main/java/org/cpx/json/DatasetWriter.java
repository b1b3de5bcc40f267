package org.cpx.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;
import org.cpx.json.internal.Encoders;
import org.cpx.json.internal.TokenSink;

/** Writes the parts of a dataset shared by both document forms, in the order of spec §1 and §4. */
final class DatasetWriter {
  /** Receives records in the order of the dataset arrays: typed, kept as JSON, or of unknown types. */
  interface RecordSink {
    /** Receives a record read into the model. */
    void write(CpxRecord record) throws IOException;

    /** Receives an unreadable record of {@code type}, kept as JSON. */
    void writeJson(String json, RecordType type) throws IOException;

    /** Receives a record of a type this version does not know, kept as JSON. */
    void writeJson(String json) throws IOException;
  }

  private final Encoders encoders;

  DatasetWriter(Encoders encoders) {
    this.encoders = encoders;
  }

  /** Writes the document members other than the record arrays, after the open root object. */
  void documentMembers(TokenSink g, Dataset dataset) throws IOException {
    g.name("cpx");
    g.string(version(dataset.getCpx()));
    if (dataset.getPublisher().isPresent()) {
      g.name("publisher");
      encoders.value(g, dataset.getPublisher().get());
    }
    asRead(g, dataset, "publisher");
    if (dataset.getGeneratedAt().isPresent()) {
      g.name("generatedAt");
      g.string(Encoders.TIMESTAMP.format(dataset.getGeneratedAt().get()));
    }
    asRead(g, dataset, "generatedAt");
    if (dataset.getLicense().isPresent()) {
      g.name("license");
      g.string(dataset.getLicense().get());
    }
    asRead(g, dataset, "license");
    if (!dataset.getLanguages().isEmpty()) {
      g.name("languages");
      g.startArray();
      for (String language : dataset.getLanguages()) {
        g.string(language);
      }
      g.endArray();
    }
    asRead(g, dataset, "languages");
  }

  /**
   * Writes the dataset's unknown members, and its unreadable members that are not among the
   * document members written first (record arrays that were not arrays).
   */
  void unknownMembers(TokenSink g, Dataset dataset) throws IOException {
    for (Map.Entry<String, String> member : dataset.getUnreadableMembers().entrySet()) {
      if (!DOCUMENT_MEMBERS.contains(member.getKey())) {
        g.keptName(member.getKey());
        encoders.raw(g, member.getValue());
      }
    }
    for (Map.Entry<String, String> member : dataset.getUnknownMembers().entrySet()) {
      g.keptName(member.getKey());
      encoders.raw(g, member.getValue());
    }
  }

  /** The document members written before the records. */
  private static final java.util.Set<String> DOCUMENT_MEMBERS = java.util.Set.of("publisher", "generatedAt", "license", "languages");

  /** Writes the unreadable document member {@code name} as read, when there is one. */
  private void asRead(TokenSink g, Dataset dataset, String name) throws IOException {
    String json = dataset.getUnreadableMembers().get(name);
    if (json != null) {
      g.name(name);
      encoders.raw(g, json);
    }
  }

  /**
   * Passes every record of {@code dataset} to {@code sink} in the order of the dataset arrays, the
   * unreadable ones at their positions, then the records of unknown types.
   */
  static void records(Dataset dataset, RecordSink sink) throws IOException {
    for (RecordType type : RecordType.values()) {
      List<? extends CpxRecord> typed = dataset.records(type);
      List<UnreadableRecord> unreadable = new ArrayList<>();
      for (UnreadableRecord record : dataset.getUnreadableRecords()) {
        if (record.getType() == type) {
          unreadable.add(record);
        }
      }
      unreadable.sort(Comparator.comparingInt(UnreadableRecord::getPosition));
      int next = 0;
      int written = 0;
      for (UnreadableRecord record : unreadable) {
        while (written < record.getPosition() && next < typed.size()) {
          sink.write(typed.get(next++));
          written++;
        }
        sink.writeJson(record.getJson(), type);
        written++;
      }
      while (next < typed.size()) {
        sink.write(typed.get(next++));
      }
    }
    for (String json : dataset.getOtherRecords()) {
      sink.writeJson(json);
    }
  }

  /** The higher of {@code read}, the version read, and the version this library writes. */
  static String version(String read) {
    String[] parts = read.split("\\.");
    String[] own = Dataset.FORMAT_VERSION.split("\\.");
    int major = Integer.parseInt(parts[0]);
    int ownMajor = Integer.parseInt(own[0]);
    if (major != ownMajor) {
      return major > ownMajor ? read : Dataset.FORMAT_VERSION;
    }
    return Integer.parseInt(parts[1]) > Integer.parseInt(own[1]) ? read : Dataset.FORMAT_VERSION;
  }
}
