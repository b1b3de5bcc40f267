package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.math.BigInteger;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cpx.core.actor.Person;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson configuration of the format and what reading and writing share: strict reading (no
 * duplicate members, limits), the copy of a value kept as read, and the escapes of its strings (spec
 * §1: only {@code "}, {@code \} and control characters escaped, hex in lower case).
 */
public final class JsonSupport {
  private static final CharacterEscapes CONTROL_ESCAPES = new ControlCharacterEscapes();

  private JsonSupport() {}

  /** A factory reading with the limits {@code limits}, and writing the format's deterministic form. */
  public static JsonFactory factory(int maxDepth, int maxString, int maxName, int maxNumber) {
    return new JsonFactoryBuilder()
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(maxString)
                .maxNameLength(maxName)
                .maxNumberLength(maxNumber)
                .build())
        .build();
  }

  /**
   * The JSON Pointer of the value being read when a limit was broken: from the parser that reports
   * it, else from {@code source}, the one that was reading.
   */
  public static String pointerOf(com.fasterxml.jackson.core.exc.StreamConstraintsException e, @Nullable TokenSource source) {
    Object processor = e.getProcessor();
    return processor instanceof JsonParser
        ? ((JsonParser) processor).getParsingContext().pathAsPointer().toString()
        : source == null ? "" : source.pointer();
  }

  /**
   * Whether {@code text} is I-JSON: no unpaired surrogate and no noncharacter (U+FDD0–U+FDEF and
   * the last two code points of every plane).
   */
  public static boolean isIJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\uD800') {
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        int codePoint = Character.toCodePoint(c, text.charAt(++i));
        if ((codePoint & 0xFFFE) == 0xFFFE) {
          return false;
        }
      } else if (Character.isLowSurrogate(c) || (c >= '\uFDD0' && c <= '\uFDEF') || c >= '\uFFFE') {
        return false;
      }
    }
    return true;
  }

  /**
   * Copies the value at the source's current token to {@code sink}, numbers in their lexical form,
   * names and strings as kept as read; the source is left on the value's last token. A member
   * appearing twice in an object is the source's syntax error.
   *
   * @param dropPersonalData whether the members holding private personal data are left out
   * @return the first string or member name that is not I-JSON, or {@code null}
   */
  public static @Nullable String copyValue(TokenSource source, TokenSink sink, boolean dropPersonalData)
      throws IOException {
    String bad = null;
    int depth = 0;
    MemberNames names = null;
    Token token = source.current();
    while (true) {
      if (token == null) {
        throw source.syntaxError("unexpected end of input");
      }
      switch (token) {
        case START_OBJECT:
          sink.startObject();
          depth++;
          break;
        case START_ARRAY:
          sink.startArray();
          depth++;
          break;
        case END_OBJECT:
          sink.endObject();
          depth--;
          break;
        case END_ARRAY:
          sink.endArray();
          depth--;
          break;
        case NAME:
          if (names == null) {
            names = new MemberNames();
          }
          names.add(source);
          String name = source.name();
          bad = bad == null && !isIJson(name) ? name : bad;
          if (dropPersonalData && Person.isPersonalDataMember(name)) {
            source.next();
            source.skipChildren();
          } else {
            sink.keptName(name);
          }
          break;
        case STRING:
          String text = source.text();
          bad = bad == null && !isIJson(text) ? text : bad;
          sink.keptString(text);
          break;
        case INTEGER:
          integer(source, sink);
          break;
        case FRACTION:
          sink.number(source.text());
          break;
        case TRUE:
          sink.bool(true);
          break;
        case FALSE:
          sink.bool(false);
          break;
        case NULL:
          sink.nullValue();
          break;
        default:
          throw source.syntaxError("a value embedded in a tree or a buffer is not JSON text");
      }
      if (depth == 0) {
        return bad;
      }
      token = source.next();
    }
  }

  /**
   * Copies the current integer as a number, so that a tree or a buffer holds it as one; one not
   * written as a number writes it ({@code -0}) is copied as written.
   */
  private static void integer(TokenSource source, TokenSink sink) throws IOException {
    String written = source.text();
    if (source.isBigInteger()) {
      BigInteger value = source.bigIntegerValue();
      if (value.toString().equals(written)) {
        sink.number(value);
        return;
      }
    } else {
      long value = source.longValue();
      if (Long.toString(value).equals(written)) {
        sink.number(value);
        return;
      }
    }
    sink.number(written);
  }

  /**
   * The value at the source's current token as compact JSON text in the format's form; {@code
   * null} when a string or member name in it is not I-JSON.
   */
  public static @Nullable String compact(TokenSource source) throws IOException {
    return new Copier().compact(source);
  }

  /** Makes compact copies of values, one after another, with the same buffers. */
  public static final class Copier {
    private final ByteArrayOutputStream text = new ByteArrayOutputStream(256);
    private final Utf8Sink sink = new Utf8Sink(text, false, 256);

    /** {@link JsonSupport#compact(TokenSource)}. */
    public @Nullable String compact(TokenSource source) throws IOException {
      text.reset();
      sink.reset();
      String bad = copyValue(source, sink, false);
      sink.flush();
      return bad == null ? text.toString(StandardCharsets.UTF_8) : null;
    }
  }

  /** {@link #compact(TokenSource)} of the value at {@code parser}'s current token. */
  public static @Nullable String compact(JsonParser parser) throws IOException {
    return compact(new Jackson2Source(parser));
  }

  /**
   * Writes the member name {@code name}, kept as read, with DEL and the C1 controls escaped as the
   * format requires (Jackson escapes the C0 controls itself). The text rules keep every control
   * but line feed and tab out of known members, whose strings are written without this check.
   */
  public static void writeName(JsonGenerator generator, String name) throws IOException {
    write(generator, name, true);
  }

  /** Writes the string {@code text}, kept as read, as {@link #writeName} writes a name. */
  public static void writeString(JsonGenerator generator, String text) throws IOException {
    write(generator, text, false);
  }

  /** Writes {@code text} as a member name or a string value, with the control escapes only when it needs them. */
  private static void write(JsonGenerator generator, String text, boolean name) throws IOException {
    if (!hasDeleteOrC1(text)) {
      writeAsItIs(generator, text, name);
      return;
    }
    CharacterEscapes previous = generator.getCharacterEscapes();
    generator.setCharacterEscapes(CONTROL_ESCAPES);
    try {
      writeAsItIs(generator, text, name);
    } finally {
      generator.setCharacterEscapes(previous);
    }
  }

  private static void writeAsItIs(JsonGenerator generator, String text, boolean name) throws IOException {
    if (name) {
      generator.writeFieldName(text);
    } else {
      generator.writeString(text);
    }
  }

  /** Whether {@code text} holds DEL or a C1 control, which Jackson does not escape itself. */
  public static boolean hasDeleteOrC1(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u007F' && c <= '\u009F') {
        return true;
      }
    }
    return false;
  }

  /** Escapes every control character (C0, DEL, C1) and nothing else but {@code "} and {@code \}. */
  private static final class ControlCharacterEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlCharacterEscapes() {
      ascii[0x7F] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      String escape = controlEscape(ch);
      return escape == null ? null : new SerializedString(escape);
    }
  }

  /** The escape of DEL or a C1 control, {@code \u007f} to {@code \u009f}; {@code null} for another character. */
  public static @Nullable String controlEscape(int ch) {
    return ch == 0x7F || (ch >= 0x80 && ch <= 0x9F) ? String.format("\\u%04x", ch) : null;
  }
}
