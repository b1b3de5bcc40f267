package org.cpx.jackson3;

import java.io.IOException;
import org.cpx.jackson3.internal.Jackson3Sink;
import org.cpx.jackson3.internal.Jackson3Source;
import org.cpx.json.CpxJsonException;
import org.cpx.json.internal.Encoders;
import org.cpx.json.internal.ModuleCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module with a serializer and a deserializer for every CPX type, so that any {@code
 * JsonMapper} — a Spring Boot 4 application's own — reads and writes CPX values in the wire
 * format, exactly as {@code org.cpx.json.CpxModule} does for Jackson 2: the same codec, driven by
 * the same description of the model. Registered through {@code META-INF/services}, so {@code
 * findAndAddModules()} finds it. No class names on the wire, no default typing.
 *
 * <p>A value with an error is rejected with a {@link CpxReadException} carrying every finding.
 * Escaping and indentation are the mapper's own; {@code CpxJson} writes the format's byte-exact
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
    private final transient Encoders.ValueWriter<? super T> writing;

    Writer(Class<T> type, Encoders.ValueWriter<? super T> writing) {
      super(type);
      this.writing = writing;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      try {
        writing.write(new Jackson3Sink(generator), value);
      } catch (IOException e) {
        throw JacksonIOException.construct(e);
      }
    }
  }

  /** A deserializer reading with a {@link ModuleCodec.Reading}. */
  private static final class Reader<T> extends StdDeserializer<T> {
    private final transient ModuleCodec.Reading<T> reading;

    Reader(Class<T> type, ModuleCodec.Reading<T> reading) {
      super(type);
      this.reading = reading;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return reading.read(new Jackson3Source(parser));
      } catch (CpxJsonException e) {
        throw new CpxReadException(parser, e);
      } catch (IOException e) {
        if (e.getCause() instanceof JacksonException) {
          throw (JacksonException) e.getCause();
        }
        throw JacksonIOException.construct(e);
      }
    }
  }
}
