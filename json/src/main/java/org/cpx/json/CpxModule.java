package org.cpx.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.cpx.json.internal.Encoders;
import org.cpx.json.internal.Jackson2Sink;
import org.cpx.json.internal.Jackson2Source;
import org.cpx.json.internal.ModuleCodec;
import org.cpx.json.internal.SourceException;

/**
 * A Jackson 2 module with a serializer and a deserializer for every CPX type, so that any {@code
 * ObjectMapper} — a Spring Boot or Quarkus application's own — reads and writes CPX values in the
 * wire format. Registered through {@code META-INF/services}, so {@code findAndRegisterModules()}
 * finds it. No class names on the wire, no default typing. For Jackson 3, {@code cpx-jackson3} has
 * the same module.
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
    ModuleCodec.standard().register(new ModuleCodec.Registry() {
      @Override
      public <T> void add(Class<T> type, ModuleCodec.Reading<T> reading, Encoders.ValueWriter<? super T> writing) {
        addSerializer(type, new Writer<>(type, writing));
        addDeserializer(type, new Reader<>(type, reading));
      }
    });
  }

  /** A serializer writing with a {@link Encoders.ValueWriter}. */
  private static final class Writer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Encoders.ValueWriter<? super T> writing;

    Writer(Class<T> type, Encoders.ValueWriter<? super T> writing) {
      super(type);
      this.writing = writing;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      writing.write(new Jackson2Sink(generator), value);
    }
  }

  /** A deserializer reading with a {@link ModuleCodec.Reading}. */
  private static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ModuleCodec.Reading<T> reading;

    Reader(Class<T> type, ModuleCodec.Reading<T> reading) {
      super(type);
      this.reading = reading;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        return reading.read(new Jackson2Source(parser));
      } catch (SourceException e) {
        // A bound of the mapper's parser: Jackson's own exception, as the mapper would throw it.
        throw e.getCause() instanceof IOException ? (IOException) e.getCause() : e;
      }
    }
  }
}
