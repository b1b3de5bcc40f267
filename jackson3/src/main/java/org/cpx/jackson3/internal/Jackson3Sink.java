package org.cpx.jackson3.internal;

import java.math.BigInteger;
import org.cpx.json.internal.JsonSupport;
import org.cpx.json.internal.MemberName;
import org.cpx.json.internal.TokenSink;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/** Tokens written to a Jackson 3 generator. */
public final class Jackson3Sink implements TokenSink {
  private static final CharacterEscapes CONTROL_ESCAPES = new ControlCharacterEscapes();

  private final JsonGenerator generator;

  /** A sink writing to {@code generator}. */
  public Jackson3Sink(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(MemberName name) {
    generator.writeName(name.text());
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String text) {
    generator.writeString(text);
  }

  @Override
  public void keptName(String name) {
    kept(name, true);
  }

  @Override
  public void keptString(String text) {
    kept(text, false);
  }

  /** Writes a name or a string kept as read, with the control escapes only when it needs them. */
  private void kept(String text, boolean name) {
    if (!JsonSupport.hasDeleteOrC1(text)) {
      write(text, name);
      return;
    }
    CharacterEscapes previous = generator.getCharacterEscapes();
    generator.setCharacterEscapes(CONTROL_ESCAPES);
    try {
      write(text, name);
    } finally {
      generator.setCharacterEscapes(previous);
    }
  }

  private void write(String text, boolean name) {
    if (name) {
      generator.writeName(text);
    } else {
      generator.writeString(text);
    }
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigInteger value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(String asRead) {
    generator.writeNumber(asRead);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    generator.writeNull();
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
      String escape = JsonSupport.controlEscape(ch);
      return escape == null ? null : new SerializedString(escape);
    }
  }
}
