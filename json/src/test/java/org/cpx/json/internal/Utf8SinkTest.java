package org.cpx.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.ObjectType;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The format's own writer writes the bytes Jackson's generator writes, configured for the format:
 * two-space indentation, {@code ": "} after a name, nothing between empty brackets.
 */
class Utf8SinkTest {
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator("")
                  .withRootSeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final JsonFactory factory = Settings.STANDARD.factory();
  private final Encoders encoders = new Encoders(factory);

  /** What one writer makes of what {@code write} writes. */
  @FunctionalInterface
  private interface Writing {
    void write(TokenSink sink) throws IOException;
  }

  private String jackson(Writing writing, boolean indent) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      if (indent) {
        generator.setPrettyPrinter(PRETTY.createInstance());
      }
      writing.write(new Jackson2Sink(generator));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String own(Writing writing, boolean indent) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Sink sink = new Utf8Sink(out, indent);
    try {
      writing.write(sink);
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Both write the same text, but for characters beyond the Basic Multilingual Plane, which
   * Jackson's generator of bytes writes as escaped surrogates and the format as themselves.
   */
  private void same(Writing writing) {
    assertThat(own(writing, false)).isEqualTo(asThemselves(jackson(writing, false)));
    assertThat(own(writing, true)).isEqualTo(asThemselves(jackson(writing, true)));
  }

  private static String asThemselves(String json) {
    return SURROGATE_PAIR.matcher(json).replaceAll(pair -> new String(new char[] {
        (char) Integer.parseInt(pair.group(1), 16), (char) Integer.parseInt(pair.group(2), 16)}));
  }

  private static final Pattern SURROGATE_PAIR = Pattern.compile("\\\\u(d[89ab][0-9a-f]{2})\\\\u(d[c-f][0-9a-f]{2})");

  /** Every described type, generated with unknown members of every JSON type, compact and indented. */
  @Test
  void everyDescribedValueIsWrittenAsJacksonWritesIt() {
    for (ObjectType<?> type : CpxModel.types()) {
      Property.forAll(30, generators -> generators.value(type), value -> same(sink -> encoders.value(sink, value)));
    }
  }

  @Test
  void everyCharacterIsEscapedAsJacksonEscapesIt() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x800; c++) {
      every.append(c);
    }
    every.append("\u20ac\uffff \u2028\u2029");
    String text = every.toString();
    same(sink -> {
      sink.startObject();
      sink.name(text.replace("\u007f", "").replaceAll("[\u0080-\u009f]", ""));
      sink.string(text.replace("\u007f", "").replaceAll("[\u0080-\u009f]", ""));
      sink.keptName(text);
      sink.keptString(text);
      sink.endObject();
    });
  }

  @Test
  void emptyAndNestedStructuresAreLaidOutAsJacksonLaysThemOut() {
    same(sink -> encoders.raw(sink, "{\"a\":{},\"b\":[],\"c\":[[],{},[1,{\"d\":[true,false,null,-0,1.50e3]}]],\"e\":\"x\"}"));
    same(sink -> encoders.raw(sink, "[]"));
    same(sink -> encoders.raw(sink, "\"text\""));
  }

  /**
   * A character beyond the Basic Multilingual Plane is written as itself (spec §1: non-ASCII
   * written as itself), where Jackson's generator of bytes writes its surrogates escaped; a pair cut
   * by the writer's parts is written whole, and an unpaired surrogate escaped, so that a reader
   * reports it.
   */
  @Test
  void aCharacterBeyondTheBasicPlaneIsWrittenAsItself() {
    String party = "\ud83c\udf89";
    assertThat(own(sink -> sink.string("a" + party + "b"), false)).isEqualTo("\"a" + party + "b\"");
    String cut = "x".repeat(255) + party + "y".repeat(300);
    assertThat(own(sink -> sink.keptString(cut), true)).isEqualTo("\"" + cut + "\"");
    assertThat(own(sink -> sink.string("a\ud800b\udc00"), false)).isEqualTo("\"a\\ud800b\\udc00\"");
  }
}
