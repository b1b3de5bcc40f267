package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * carrying every finding. A dataset and a record of any type are copied to compact text and read as
 * {@link CpxJson} reads them, so that nothing of them is lost and they get the same findings; a
 * dataset is written by {@link CpxJson}'s writer of documents, record by record, which {@link
 * CpxJson} installs here when it is loaded.
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

  /** The writer of whole documents, which is {@link CpxJson}'s. */
  public interface Documents {
    /** Writes {@code dataset} as a document into {@code sink}, a mapper's. */
    void writeDataset(TokenSink sink, Dataset dataset) throws IOException;
  }

  private static @Nullable ModuleCodec standard;

  private final Settings settings;
  private final Encoders encoders;
  private final Documents documents;
  private final CpxJson json;

  private ModuleCodec(Settings settings, Encoders encoders, Documents documents, CpxJson json) {
    this.settings = settings;
    this.encoders = encoders;
    this.documents = documents;
    this.json = json;
  }

  /**
   * Installs the codec of {@code json}, with its limits {@code settings}, and the writer of its
   * documents: done once, by {@link CpxJson} when it is loaded.
   *
   * @throws IllegalStateException if the codec is installed already
   */
  public static synchronized void install(CpxJson json, Settings settings, Encoders encoders,
      Documents documents) {
    if (standard != null) {
      throw new IllegalStateException("the codec of the Jackson modules is installed once, by CpxJson");
    }
    standard = new ModuleCodec(settings, encoders, documents, json);
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
    registry.add(CpxRecord.class, source -> json.readRecord(compact(source)).orThrow(), encoders::record);
    registry.add(Dataset.class, source -> json.readDataset(compact(source)).orThrow(), documents::writeDataset);
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
    Cursor cursor = new Cursor(limited, settings);
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

  /**
   * A compact copy of the value at the source's current token, to be read as {@link CpxJson} reads
   * a document or a record, whole: nothing of it lost, the same findings. JSON the mapper's parser
   * cannot read is a {@code json.syntax} finding, a bound of its own broken a {@code json.limit}.
   */
  private byte[] compact(TokenSource source) throws IOException {
    String text;
    try {
      text = JsonSupport.compact(source);
    } catch (SourceException e) {
      throw new CpxJsonException(List.of(e.isLimit()
          ? Finding.of(FindingCode.JSON_LIMIT, e.pointer(), "a value breaks a limit of the reader")
          : syntax(e.line(), e.column())));
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      throw new CpxJsonException(List.of(
          syntax(location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr())));
    }
    if (text == null) {
      throw new CpxJsonException(List.of(Finding.of(FindingCode.JSON_SYNTAX, "",
          "a string holds an unpaired surrogate or a noncharacter")));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Finding syntax(long line, long column) {
    Finding.Builder finding = Finding.builder().code(FindingCode.JSON_SYNTAX).path("")
        .message("the input is not JSON, or has a duplicate member");
    if (line > 0) {
      finding.line(line);
    }
    if (column > 0) {
      finding.column(column);
    }
    return finding.build();
  }
}
