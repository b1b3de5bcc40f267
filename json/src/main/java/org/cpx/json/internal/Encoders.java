package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cpx.core.Code;
import org.cpx.core.Codes;
import org.cpx.core.ContactPoint;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Document;
import org.cpx.core.Extensible;
import org.cpx.core.Identifier;
import org.cpx.core.LegalReference;
import org.cpx.core.LocalizedText;
import org.cpx.core.Money;
import org.cpx.core.Party;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.RecordType;
import org.cpx.core.Scoped;
import org.cpx.core.Source;
import org.cpx.core.TargetGroup;
import org.cpx.core.actor.FormerName;
import org.cpx.core.actor.GoverningDocument;
import org.cpx.core.actor.Institution;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.actor.Position;
import org.cpx.core.dataset.Publisher;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.AttendanceGroup;
import org.cpx.core.event.Event;
import org.cpx.core.event.Participation;
import org.cpx.core.event.RelatedEvent;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.Indicator;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;
import org.cpx.core.outcome.Response;
import org.jspecify.annotations.Nullable;

/**
 * Writes every CPX type in the format's deterministic form (spec §1): members in the order of the
 * specification's tables, absent members and empty lists left out, unknown members last in the
 * order read, counts as bare integers when exact.
 */
public final class Encoders {
  /** Writes one value. */
  @FunctionalInterface
  public interface ValueWriter<T> {
    /** Writes {@code value} at the generator's current position. */
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** The member names written so far, encoded: Jackson copies their bytes instead of escaping each name again. */
  private static final Map<String, SerializableString> NAMES = new ConcurrentHashMap<>();

  private final JsonFactory factory;
  private final boolean dropPersonalData;
  private final Encoders forPersons;
  private final List<ValueWriter<CpxRecord>> typeMembers = Stream.of(RecordType.values()).map(this::typeMembers).toList();

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

  // Helpers.

  /** Writes the member name {@code name}, one of this class's literals, encoded once and then copied. */
  private static void name(JsonGenerator g, String name) throws IOException {
    SerializableString encoded = NAMES.get(name);
    if (encoded == null) {
      encoded = NAMES.computeIfAbsent(name, SerializedString::new);
    }
    g.writeFieldName(encoded);
  }

  private static void stringField(JsonGenerator g, String name, String value) throws IOException {
    name(g, name);
    g.writeString(value);
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      stringField(g, name, value.get());
    }
  }

  private static void code(JsonGenerator g, String name, Optional<? extends Code<?>> value) throws IOException {
    if (value.isPresent()) {
      stringField(g, name, value.get().getValue());
    }
  }

  private void text(JsonGenerator g, String name, Optional<LocalizedText> value) throws IOException {
    if (value.isPresent()) {
      name(g, name);
      localizedText(g, value.get());
    }
  }

  private static void scalar(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      stringField(g, name, value.get().toString());
    }
  }

  private <T> void object(JsonGenerator g, String name, Optional<T> value, ValueWriter<T> writer) throws IOException {
    if (value.isPresent()) {
      name(g, name);
      writer.write(g, value.get());
    }
  }

  private <T> void list(JsonGenerator g, String name, List<T> values, ValueWriter<T> writer) throws IOException {
    if (!values.isEmpty()) {
      name(g, name);
      g.writeStartArray();
      for (T value : values) {
        writer.write(g, value);
      }
      g.writeEndArray();
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      name(g, name);
      g.writeStartArray();
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static void ids(JsonGenerator g, String name, List<?> values) throws IOException {
    if (!values.isEmpty()) {
      name(g, name);
      g.writeStartArray();
      for (Object value : values) {
        g.writeString(value.toString());
      }
      g.writeEndArray();
    }
  }

  private static void codes(JsonGenerator g, String name, Codes<?> values) throws IOException {
    if (!values.isEmpty()) {
      name(g, name);
      g.writeStartArray();
      for (Code<?> value : values) {
        g.writeString(value.getValue());
      }
      g.writeEndArray();
    }
  }

  /** Writes the unknown members of {@code value} and closes its object. */
  private void end(JsonGenerator g, Extensible value) throws IOException {
    for (Map.Entry<String, String> member : value.getUnknownMembers().entrySet()) {
      if (dropPersonalData && Person.isPersonalDataMember(member.getKey())) {
        continue;
      }
      JsonSupport.writeName(g, member.getKey());
      raw(g, member.getValue());
    }
    g.writeEndObject();
  }

  /**
   * Writes JSON text {@code json} token by token, numbers as written.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  public void raw(JsonGenerator g, String json) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("an unknown member or raw record is not JSON text");
      }
      JsonSupport.copyValue(parser, g, dropPersonalData);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("an unknown member or raw record holds more than one JSON value");
      }
    } catch (JsonProcessingException e) {
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
  public void keptAsRead(JsonGenerator g, String json, @Nullable RecordType slot, boolean standalone)
      throws IOException {
    String type = KeptElements.member(factory, json, "type");
    Encoders encoders = KeptElements.isPerson(slot, type) ? forPersons : this;
    if (!standalone || slot == null || type != null || !json.startsWith("{")) {
      encoders.raw(g, json);
      return;
    }
    try (JsonParser parser = factory.createParser(json)) {
      parser.nextToken();
      g.writeStartObject();
      stringField(g, "type", slot.getCode());
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (encoders.dropPersonalData && Person.isPersonalDataMember(name)) {
          parser.skipChildren();
        } else {
          JsonSupport.writeName(g, name);
          JsonSupport.copyValue(parser, g, encoders.dropPersonalData);
        }
      }
      g.writeEndObject();
    }
  }

  // Value types.

  /** Writes a {@link LocalizedText}, entries sorted by tag. */
  public void localizedText(JsonGenerator g, LocalizedText text) throws IOException {
    g.writeStartObject();
    Map<String, String> entries = text.getEntries();
    Iterator<String> values = entries.values().iterator();
    for (String tag : entries.keySet()) {
      String value = values.next();
      if (!dropPersonalData || !Person.isPersonalDataMember(tag)) {
        g.writeStringField(tag, value);
      }
    }
    g.writeEndObject();
  }

  /** Writes a {@link Period}. */
  public void period(JsonGenerator g, Period value) throws IOException {
    g.writeStartObject();
    scalar(g, "start", value.getStart());
    scalar(g, "end", value.getEnd());
    end(g, value);
  }

  /** Writes a {@link Count}: a bare integer when exact, undated and without unknown members. */
  public void count(JsonGenerator g, Count value) throws IOException {
    if (value.isBare()) {
      g.writeNumber(value.getValue());
      return;
    }
    g.writeStartObject();
    name(g, "value");
    g.writeNumber(value.getValue());
    stringField(g, "qualifier", value.getQualifier().getValue());
    scalar(g, "asOf", value.getAsOf());
    end(g, value);
  }

  /** Writes a {@link Money}. */
  public void money(JsonGenerator g, Money value) throws IOException {
    g.writeStartObject();
    stringField(g, "amount", value.getAmount());
    stringField(g, "currency", value.getCurrency());
    end(g, value);
  }

  /** Writes a {@link Place}. */
  public void place(JsonGenerator g, Place value) throws IOException {
    g.writeStartObject();
    text(g, "name", value.getName());
    text(g, "address", value.getAddress());
    text(g, "locality", value.getLocality());
    string(g, "subdivision", value.getSubdivision());
    string(g, "country", value.getCountry());
    end(g, value);
  }

  /** Writes a {@link ContactPoint}. */
  public void contactPoint(JsonGenerator g, ContactPoint value) throws IOException {
    g.writeStartObject();
    stringField(g, "kind", value.getKind().getValue());
    stringField(g, "value", value.getValue());
    string(g, "country", value.getCountry());
    text(g, "label", value.getLabel());
    text(g, "availability", value.getAvailability());
    end(g, value);
  }

  /** Writes a {@link LegalReference}. */
  public void legalReference(JsonGenerator g, LegalReference value) throws IOException {
    g.writeStartObject();
    name(g, "instrument");
    localizedText(g, value.getInstrument());
    string(g, "identifier", value.getIdentifier());
    string(g, "article", value.getArticle());
    string(g, "clause", value.getClause());
    string(g, "point", value.getPoint());
    text(g, "text", value.getText());
    string(g, "url", value.getUrl());
    end(g, value);
  }

  /** Writes a {@link Source}. */
  public void source(JsonGenerator g, Source value) throws IOException {
    g.writeStartObject();
    string(g, "url", value.getUrl());
    text(g, "title", value.getTitle());
    text(g, "publisher", value.getPublisher());
    string(g, "author", value.getAuthor());
    scalar(g, "publishedOn", value.getPublishedOn());
    scalar(g, "accessedOn", value.getAccessedOn());
    string(g, "language", value.getLanguage());
    text(g, "note", value.getNote());
    end(g, value);
  }

  /** Writes a {@link Document}. */
  public void document(JsonGenerator g, Document value) throws IOException {
    g.writeStartObject();
    code(g, "kind", value.getKind());
    text(g, "title", value.getTitle());
    string(g, "url", value.getUrl());
    string(g, "symbol", value.getSymbol());
    string(g, "language", value.getLanguage());
    scalar(g, "publishedOn", value.getPublishedOn());
    end(g, value);
  }

  /** Writes an {@link Identifier}. */
  public void identifier(JsonGenerator g, Identifier value) throws IOException {
    g.writeStartObject();
    stringField(g, "scheme", value.getScheme());
    stringField(g, "value", value.getValue());
    end(g, value);
  }

  /** Writes a {@link Party}. */
  public void party(JsonGenerator g, Party value) throws IOException {
    g.writeStartObject();
    scalar(g, "actor", value.getActor());
    code(g, "group", value.getGroup());
    text(g, "label", value.getLabel());
    end(g, value);
  }

  /** Writes a {@link TargetGroup}. */
  public void targetGroup(JsonGenerator g, TargetGroup value) throws IOException {
    g.writeStartObject();
    code(g, "group", value.getGroup());
    if (value.getAgeMin().isPresent()) {
      name(g, "ageMin");
      g.writeNumber(value.getAgeMin().getAsInt());
    }
    if (value.getAgeMax().isPresent()) {
      name(g, "ageMax");
      g.writeNumber(value.getAgeMax().getAsInt());
    }
    text(g, "label", value.getLabel());
    end(g, value);
  }

  // Records.

  /** The writer of the members of {@code type}'s own, between {@code id} and those of every record. */
  private ValueWriter<CpxRecord> typeMembers(RecordType type) {
    return switch (type) {
      case ORGANIZATION -> (g, record) -> organization(g, (Organization) record);
      case NETWORK -> (g, record) -> network(g, (Network) record);
      case PERSON -> (g, record) -> person(g, (Person) record);
      case EVENT -> (g, record) -> event(g, (Event) record);
      case DECLARATION -> (g, record) -> declaration(g, (Declaration) record);
      case RECOMMENDATION -> (g, record) -> recommendation(g, (Recommendation) record);
      case COMMITMENT -> (g, record) -> commitment(g, (Commitment) record);
    };
  }

  /** Writes any record, {@code type} first; a person without its private personal data. */
  public void record(JsonGenerator g, CpxRecord record) throws IOException {
    if (record.getType() == RecordType.PERSON && !dropPersonalData) {
      forPersons.record(g, record);
      return;
    }
    g.writeStartObject();
    stringField(g, "type", record.getType().getCode());
    stringField(g, "id", record.getId().getValue());
    typeMembers.get(record.getType().ordinal()).write(g, record);
    text(g, "description", record.getDescription());
    list(g, "references", record.getReferences(), this::legalReference);
    list(g, "documents", record.getDocuments(), this::document);
    code(g, "access", record.getAccess());
    list(g, "sources", record.getSources(), this::source);
    end(g, record);
  }

  private void institutionStart(JsonGenerator g, Institution value) throws IOException {
    name(g, "name");
    localizedText(g, value.getName());
    strings(g, "acronyms", value.getAcronyms());
    list(g, "alternateNames", value.getAlternateNames(), this::localizedText);
    list(g, "formerNames", value.getFormerNames(), this::formerName);
  }

  private void institutionEnd(JsonGenerator g, Institution value) throws IOException {
    ids(g, "succeededBy", value.getSucceededBy());
    string(g, "country", value.getCountry());
    strings(g, "areasServed", value.getAreasServed());
    scalar(g, "founded", value.getFounded());
    scalar(g, "dissolved", value.getDissolved());
    list(g, "identifiers", value.getIdentifiers(), this::identifier);
    string(g, "website", value.getWebsite());
    list(g, "contactPoints", value.getContactPoints(), this::contactPoint);
    codes(g, "themes", value.getThemes());
  }

  private void scope(JsonGenerator g, Scoped value) throws IOException {
    list(g, "targetGroups", value.getTargetGroups(), this::targetGroup);
    strings(g, "coverage", value.getCoverage());
    codes(g, "themes", value.getThemes());
    strings(g, "sdgTargets", value.getSdgTargets());
  }

  private void organization(JsonGenerator g, Organization value) throws IOException {
    institutionStart(g, value);
    code(g, "classification", value.getClassification());
    scalar(g, "parent", value.getParent());
    institutionEnd(g, value);
  }

  public void formerName(JsonGenerator g, FormerName value) throws IOException {
    g.writeStartObject();
    name(g, "name");
    localizedText(g, value.getName());
    strings(g, "acronyms", value.getAcronyms());
    object(g, "period", value.getPeriod(), this::period);
    end(g, value);
  }

  private void network(JsonGenerator g, Network value) throws IOException {
    institutionStart(g, value);
    institutionEnd(g, value);
    scalar(g, "host", value.getHost());
    text(g, "purpose", value.getPurpose());
    list(g, "functions", value.getFunctions(), this::localizedText);
    list(g, "memberships", value.getMemberships(), this::membership);
    object(g, "memberCount", value.getMemberCount(), this::count);
    list(g, "governingDocuments", value.getGoverningDocuments(), this::governingDocument);
  }

  public void membership(JsonGenerator g, Membership value) throws IOException {
    g.writeStartObject();
    stringField(g, "member", value.getMember().getValue());
    code(g, "role", value.getRole());
    text(g, "title", value.getTitle());
    scalar(g, "onBehalfOf", value.getOnBehalfOf());
    object(g, "period", value.getPeriod(), this::period);
    scalar(g, "asOf", value.getAsOf());
    text(g, "note", value.getNote());
    end(g, value);
  }

  public void governingDocument(JsonGenerator g, GoverningDocument value) throws IOException {
    g.writeStartObject();
    name(g, "title");
    localizedText(g, value.getTitle());
    string(g, "identifier", value.getIdentifier());
    scalar(g, "adoptedOn", value.getAdoptedOn());
    scalar(g, "adoptedBy", value.getAdoptedBy());
    list(g, "legalBasis", value.getLegalBasis(), this::legalReference);
    string(g, "url", value.getUrl());
    end(g, value);
  }

  private void person(JsonGenerator g, Person value) throws IOException {
    stringField(g, "name", value.getName());
    text(g, "honorificPrefix", value.getHonorificPrefix());
    strings(g, "alternateNames", value.getAlternateNames());
    list(g, "identifiers", value.getIdentifiers(), this::identifier);
    list(g, "positions", value.getPositions(), this::position);
  }

  public void position(JsonGenerator g, Position value) throws IOException {
    g.writeStartObject();
    name(g, "title");
    localizedText(g, value.getTitle());
    scalar(g, "organization", value.getOrganization());
    object(g, "period", value.getPeriod(), this::period);
    scalar(g, "asOf", value.getAsOf());
    text(g, "note", value.getNote());
    end(g, value);
  }

  private void event(JsonGenerator g, Event value) throws IOException {
    code(g, "kind", value.getKind());
    name(g, "title");
    localizedText(g, value.getTitle());
    code(g, "status", value.getStatus());
    object(g, "period", value.getPeriod(), this::period);
    code(g, "recurrence", value.getRecurrence());
    string(g, "edition", value.getEdition());
    object(g, "location", value.getLocation(), this::place);
    code(g, "attendanceMode", value.getAttendanceMode());
    string(g, "website", value.getWebsite());
    scalar(g, "partOf", value.getPartOf());
    list(g, "relatedEvents", value.getRelatedEvents(), this::relatedEvent);
    list(g, "participants", value.getParticipants(), this::participation);
    object(g, "attendance", value.getAttendance(), this::attendance);
    list(g, "objectives", value.getObjectives(), this::localizedText);
    text(g, "slogan", value.getSlogan());
    list(g, "keyMessages", value.getKeyMessages(), this::localizedText);
    list(g, "plannedActivities", value.getPlannedActivities(), this::localizedText);
    list(g, "contactPoints", value.getContactPoints(), this::contactPoint);
    scope(g, value);
  }

  public void relatedEvent(JsonGenerator g, RelatedEvent value) throws IOException {
    g.writeStartObject();
    stringField(g, "event", value.getEvent().getValue());
    code(g, "relation", value.getRelation());
    end(g, value);
  }

  public void participation(JsonGenerator g, Participation value) throws IOException {
    g.writeStartObject();
    stringField(g, "actor", value.getActor().getValue());
    code(g, "role", value.getRole());
    scalar(g, "onBehalfOf", value.getOnBehalfOf());
    text(g, "note", value.getNote());
    end(g, value);
  }

  public void attendance(JsonGenerator g, Attendance value) throws IOException {
    g.writeStartObject();
    object(g, "total", value.getTotal(), this::count);
    object(g, "countries", value.getCountries(), this::count);
    object(g, "organizations", value.getOrganizations(), this::count);
    list(g, "breakdown", value.getBreakdown(), this::attendanceGroup);
    text(g, "note", value.getNote());
    end(g, value);
  }

  public void attendanceGroup(JsonGenerator g, AttendanceGroup value) throws IOException {
    g.writeStartObject();
    code(g, "category", value.getCategory());
    text(g, "group", value.getGroup());
    object(g, "count", value.getCount(), this::count);
    end(g, value);
  }

  private void declaration(JsonGenerator g, Declaration value) throws IOException {
    code(g, "kind", value.getKind());
    name(g, "title");
    localizedText(g, value.getTitle());
    string(g, "symbol", value.getSymbol());
    scalar(g, "adoptedAt", value.getAdoptedAt());
    scalar(g, "adoptedOn", value.getAdoptedOn());
    list(g, "endorsedBy", value.getEndorsedBy(), this::party);
    object(g, "endorsementCount", value.getEndorsementCount(), this::count);
    text(g, "preamble", value.getPreamble());
    list(g, "articles", value.getArticles(), this::article);
    scope(g, value);
  }

  public void article(JsonGenerator g, Article value) throws IOException {
    g.writeStartObject();
    stringField(g, "number", value.getNumber());
    text(g, "title", value.getTitle());
    name(g, "text");
    localizedText(g, value.getText());
    end(g, value);
  }

  private void recommendation(JsonGenerator g, Recommendation value) throws IOException {
    name(g, "text");
    localizedText(g, value.getText());
    list(g, "madeBy", value.getMadeBy(), this::party);
    list(g, "addressees", value.getAddressees(), this::party);
    scalar(g, "madeAt", value.getMadeAt());
    scalar(g, "declaration", value.getDeclaration());
    string(g, "article", value.getArticle());
    scalar(g, "issuedOn", value.getIssuedOn());
    list(g, "responses", value.getResponses(), this::response);
    scope(g, value);
  }

  public void response(JsonGenerator g, Response value) throws IOException {
    g.writeStartObject();
    name(g, "by");
    party(g, value.getBy());
    stringField(g, "response", value.getResponse().getValue());
    scalar(g, "on", value.getOn());
    text(g, "note", value.getNote());
    list(g, "sources", value.getSources(), this::source);
    end(g, value);
  }

  private void commitment(JsonGenerator g, Commitment value) throws IOException {
    name(g, "text");
    localizedText(g, value.getText());
    list(g, "committedBy", value.getCommittedBy(), this::party);
    ids(g, "respondsTo", value.getRespondsTo());
    scalar(g, "madeAt", value.getMadeAt());
    scalar(g, "declaration", value.getDeclaration());
    string(g, "article", value.getArticle());
    scalar(g, "madeOn", value.getMadeOn());
    scalar(g, "dueBy", value.getDueBy());
    list(g, "indicators", value.getIndicators(), this::indicator);
    object(g, "budget", value.getBudget(), this::money);
    list(g, "progress", value.getProgress(), this::progressReport);
    scope(g, value);
  }

  public void indicator(JsonGenerator g, Indicator value) throws IOException {
    g.writeStartObject();
    name(g, "description");
    localizedText(g, value.getDescription());
    string(g, "baseline", value.getBaseline());
    string(g, "target", value.getTarget());
    string(g, "unit", value.getUnit());
    end(g, value);
  }

  public void progressReport(JsonGenerator g, ProgressReport value) throws IOException {
    g.writeStartObject();
    stringField(g, "on", value.getOn().toString());
    stringField(g, "status", value.getStatus().getValue());
    object(g, "reportedBy", value.getReportedBy(), this::party);
    text(g, "note", value.getNote());
    list(g, "sources", value.getSources(), this::source);
    end(g, value);
  }

  /** Writes a dataset's {@link Publisher}. */
  public void publisher(JsonGenerator g, Publisher value) throws IOException {
    g.writeStartObject();
    name(g, "name");
    localizedText(g, value.getName());
    string(g, "id", value.getId());
    end(g, value);
  }

  /** The format of timestamps: UTC with {@code Z}. */
  public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;
}
