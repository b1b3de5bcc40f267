package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * What a Jackson module does for each CPX type, whichever line of Jackson it is for: reading a value
 * from a {@link TokenSource} and writing it to a {@link TokenSink}, driven by the description of the
 * model. A module adapts its line's parsers and generators and registers what {@link
 * #register(Registry)} hands it; nothing of a type is written twice.
 *
 * <p>A value is read with the limits of spec §6 and rejected with a {@link CpxJsonException}
 * carrying every finding. A record of any type and a whole dataset are copied to compact text and
 * read as {@link CpxJson} reads them; a dataset is written as {@link CpxJson} writes it, then passed
 * on token by token, so that the mapper's own layout applies.
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

  private static final ModuleCodec STANDARD = new ModuleCodec(Settings.STANDARD);

  private final Settings settings;
  private final JsonFactory factory;
  private final Encoders encoders;
  private final CpxJson json = CpxJson.create();

  private ModuleCodec(Settings settings) {
    this.settings = settings;
    this.factory = settings.factory();
    this.encoders = new Encoders(factory);
  }

  /** The codec with the limits of spec §6. */
  public static ModuleCodec standard() {
    return STANDARD;
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
    registry.add(Dataset.class, this::dataset, this::dataset);
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

  /** Reads a record of any type, its {@code type} member deciding which. */
  private CpxRecord record(TokenSource source) throws IOException {
    return json.readRecord(compact(source)).orThrow();
  }

  /** Reads a dataset document. */
  private Dataset dataset(TokenSource source) throws IOException {
    return json.readDataset(compact(source)).orThrow();
  }

  private byte[] compact(TokenSource source) throws IOException {
    String text = JsonSupport.compact(factory, source);
    if (text == null) {
      throw new CpxJsonException(List.of(Finding.of(FindingCode.JSON_SYNTAX, "",
          "a string holds an unpaired surrogate or a noncharacter")));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes {@code dataset} as {@link CpxJson} does, token by token. */
  private void dataset(TokenSink sink, Dataset dataset) throws IOException {
    try (JsonParser parser = factory.createParser(json.writeDataset(dataset))) {
      TokenSource source = new Jackson2Source(parser);
      source.next();
      JsonSupport.copyValue(source, sink, false);
    }
  }
}
