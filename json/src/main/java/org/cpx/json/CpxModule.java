package org.cpx.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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
import org.cpx.json.internal.Cursor;
import org.cpx.json.internal.Encoders;
import org.cpx.json.internal.JsonSupport;
import org.cpx.json.internal.ObjectCodec;
import org.cpx.json.internal.Settings;

/**
 * A Jackson module with a serializer and a deserializer for every CPX type, so that any {@code
 * ObjectMapper} — a Spring Boot or Quarkus application's own — reads and writes CPX values in the
 * wire format. Registered through {@code META-INF/services}, so {@code findAndRegisterModules()}
 * finds it. No class names on the wire, no default typing.
 *
 * <p>A value with an error is rejected with a {@link CpxJsonException} carrying every finding.
 * Escaping and indentation are the mapper's own; {@link CpxJson} writes the format's byte-exact
 * deterministic form.
 */
public final class CpxModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Returns the module with the limits of spec §6. */
  public CpxModule() {
    super("CpxModule", Version.unknownVersion());
    CpxJson json = CpxJson.create();
    Settings settings = json.settings();
    JsonFactory factory = json.factory();
    Encoders encoders = json.encoders();
    Codec codec = new Codec(settings, factory);

    addSerializer(Id.class, Id::getValue);
    addDeserializer(Id.class, new ReadingDeserializer<>(Id.class, parser -> read(parser, codec, Cursor::id)));
    addSerializer(PartialDate.class, PartialDate::toString);
    addDeserializer(PartialDate.class, new ReadingDeserializer<>(PartialDate.class, parser -> read(parser, codec, Cursor::date)));
    add(LocalizedText.class, codec, Cursor::localizedText, encoders::localizedText);
    for (ObjectType<?> type : CpxModel.types()) {
      add(type, codec, encoders);
    }
    addSerializer(CpxRecord.class, new ValueSerializer<>(CpxRecord.class, encoders::record));
    addDeserializer(CpxRecord.class, new ReadingDeserializer<>(CpxRecord.class, parser -> readRecord(parser, json)));
    addSerializer(Dataset.class, new ValueSerializer<>(Dataset.class, (g, v) -> DatasetRecordWriter.dataset(g, encoders, v)));
    addDeserializer(Dataset.class,
        new ReadingDeserializer<>(Dataset.class, parser -> json.collect(new DatasetRecordReader(parser, settings, factory)).orThrow()));
  }

  /** Adds the serializer and the deserializer of {@code type}, both driven by its description; a count's bare form too. */
  private <T extends Extensible> void add(ObjectType<T> type, Codec codec, Encoders encoders) {
    if (type == CpxModel.COUNT) {
      add(Count.class, codec, ObjectCodec::count, encoders::value);
    } else {
      add(type.javaType(), codec, ObjectCodec.of(type)::read, encoders::value);
    }
  }

  private <T> void add(Class<T> type, Codec codec, Cursor.ValueReader<T> reader, Encoders.ValueWriter<? super T> writer) {
    addSerializer(type, new ValueSerializer<>(type, writer));
    addDeserializer(type, new ReadingDeserializer<>(type, parser -> read(parser, codec, reader)));
  }

  private <T> void addSerializer(Class<T> type, java.util.function.Function<T, String> text) {
    addSerializer(type, new ValueSerializer<T>(type, (g, value) -> g.writeString(text.apply(value))));
  }

  /** The limits and factory the deserializers read with. */
  private static final class Codec {
    final Settings settings;
    final JsonFactory factory;

    Codec(Settings settings, JsonFactory factory) {
      this.settings = settings;
      this.factory = factory;
    }
  }

  private static final class ValueSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Encoders.ValueWriter<? super T> writer;

    ValueSerializer(Class<T> type, Encoders.ValueWriter<? super T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      writer.write(generator, value);
    }
  }

  /** Reads one value from a parser. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(JsonParser parser) throws IOException;
  }

  /** A deserializer that reads its value with a {@link Reading}. */
  private static final class ReadingDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Reading<T> reading;

    ReadingDeserializer(Class<T> type, Reading<T> reading) {
      super(type);
      this.reading = reading;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return reading.read(parser);
    }
  }

  /** Reads a value with {@code reader}, rejecting it with every finding when it has one. */
  private static <T> T read(JsonParser parser, Codec codec, Cursor.ValueReader<T> reader) throws IOException {
    JsonParser limited = codec.settings.limited(parser);
    Cursor cursor = new Cursor(codec.factory, limited, codec.settings);
    cursor.startRecord(limited, 0);
    T value = reader.read(cursor);
    List<Finding> findings = cursor.recordFindings();
    if (value == null || !findings.isEmpty()) {
      throw new CpxJsonException(findings.isEmpty()
          ? List.of(Finding.of(FindingCode.JSON_TYPE, "", "the value could not be read"))
          : findings);
    }
    return value;
  }

  /** Reads a record of any type, its {@code type} member deciding which. */
  private static CpxRecord readRecord(JsonParser parser, CpxJson json) throws IOException {
    String text = JsonSupport.compact(json.factory(), parser);
    if (text == null) {
      throw new CpxJsonException(List.of(Finding.of(FindingCode.JSON_SYNTAX, "",
          "a string holds an unpaired surrogate or a noncharacter")));
    }
    return json.readRecord(text.getBytes(StandardCharsets.UTF_8)).orThrow();
  }
}
