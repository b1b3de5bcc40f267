package org.cpx.json.internal;

import static org.cpx.json.internal.Cursor.set;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cpx.core.Access;
import org.cpx.core.Codes;
import org.cpx.core.ContactKind;
import org.cpx.core.ContactPoint;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.CpxRecord;
import org.cpx.core.Document;
import org.cpx.core.DocumentKind;
import org.cpx.core.Id;
import org.cpx.core.Identifier;
import org.cpx.core.LegalReference;
import org.cpx.core.Money;
import org.cpx.core.Party;
import org.cpx.core.PartyGroup;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.RecordBuilder;
import org.cpx.core.RecordType;
import org.cpx.core.ScopedBuilder;
import org.cpx.core.Source;
import org.cpx.core.TargetGroup;
import org.cpx.core.TargetGroupKind;
import org.cpx.core.Theme;
import org.cpx.core.actor.FormerName;
import org.cpx.core.actor.GoverningDocument;
import org.cpx.core.actor.InstitutionBuilder;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.OrganizationClassification;
import org.cpx.core.actor.Person;
import org.cpx.core.actor.Position;
import org.cpx.core.dataset.Publisher;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.AttendanceCategory;
import org.cpx.core.event.AttendanceGroup;
import org.cpx.core.event.AttendanceMode;
import org.cpx.core.event.Event;
import org.cpx.core.event.EventKind;
import org.cpx.core.event.EventRelation;
import org.cpx.core.event.EventStatus;
import org.cpx.core.event.Participation;
import org.cpx.core.event.ParticipationRole;
import org.cpx.core.event.Recurrence;
import org.cpx.core.event.RelatedEvent;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.DeclarationKind;
import org.cpx.core.outcome.Indicator;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;
import org.cpx.core.outcome.Response;
import org.cpx.core.outcome.ResponseKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads every CPX type from a {@link Cursor}, member by member in any order (spec §2–§4). Each
 * method reads the value at the cursor's current token and returns {@code null} when it is absent
 * or broken; a broken value is reported with its path.
 */
public final class Decoders {
  private Decoders() {}

  /** Reads the members of an object, one call per member; returns whether the member is known. */
  @FunctionalInterface
  private interface Members {
    boolean read(String name) throws IOException;
  }

  /** Reads the current object's members; the unknown ones are returned, in order. */
  private static Map<String, String> members(Cursor c, Members members) throws IOException {
    Map<String, String> unknown = null;
    int size = c.path().size();
    while (c.nextMember(size)) {
      if (!members.read(c.name())) {
        unknown = c.unknown(unknown);
      }
    }
    c.path().truncate(size);
    return unknown == null ? Map.of() : unknown;
  }

  /**
   * Builds an object read without errors since there were {@code errorsBefore}; a rule of the model
   * the reader did not check becomes {@code code} at the object's path.
   */
  private static <T> @Nullable T build(Cursor c, int errorsBefore, FindingCode code, Supplier<T> build) {
    if (c.errors() > errorsBefore) {
      return null;
    }
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      c.report(code, "the object breaks a rule of its type");
      return null;
    }
  }

  // Value types.

  /** Reads a {@link Period}. */
  public static @Nullable Period period(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Period.Builder b = Period.builder();
    boolean[] any = {false};
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "start":
          any[0] |= !c.isNull();
          set(b::start, c.date());
          return true;
        case "end":
          any[0] |= !c.isNull();
          set(b::end, c.date());
          return true;
        default:
          return false;
      }
    }));
    if (!any[0]) {
      c.report(FindingCode.JSON_MISSING, "a period needs a start, an end or both");
    }
    return build(c, before, FindingCode.JSON_MISSING, b::build);
  }

  /** Reads a {@link Count}: a bare integer or an object. */
  public static @Nullable Count count(Cursor c) throws IOException {
    if (c.parser().currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
        || c.parser().currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) {
      Long value = c.naturalNumber(Count.MAX_VALUE);
      return value == null ? null : Count.of(value);
    }
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Count.Builder b = Count.builder();
    boolean[] hasValue = {false};
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "value":
          Long value = c.naturalNumber(Count.MAX_VALUE);
          if (value != null) {
            b.value(value);
            hasValue[0] = true;
          }
          return true;
        case "qualifier":
          set(b::qualifier, c.code(CountQualifier.class));
          return true;
        case "asOf":
          set(b::asOf, c.date());
          return true;
        default:
          return false;
      }
    }));
    if (!hasValue[0]) {
      c.missing("value");
    }
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Money}. */
  public static @Nullable Money money(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    String[] amount = {null};
    String[] currency = {null};
    Map<String, String> unknown = members(c, name -> {
      switch (name) {
        case "amount":
          amount[0] = c.grammatical(FindingCode.JSON_TYPE, "an amount is a decimal string such as \"1500000000\" or \"0.10\"");
          if (amount[0] != null && !amount[0].matches("(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?")) {
            c.report(FindingCode.JSON_TYPE, "an amount is a decimal string such as \"1500000000\" or \"0.10\"");
            amount[0] = null;
          }
          return true;
        case "currency":
          currency[0] = c.text();
          return true;
        default:
          return false;
      }
    });
    if (amount[0] == null) {
      c.missing("amount");
    }
    if (currency[0] == null) {
      c.missing("currency");
    }
    return build(c, before, FindingCode.JSON_TYPE,
        () -> Money.builder().amount(amount[0]).currency(currency[0]).unknownMembers(unknown).build());
  }

  /** Reads a {@link Place}. */
  public static @Nullable Place place(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Place.Builder b = Place.builder();
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "name":
          set(b::name, c.localizedText());
          return true;
        case "address":
          set(b::address, c.localizedText());
          return true;
        case "locality":
          set(b::locality, c.localizedText());
          return true;
        case "subdivision":
          set(b::subdivision, c.text());
          return true;
        case "country":
          set(b::country, c.text());
          return true;
        default:
          return false;
      }
    }));
    return build(c, before, FindingCode.JSON_MISSING, b::build);
  }

  /** Reads a {@link ContactPoint}. */
  public static @Nullable ContactPoint contactPoint(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    ContactPoint.Builder b = ContactPoint.builder();
    boolean[] seen = new boolean[2];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "kind":
          seen[0] = setRequired(b::kind, c.code(ContactKind.class));
          return true;
        case "value":
          seen[1] = setRequired(b::value, c.text());
          return true;
        case "country":
          set(b::country, c.text());
          return true;
        case "label":
          set(b::label, c.localizedText());
          return true;
        case "availability":
          set(b::availability, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "kind", "value");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link LegalReference}. */
  public static @Nullable LegalReference legalReference(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    LegalReference.Builder b = LegalReference.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "instrument":
          seen[0] = setRequired(b::instrument, c.localizedText());
          return true;
        case "identifier":
          set(b::identifier, c.text());
          return true;
        case "article":
          set(b::article, c.text());
          return true;
        case "clause":
          set(b::clause, c.text());
          return true;
        case "point":
          set(b::point, c.text());
          return true;
        case "text":
          set(b::text, c.localizedText());
          return true;
        case "url":
          set(b::url, c.text());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "instrument");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Source}. */
  public static @Nullable Source source(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Source.Builder b = Source.builder();
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "url":
          set(b::url, c.text());
          return true;
        case "title":
          set(b::title, c.localizedText());
          return true;
        case "publisher":
          set(b::publisher, c.localizedText());
          return true;
        case "author":
          set(b::author, c.text());
          return true;
        case "publishedOn":
          set(b::publishedOn, c.date());
          return true;
        case "accessedOn":
          set(b::accessedOn, c.day());
          return true;
        case "language":
          set(b::language, c.languageTag());
          return true;
        case "note":
          set(b::note, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    return build(c, before, FindingCode.JSON_MISSING, b::build);
  }

  /** Reads a {@link Document}. */
  public static @Nullable Document document(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Document.Builder b = Document.builder();
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "kind":
          set(b::kind, c.code(DocumentKind.class));
          return true;
        case "title":
          set(b::title, c.localizedText());
          return true;
        case "url":
          set(b::url, c.text());
          return true;
        case "symbol":
          set(b::symbol, c.text());
          return true;
        case "language":
          set(b::language, c.languageTag());
          return true;
        case "publishedOn":
          set(b::publishedOn, c.date());
          return true;
        default:
          return false;
      }
    }));
    return build(c, before, FindingCode.JSON_MISSING, b::build);
  }

  /** Reads an {@link Identifier}. */
  public static @Nullable Identifier identifier(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Identifier.Builder b = Identifier.builder();
    boolean[] seen = new boolean[2];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "scheme":
          String scheme = c.text();
          if (scheme != null && !scheme.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            c.report(FindingCode.JSON_TYPE, "a scheme is lower-case letters and digits joined by single hyphens");
            scheme = null;
          }
          seen[0] = setRequired(b::scheme, scheme);
          return true;
        case "value":
          seen[1] = setRequired(b::value, c.text());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "scheme", "value");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Party}. */
  public static @Nullable Party party(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Party.Builder b = Party.builder();
    int[] present = {0};
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "actor":
          present[0] += c.isNull() ? 0 : 1;
          set(b::actor, c.id());
          return true;
        case "group":
          present[0] += c.isNull() ? 0 : 1;
          set(b::group, c.code(PartyGroup.class));
          return true;
        case "label":
          set(b::label, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    if (present[0] != 1) {
      c.report(FindingCode.JSON_TYPE, "a party has exactly one of \"actor\" and \"group\"");
    }
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link TargetGroup}. */
  public static @Nullable TargetGroup targetGroup(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    TargetGroup.Builder b = TargetGroup.builder();
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "group":
          set(b::group, c.code(TargetGroupKind.class));
          return true;
        case "ageMin":
          set(age -> b.ageMin(age.intValue()), c.naturalNumber(Integer.MAX_VALUE));
          return true;
        case "ageMax":
          set(age -> b.ageMax(age.intValue()), c.naturalNumber(Integer.MAX_VALUE));
          return true;
        case "label":
          set(b::label, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  // Records.

  /**
   * Reads a member every record has into {@code b}; {@code false} when {@code name} is not one.
   * The {@code type} member is checked against {@code type}.
   */
  private static boolean commonMember(Cursor c, String name, RecordType type, RecordBuilder<?> b)
      throws IOException {
    switch (name) {
      case "type":
        String code = c.text();
        if (code != null && !code.equals(type.getCode())) {
          c.typeOfAnotherArray();
        }
        return true;
      case "id":
        Id id = c.id();
        if (id != null) {
          b.id(id);
          c.recordId(id);
        }
        return true;
      case "description":
        set(b::description, c.localizedText());
        return true;
      case "references":
        b.references(c.list(Decoders::legalReference));
        return true;
      case "documents":
        b.documents(c.list(Decoders::document));
        return true;
      case "access":
        set(b::access, c.code(Access.class));
        return true;
      case "sources":
        b.sources(c.list(Decoders::source));
        return true;
      default:
        return false;
    }
  }

  /** Reads the record of {@code type} at the cursor, or {@code null} when it is unreadable. */
  public static @Nullable CpxRecord record(Cursor c, RecordType type) throws IOException {
    return switch (type) {
      case ORGANIZATION -> organization(c);
      case NETWORK -> network(c);
      case PERSON -> person(c);
      case EVENT -> event(c);
      case DECLARATION -> declaration(c);
      case RECOMMENDATION -> recommendation(c);
      case COMMITMENT -> commitment(c);
    };
  }

  /** Reads the members of a record with {@code members}, then builds it. */
  private static <R extends CpxRecord> @Nullable R record(
      Cursor c, RecordType type, RecordBuilder<?> b, Members members, Supplier<R> build, String... required)
      throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    boolean[] seen = new boolean[required.length + 1];
    b.unknownMembers(members(c, name -> {
      if (name.equals("id")) {
        seen[0] = !c.isNull();
      }
      for (int i = 0; i < required.length; i++) {
        if (name.equals(required[i])) {
          seen[i + 1] = !c.isNull();
        }
      }
      return commonMember(c, name, type, b) || members.read(name);
    }));
    if (!seen[0]) {
      c.missing("id");
    }
    for (int i = 0; i < required.length; i++) {
      if (!seen[i + 1]) {
        c.missing(required[i]);
      }
    }
    return build(c, before, FindingCode.JSON_MISSING, build);
  }

  /** Reads a member organizations and networks share; {@code false} when {@code name} is not one. */
  private static boolean institutionMember(Cursor c, String name, InstitutionBuilder<?> b) throws IOException {
    switch (name) {
      case "name":
        set(b::name, c.localizedText());
        return true;
      case "acronyms":
        b.acronyms(c.list(Cursor::text));
        return true;
      case "alternateNames":
        b.alternateNames(c.list(Cursor::localizedText));
        return true;
      case "formerNames":
        b.formerNames(c.list(Decoders::formerName));
        return true;
      case "succeededBy":
        b.succeededBy(c.list(Cursor::id));
        return true;
      case "country":
        set(b::country, c.text());
        return true;
      case "areasServed":
        b.areasServed(c.list(Cursor::text));
        return true;
      case "founded":
        set(b::founded, c.date());
        return true;
      case "dissolved":
        set(b::dissolved, c.date());
        return true;
      case "identifiers":
        b.identifiers(c.list(Decoders::identifier));
        return true;
      case "website":
        set(b::website, c.text());
        return true;
      case "contactPoints":
        b.contactPoints(c.list(Decoders::contactPoint));
        return true;
      case "themes":
        b.themes(themes(c));
        return true;
      default:
        return false;
    }
  }

  /** Reads a member of a record's scope; {@code false} when {@code name} is not one. */
  private static boolean scopeMember(Cursor c, String name, ScopedBuilder<?> b) throws IOException {
    switch (name) {
      case "targetGroups":
        b.targetGroups(c.list(Decoders::targetGroup));
        return true;
      case "coverage":
        b.coverage(c.list(Cursor::text));
        return true;
      case "themes":
        b.themes(themes(c));
        return true;
      case "sdgTargets":
        b.sdgTargets(c.list(Cursor::text));
        return true;
      default:
        return false;
    }
  }

  private static Codes<Theme> themes(Cursor c) throws IOException {
    return Codes.ofAll(c.list(cursor -> cursor.code(Theme.class)));
  }

  /** Reads an {@link Organization}. */
  public static @Nullable Organization organization(Cursor c) throws IOException {
    Organization.Builder b = Organization.builder();
    return record(c, RecordType.ORGANIZATION, b, name -> {
      switch (name) {
        case "classification":
          set(b::classification, c.code(OrganizationClassification.class));
          return true;
        case "parent":
          set(b::parent, c.id());
          return true;
        default:
          return institutionMember(c, name, b);
      }
    }, b::build, "name");
  }

  /** Reads a {@link FormerName}. */
  public static @Nullable FormerName formerName(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    FormerName.Builder b = FormerName.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "name":
          seen[0] = setRequired(b::name, c.localizedText());
          return true;
        case "acronyms":
          b.acronyms(c.list(Cursor::text));
          return true;
        case "period":
          set(b::period, period(c));
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "name");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Network}. */
  public static @Nullable Network network(Cursor c) throws IOException {
    Network.Builder b = Network.builder();
    return record(c, RecordType.NETWORK, b, name -> {
      switch (name) {
        case "host":
          set(b::host, c.id());
          return true;
        case "purpose":
          set(b::purpose, c.localizedText());
          return true;
        case "functions":
          b.functions(c.list(Cursor::localizedText));
          return true;
        case "memberships":
          b.memberships(c.list(Decoders::membership));
          return true;
        case "memberCount":
          set(b::memberCount, count(c));
          return true;
        case "governingDocuments":
          b.governingDocuments(c.list(Decoders::governingDocument));
          return true;
        default:
          return institutionMember(c, name, b);
      }
    }, b::build, "name");
  }

  /** Reads a {@link Membership}. */
  public static @Nullable Membership membership(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Membership.Builder b = Membership.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "member":
          seen[0] = setRequired(b::member, c.id());
          return true;
        case "role":
          set(b::role, c.code(MembershipRole.class));
          return true;
        case "title":
          set(b::title, c.localizedText());
          return true;
        case "onBehalfOf":
          set(b::onBehalfOf, c.id());
          return true;
        case "period":
          set(b::period, period(c));
          return true;
        case "asOf":
          set(b::asOf, c.date());
          return true;
        case "note":
          set(b::note, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "member");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link GoverningDocument}. */
  public static @Nullable GoverningDocument governingDocument(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    GoverningDocument.Builder b = GoverningDocument.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "title":
          seen[0] = setRequired(b::title, c.localizedText());
          return true;
        case "identifier":
          set(b::identifier, c.text());
          return true;
        case "adoptedOn":
          set(b::adoptedOn, c.date());
          return true;
        case "adoptedBy":
          set(b::adoptedBy, c.id());
          return true;
        case "legalBasis":
          b.legalBasis(c.list(Decoders::legalReference));
          return true;
        case "url":
          set(b::url, c.text());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "title");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Person}. */
  public static @Nullable Person person(Cursor c) throws IOException {
    Person.Builder b = Person.builder();
    return record(c, RecordType.PERSON, b, name -> {
      switch (name) {
        case "name":
          set(b::name, c.text());
          return true;
        case "honorificPrefix":
          set(b::honorificPrefix, c.localizedText());
          return true;
        case "alternateNames":
          b.alternateNames(c.list(Cursor::text));
          return true;
        case "identifiers":
          b.identifiers(c.list(Decoders::identifier));
          return true;
        case "positions":
          b.positions(c.list(Decoders::position));
          return true;
        default:
          return false;
      }
    }, b::build, "name");
  }

  /** Reads a {@link Position}. */
  public static @Nullable Position position(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Position.Builder b = Position.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "title":
          seen[0] = setRequired(b::title, c.localizedText());
          return true;
        case "organization":
          set(b::organization, c.id());
          return true;
        case "period":
          set(b::period, period(c));
          return true;
        case "asOf":
          set(b::asOf, c.date());
          return true;
        case "note":
          set(b::note, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "title");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads an {@link Event}. */
  public static @Nullable Event event(Cursor c) throws IOException {
    Event.Builder b = Event.builder();
    return record(c, RecordType.EVENT, b, name -> {
      switch (name) {
        case "kind":
          set(b::kind, c.code(EventKind.class));
          return true;
        case "title":
          set(b::title, c.localizedText());
          return true;
        case "status":
          set(b::status, c.code(EventStatus.class));
          return true;
        case "period":
          set(b::period, period(c));
          return true;
        case "recurrence":
          set(b::recurrence, c.code(Recurrence.class));
          return true;
        case "edition":
          set(b::edition, c.text());
          return true;
        case "location":
          set(b::location, place(c));
          return true;
        case "attendanceMode":
          set(b::attendanceMode, c.code(AttendanceMode.class));
          return true;
        case "website":
          set(b::website, c.text());
          return true;
        case "partOf":
          set(b::partOf, c.id());
          return true;
        case "relatedEvents":
          b.relatedEvents(c.list(Decoders::relatedEvent));
          return true;
        case "participants":
          b.participants(c.list(Decoders::participation));
          return true;
        case "attendance":
          set(b::attendance, attendance(c));
          return true;
        case "objectives":
          b.objectives(c.list(Cursor::localizedText));
          return true;
        case "slogan":
          set(b::slogan, c.localizedText());
          return true;
        case "keyMessages":
          b.keyMessages(c.list(Cursor::localizedText));
          return true;
        case "plannedActivities":
          b.plannedActivities(c.list(Cursor::localizedText));
          return true;
        case "contactPoints":
          b.contactPoints(c.list(Decoders::contactPoint));
          return true;
        default:
          return scopeMember(c, name, b);
      }
    }, b::build, "title");
  }

  /** Reads a {@link RelatedEvent}. */
  public static @Nullable RelatedEvent relatedEvent(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    RelatedEvent.Builder b = RelatedEvent.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "event":
          seen[0] = setRequired(b::event, c.id());
          return true;
        case "relation":
          set(b::relation, c.code(EventRelation.class));
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "event");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Participation}. */
  public static @Nullable Participation participation(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Participation.Builder b = Participation.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "actor":
          seen[0] = setRequired(b::actor, c.id());
          return true;
        case "role":
          set(b::role, c.code(ParticipationRole.class));
          return true;
        case "onBehalfOf":
          set(b::onBehalfOf, c.id());
          return true;
        case "note":
          set(b::note, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "actor");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads an {@link Attendance}. */
  public static @Nullable Attendance attendance(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Attendance.Builder b = Attendance.builder();
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "total":
          set(b::total, count(c));
          return true;
        case "countries":
          set(b::countries, count(c));
          return true;
        case "organizations":
          set(b::organizations, count(c));
          return true;
        case "breakdown":
          b.breakdown(c.list(Decoders::attendanceGroup));
          return true;
        case "note":
          set(b::note, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads an {@link AttendanceGroup}. */
  public static @Nullable AttendanceGroup attendanceGroup(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    AttendanceGroup.Builder b = AttendanceGroup.builder();
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "category":
          set(b::category, c.code(AttendanceCategory.class));
          return true;
        case "group":
          set(b::group, c.localizedText());
          return true;
        case "count":
          set(b::count, count(c));
          return true;
        default:
          return false;
      }
    }));
    return build(c, before, FindingCode.JSON_MISSING, b::build);
  }

  /** Reads a {@link Declaration}. */
  public static @Nullable Declaration declaration(Cursor c) throws IOException {
    Declaration.Builder b = Declaration.builder();
    return record(c, RecordType.DECLARATION, b, name -> {
      switch (name) {
        case "kind":
          set(b::kind, c.code(DeclarationKind.class));
          return true;
        case "title":
          set(b::title, c.localizedText());
          return true;
        case "symbol":
          set(b::symbol, c.text());
          return true;
        case "adoptedAt":
          set(b::adoptedAt, c.id());
          return true;
        case "adoptedOn":
          set(b::adoptedOn, c.date());
          return true;
        case "endorsedBy":
          b.endorsedBy(c.list(Decoders::party));
          return true;
        case "endorsementCount":
          set(b::endorsementCount, count(c));
          return true;
        case "preamble":
          set(b::preamble, c.localizedText());
          return true;
        case "articles":
          b.articles(c.list(Decoders::article));
          return true;
        default:
          return scopeMember(c, name, b);
      }
    }, b::build, "title");
  }

  /** Reads an {@link Article}. */
  public static @Nullable Article article(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Article.Builder b = Article.builder();
    boolean[] seen = new boolean[2];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "number":
          seen[0] = setRequired(b::number, c.text());
          return true;
        case "title":
          set(b::title, c.localizedText());
          return true;
        case "text":
          seen[1] = setRequired(b::text, c.localizedText());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "number", "text");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Recommendation}. */
  public static @Nullable Recommendation recommendation(Cursor c) throws IOException {
    Recommendation.Builder b = Recommendation.builder();
    return record(c, RecordType.RECOMMENDATION, b, name -> {
      switch (name) {
        case "text":
          set(b::text, c.localizedText());
          return true;
        case "madeBy":
          b.madeBy(c.list(Decoders::party));
          return true;
        case "addressees":
          b.addressees(c.list(Decoders::party));
          return true;
        case "madeAt":
          set(b::madeAt, c.id());
          return true;
        case "declaration":
          set(b::declaration, c.id());
          return true;
        case "article":
          set(b::article, c.text());
          return true;
        case "issuedOn":
          set(b::issuedOn, c.date());
          return true;
        case "responses":
          b.responses(c.list(Decoders::response));
          return true;
        default:
          return scopeMember(c, name, b);
      }
    }, b::build, "text");
  }

  /** Reads a {@link Response}. */
  public static @Nullable Response response(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Response.Builder b = Response.builder();
    boolean[] seen = new boolean[2];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "by":
          seen[0] = setRequired(b::by, party(c));
          return true;
        case "response":
          seen[1] = setRequired(b::response, c.code(ResponseKind.class));
          return true;
        case "on":
          set(b::on, c.date());
          return true;
        case "note":
          set(b::note, c.localizedText());
          return true;
        case "sources":
          b.sources(c.list(Decoders::source));
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "by", "response");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link Commitment}. */
  public static @Nullable Commitment commitment(Cursor c) throws IOException {
    Commitment.Builder b = Commitment.builder();
    return record(c, RecordType.COMMITMENT, b, name -> {
      switch (name) {
        case "text":
          set(b::text, c.localizedText());
          return true;
        case "committedBy":
          int errors = c.errors();
          List<Party> parties = c.list(Decoders::party);
          if (parties.isEmpty() && c.errors() == errors && c.parser().currentToken() == JsonToken.END_ARRAY) {
            c.report(FindingCode.JSON_MISSING, "a commitment needs at least one party committed");
          }
          b.committedBy(parties);
          return true;
        case "respondsTo":
          b.respondsTo(c.list(Cursor::id));
          return true;
        case "madeAt":
          set(b::madeAt, c.id());
          return true;
        case "declaration":
          set(b::declaration, c.id());
          return true;
        case "article":
          set(b::article, c.text());
          return true;
        case "madeOn":
          set(b::madeOn, c.date());
          return true;
        case "dueBy":
          set(b::dueBy, c.date());
          return true;
        case "indicators":
          b.indicators(c.list(Decoders::indicator));
          return true;
        case "budget":
          set(b::budget, money(c));
          return true;
        case "progress":
          b.progress(c.list(Decoders::progressReport));
          return true;
        default:
          return scopeMember(c, name, b);
      }
    }, b::build, "text", "committedBy");
  }

  /** Reads an {@link Indicator}. */
  public static @Nullable Indicator indicator(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Indicator.Builder b = Indicator.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "description":
          seen[0] = setRequired(b::description, c.localizedText());
          return true;
        case "baseline":
          set(b::baseline, c.text());
          return true;
        case "target":
          set(b::target, c.text());
          return true;
        case "unit":
          set(b::unit, c.text());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "description");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a {@link ProgressReport}. */
  public static @Nullable ProgressReport progressReport(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    ProgressReport.Builder b = ProgressReport.builder();
    boolean[] seen = new boolean[2];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "on":
          seen[0] = setRequired(b::on, c.date());
          return true;
        case "status":
          seen[1] = setRequired(b::status, c.code(CommitmentStatus.class));
          return true;
        case "reportedBy":
          set(b::reportedBy, party(c));
          return true;
        case "note":
          set(b::note, c.localizedText());
          return true;
        case "sources":
          b.sources(c.list(Decoders::source));
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "on", "status");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Reads a dataset's {@link Publisher}. */
  public static @Nullable Publisher publisher(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    Publisher.Builder b = Publisher.builder();
    boolean[] seen = new boolean[1];
    b.unknownMembers(members(c, name -> {
      switch (name) {
        case "name":
          seen[0] = setRequired(b::name, c.localizedText());
          return true;
        case "id":
          set(b::id, c.text());
          return true;
        default:
          return false;
      }
    }));
    requireAll(c, seen, "name");
    return build(c, before, FindingCode.JSON_TYPE, b::build);
  }

  /** Sets a required value when present; returns whether it was. */
  private static <T> boolean setRequired(java.util.function.Consumer<T> setter, @Nullable T value) {
    set(setter, value);
    return value != null;
  }

  /** Reports each required member in {@code names} whose flag in {@code seen} is not set. */
  private static void requireAll(Cursor c, boolean[] seen, String... names) {
    for (int i = 0; i < names.length; i++) {
      if (!seen[i]) {
        c.missing(names[i]);
      }
    }
  }
}
