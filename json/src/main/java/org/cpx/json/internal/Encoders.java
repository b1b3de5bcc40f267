package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordType;
import org.cpx.core.actor.Person;
import org.cpx.core.model.CpxModel;
import org.jspecify.annotations.Nullable;

/**
 * Writes CPX values in the format's deterministic form (spec §1) through their {@link ObjectCodec}:
 * members in the order of the format, absent members and empty lists left out, unknown members last
 * in the order read, counts as bare integers when exact. A person's private personal data is never
 * written: its writer leaves it out of the unknown members, the texts and the elements kept as read.
 */
public final class Encoders {
  /** Writes one value. */
  @FunctionalInterface
  public interface ValueWriter<T> {
    /** Writes {@code value} at the generator's current position. */
    void write(TokenSink g, T value) throws IOException;
  }

  private final JsonFactory factory;
  private final boolean dropPersonalData;
  private final Encoders forPersons;

  /** Encoders copying unknown members with parsers of {@code factory}. */
  public Encoders(JsonFactory factory) {
    this(factory, false);
  }

  /** Encoders that leave out private personal data when {@code dropPersonalData} is set, as for persons. */
  private Encoders(JsonFactory factory, boolean dropPersonalData) {
    this.factory = factory;
    this.dropPersonalData = dropPersonalData;
    this.forPersons = dropPersonalData ? this : new Encoders(factory, true);
  }

  /** Writes any record, {@code type} first; a person without its private personal data. */
  public void record(TokenSink g, CpxRecord record) throws IOException {
    Encoders encoders = record.getType() == RecordType.PERSON ? forPersons : this;
    object(encoders, g, record);
  }

  /** Writes {@code value}, any value of the model; a record as {@link #record} does, a count bare when it can be. */
  public void value(TokenSink g, Extensible value) throws IOException {
    if (value instanceof CpxRecord) {
      record(g, (CpxRecord) value);
    } else if (value instanceof Count) {
      ObjectCodec.count(this, g, (Count) value);
    } else {
      object(this, g, value);
    }
  }

  private static <T extends Extensible> void object(Encoders encoders, TokenSink g, T value) throws IOException {
    ObjectCodec.of(CpxModel.typeOf(value)).write(encoders, g, value);
  }

  /** Writes the unknown members of {@code value}, in the order read. */
  void unknownMembers(TokenSink g, Extensible value) throws IOException {
    Map<String, String> members = value.getUnknownMembers();
    if (members.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> member : members.entrySet()) {
      if (dropPersonalData && Person.isPersonalDataMember(member.getKey())) {
        continue;
      }
      g.keptName(member.getKey());
      raw(g, member.getValue());
    }
  }

  /**
   * Writes JSON text {@code json} token by token, numbers as written.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  public void raw(TokenSink g, String json) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("an unknown member or raw record is not JSON text");
      }
      JsonSupport.copyValue(new Jackson2Source(parser), g, dropPersonalData);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("an unknown member or raw record holds more than one JSON value");
      }
    } catch (JsonProcessingException | SourceException e) {
      throw new IllegalArgumentException("an unknown member or raw record is not JSON text", e);
    }
  }

  /**
   * Writes an element kept as read (spec §1): an unreadable record, a record of a type this version
   * does not know, or an element that is not a record, found in the array of {@code slot} ({@code
   * null} for {@code otherRecords} and stream lines of no known type). Members holding private
   * personal data are left out of a person's, whichever array it was in: one of {@code persons} or
   * one whose {@code type} is {@code person}. On a stream line ({@code standalone}) a record of
   * {@code slot} gets its {@code type} first when it has none, as records in a dataset array may
   * omit it.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  public void keptAsRead(TokenSink g, String json, @Nullable RecordType slot, boolean standalone)
      throws IOException {
    String type = KeptElements.member(factory, json, "type");
    Encoders encoders = KeptElements.isPerson(slot, type) ? forPersons : this;
    if (!standalone || slot == null || type != null || !json.startsWith("{")) {
      encoders.raw(g, json);
      return;
    }
    try (TokenSource source = new Jackson2Source(factory.createParser(json))) {
      source.next();
      g.startObject();
      g.name(MemberName.TYPE);
      g.string(slot.getCode());
      while (source.next() == Token.NAME) {
        String name = source.name();
        source.next();
        if (encoders.dropPersonalData && Person.isPersonalDataMember(name)) {
          source.skipChildren();
        } else {
          g.keptName(name);
          JsonSupport.copyValue(source, g, encoders.dropPersonalData);
        }
      }
      g.endObject();
    }
  }

  /** Writes a {@link LocalizedText}, entries sorted by tag. */
  public void localizedText(TokenSink g, LocalizedText text) throws IOException {
    g.startObject();
    Map<String, String> entries = text.getEntries();
    Iterator<String> values = entries.values().iterator();
    for (String tag : entries.keySet()) {
      String value = values.next();
      if (!dropPersonalData || !Person.isPersonalDataMember(tag)) {
        g.name(tag);
        g.string(value);
      }
    }
    g.endObject();
  }

  /** The format of timestamps: UTC with {@code Z}. */
  public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;
}
