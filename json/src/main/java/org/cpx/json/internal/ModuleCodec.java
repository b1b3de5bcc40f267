package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.ObjectType;
import org.cpx.json.CpxJson;
import org.cpx.json.CpxJsonException;
import org.jspecify.annotations.Nullable;

/**
 * What a Jackson module does for each CPX type, whichever line of Jackson it is for: reading a value
 * from a {@link TokenSource} and writing it to a {@link TokenSink}, driven by the description of the
 * model. A module adapts its line's parsers and generators and registers what {@link
 * #register(Registry)} hands it; nothing of a type is written twice.
 *
 * <p>A value is read with the limits of spec §6 and rejected with a {@link CpxJsonException}
 * carrying every finding. A dataset is read and written by {@link CpxJson}'s readers and writers of
 * documents, record by record, which {@link CpxJson} installs here when it is loaded; a record of
 * any type is copied to compact text and read as {@link CpxJson#readRecord} reads it.
 */
public final class ModuleCodec {
  /** Reads one value from a source. */
  @FunctionalInterface
  public interface Reading<T> {
    /** Reads the value at the source's current token. */
    T read(TokenSource source) throws IOException;
  }

  /** Receives how each CPX type is read and written. */
  public interface Registry {
    /** Registers the reading and the writing of the values of {@code type}. */
    <T> void add(Class<T> type, Reading<T> reading, Encoders.ValueWriter<? super T> writing);
  }

  /** The readers and writers of whole documents and records, which are {@link CpxJson}'s. */
  public interface Documents {
    /** Reads the dataset document at the source's current token, part of a larger input. */
    Dataset readDataset(TokenSource source) throws IOException;

    /** Writes {@code dataset} as a document into {@code sink}, a mapper's. */
    void writeDataset(TokenSink sink, Dataset dataset) throws IOException;

    /** Reads one record of any type, its {@code type} member deciding which. */
    CpxRecord readRecord(byte[] json) throws IOException;
  }

  private static @Nullable ModuleCodec standard;

  private final Settings settings;
  private final JsonFactory factory;
  private final Encoders encoders;
  private final Documents documents;

  private ModuleCodec(Settings settings, JsonFactory factory, Encoders encoders, Documents documents) {
    this.settings = settings;
    this.factory = factory;
    this.encoders = encoders;
    this.documents = documents;
  }

  /**
   * Installs the codec with the limits {@code settings} and {@code documents}: done once, by
   * {@link CpxJson} when it is loaded.
   *
   * @throws IllegalStateException if the codec is installed already
   */
  public static synchronized void install(Settings settings, JsonFactory factory, Encoders encoders,
      Documents documents) {
    if (standard != null) {
      throw new IllegalStateException("the codec of the Jackson modules is installed once, by CpxJson");
    }
    standard = new ModuleCodec(settings, factory, encoders, documents);
  }

  /** The codec with the limits of spec §6. */
  public static ModuleCodec standard() {
    CpxJson.create(); // loads CpxJson, which installs the codec
    synchronized (ModuleCodec.class) {
      return Objects.requireNonNull(standard, "CpxJson installs the codec of the Jackson modules");
    }
  }

  /** Hands {@code registry} the reading and writing of every CPX type. */
  public void register(Registry registry) {
    registry.add(Id.class, source -> read(source, Cursor::id), (g, id) -> g.string(id.getValue()));
    registry.add(PartialDate.class, source -> read(source, Cursor::date), (g, date) -> g.string(date.toString()));
    registry.add(LocalizedText.class, source -> read(source, Cursor::localizedText), encoders::localizedText);
    for (ObjectType<?> type : CpxModel.types()) {
      add(registry, type);
    }
    registry.add(CpxRecord.class, this::record, encoders::record);
    registry.add(Dataset.class, documents::readDataset, documents::writeDataset);
  }

  /** Registers {@code type}, read and written by its description; a count in its bare form too. */
  private <T extends Extensible> void add(Registry registry, ObjectType<T> type) {
    if (type == CpxModel.COUNT) {
      registry.add(Count.class, source -> read(source, ObjectCodec::count), encoders::value);
    } else {
      registry.add(type.javaType(), source -> read(source, ObjectCodec.of(type)::read), encoders::value);
    }
  }

  /** Reads a value with {@code reader}, rejecting it with every finding when it has one. */
  private <T> T read(TokenSource source, Cursor.ValueReader<T> reader) throws IOException {
    LimitedSource limited = settings.limited(source);
    Cursor cursor = new Cursor(factory, limited, settings);
    cursor.startRecord(limited, 0);
    T value;
    try {
      value = reader.read(cursor);
    } catch (FatalFinding e) {
      throw new CpxJsonException(List.of(e.finding()));
    }
    List<Finding> findings = cursor.recordFindings();
    if (value == null || !findings.isEmpty()) {
      throw new CpxJsonException(findings.isEmpty()
          ? List.of(Finding.of(FindingCode.JSON_TYPE, "", "the value could not be read"))
          : findings);
    }
    return value;
  }

  /** Reads a record of any type from a compact copy of it, its {@code type} member deciding which. */
  private CpxRecord record(TokenSource source) throws IOException {
    String text = JsonSupport.compact(factory, source);
    if (text == null) {
      throw new CpxJsonException(List.of(Finding.of(FindingCode.JSON_SYNTAX, "",
          "a string holds an unpaired surrogate or a noncharacter")));
    }
    return documents.readRecord(text.getBytes(StandardCharsets.UTF_8));
  }
}
