package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigInteger;

/** Tokens written to a Jackson 2 generator: the format's own writer, and a Jackson 2 mapper's. */
public final class Jackson2Sink implements TokenSink {
  private final JsonGenerator generator;

  /** A sink writing to {@code generator}. */
  public Jackson2Sink(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(MemberName name) throws IOException {
    generator.writeFieldName(name.jackson2());
  }

  @Override
  public void name(String name) throws IOException {
    generator.writeFieldName(name);
  }

  @Override
  public void string(String text) throws IOException {
    generator.writeString(text);
  }

  @Override
  public void keptName(String name) throws IOException {
    JsonSupport.writeName(generator, name);
  }

  @Override
  public void keptString(String text) throws IOException {
    JsonSupport.writeString(generator, text);
  }

  @Override
  public void number(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(BigInteger value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void number(String asRead) throws IOException {
    generator.writeNumber(asRead);
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    generator.writeNull();
  }
}
