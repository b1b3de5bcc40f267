package org.cpx.testing;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cpx.core.Access;
import org.cpx.core.Code;
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
import org.cpx.core.LocalizedText;
import org.cpx.core.Money;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.PartyGroup;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.Source;
import org.cpx.core.TargetGroup;
import org.cpx.core.TargetGroupKind;
import org.cpx.core.Theme;
import org.cpx.core.actor.FormerName;
import org.cpx.core.actor.GoverningDocument;
import org.cpx.core.actor.Institution;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.OrganizationClassification;
import org.cpx.core.actor.Person;
import org.cpx.core.actor.Position;
import org.cpx.core.dataset.Dataset;
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

/**
 * Seeded random generators of valid values of every CPX type: the same seed gives the same values.
 *
 * <p>Values mix Vietnamese (in NFC and NFD), other scripts and astral characters; partial dates of
 * every precision and qualifier; counts with every qualifier; unknown codes and unknown members;
 * empty, short and occasionally large lists. Raw inputs ({@link #rawText()}) may be decomposed,
 * padded with white space or use CRLF, as partners send them; built values are always clean.
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class Generators {
  private static final String[] WORDS = {
    "trẻ em", "bảo vệ", "quyền", "mạng lưới", "Hà Nội", "hội nghị", "đối thoại", "tháng hành động",
    "child", "protection", "network", "summit", "campaign", "Ñandú", "enfance", "Kinderschutz",
    "儿童保护", "北京", "حماية الطفل", "защита детей", "การคุ้มครองเด็ก", "ការការពារកុមារ",
    "😀", "𝄞 music", "a\tb", "line one\nline two"
  };
  private static final String[] TAGS = {
    "vi", "en", "fr", "zh-Hans", "sr-Latn-RS", "en-GB", "es-419", "km", "th", "ar", "de-CH-1996", "x-private"
  };
  private static final String[] JSON_VALUES = {
    "0.10", "1e400", "-0", "12345678901234567890123", "null", "true", "\"text\"", "\"Hà Nội\"", "[]",
    "{}", "[1,2,{\"deep\":[null,\"x\"]}]", "{\"a\":{\"b\":{\"c\":1.5E-7}}}"
  };
  private static final String[] AREAS = {"global", "VN", "CN", "VN-HN", "VN-SG", "142", "035", "009", "FR-75C"};
  private static final String[] SDG_TARGETS = {"16.2", "5.3", "8.7", "4.2", "17.17", "1.b", "3.4"};
  private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._:/~-";

  private final long seed;
  private final SplittableRandom random;

  /** Returns generators drawing from the seed {@code seed}. */
  public Generators(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The seed these generators draw from. */
  public long seed() {
    return seed;
  }

  // Primitives.

  /** A random integer in [{@code from}, {@code to}). */
  public int between(int from, int to) {
    return random.nextInt(from, to);
  }

  /** True with probability {@code probability}. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** One of {@code choices}. */
  @SafeVarargs
  public final <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** A list of values from {@code element}: often empty or short, sometimes large. */
  public <T> List<T> listOf(Supplier<T> element) {
    int size = chance(0.4) ? 0 : chance(0.97) ? between(1, 4) : between(20, 120);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** A clean text: words of several scripts, NFC, trimmed. */
  public String text() {
    int words = between(1, 5);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(oneOf(WORDS));
    }
    return text.toString();
  }

  /**
   * A text as a partner may send it: possibly decomposed (NFD), padded with white space, with CRLF
   * line ends. The text rules turn it into a clean text.
   */
  public String rawText() {
    String text = text();
    if (chance(0.3)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFD);
    }
    if (chance(0.2)) {
      text = text.replace("\n", "\r\n");
    }
    if (chance(0.2)) {
      text = oneOf(" ", "\u00A0", "\uFEFF", "\t", "\n") + text + oneOf(" ", "\u3000", "\r\n");
    }
    return text;
  }

  /** A well-formed language tag, in canonical case. */
  public String languageTag() {
    return oneOf(TAGS);
  }

  /** An ordered map of unknown member names to JSON texts: usually empty. */
  public Map<String, String> unknownMembers() {
    Map<String, String> members = new LinkedHashMap<>();
    if (chance(0.25)) {
      int count = between(1, 4);
      for (int i = 0; i < count; i++) {
        members.put(oneOf("x-", "x-", "future") + "Member" + between(0, 1000), oneOf(JSON_VALUES));
      }
    }
    return members;
  }

  /** A code of the list {@code list}: usually known, sometimes one this version does not know. */
  public <E extends Enum<E>> Code<E> code(Class<E> list) {
    if (chance(0.1)) {
      return Code.parse(list, "future" + oneOf("Code", "Value", "Kind") + between(0, 100));
    }
    E[] constants = list.getEnumConstants();
    return Code.of(constants[random.nextInt(constants.length)]);
  }

  // Value types.

  /** An identifier, often of the form {@code publisher:local}. */
  public Id id() {
    StringBuilder id = new StringBuilder();
    id.append(ID_FIRST.charAt(random.nextInt(ID_FIRST.length())));
    int length = chance(0.01) ? 199 : between(0, 20);
    for (int i = 0; i < length; i++) {
      id.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
    }
    return Id.of(chance(0.5) ? "pub:" + id.substring(0, Math.min(id.length(), 195)) : id.toString());
  }

  /** A text in one to four languages, from raw input. */
  public LocalizedText localizedText() {
    LocalizedText.Builder builder = LocalizedText.builder();
    List<String> tags = new ArrayList<>(List.of(TAGS));
    int languages = between(1, 5);
    for (int i = 0; i < languages; i++) {
      String tag = tags.remove(random.nextInt(tags.size()));
      builder.put(chance(0.2) ? tag.toUpperCase(Locale.ROOT) : tag, rawText());
    }
    return builder.build();
  }

  /** A partial date of any precision, with or without a qualifier. */
  public PartialDate partialDate() {
    int year = chance(0.9) ? between(1945, 2040) : between(0, 10000);
    PartialDate date;
    switch (between(0, 3)) {
      case 0:
        date = PartialDate.ofYear(year);
        break;
      case 1:
        date = PartialDate.ofMonth(year, between(1, 13));
        break;
      default:
        date = PartialDate.of(LocalDate.ofEpochDay(random.nextLong(
            LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay() + 1)));
    }
    return chance(0.2) ? date.withQualifier(oneOf(PartialDate.Qualifier.values())) : date;
  }

  /** A period with a start, an end or both; its ends may be in either order. */
  public Period period() {
    Period.Builder builder = Period.builder().unknownMembers(unknownMembers());
    int shape = between(0, 3);
    if (shape != 1) {
      builder.start(partialDate());
    }
    if (shape != 0) {
      builder.end(partialDate());
    }
    return builder.build();
  }

  /** A count with any qualifier, sometimes dated. */
  public Count count() {
    Count.Builder builder =
        Count.builder()
            .value(chance(0.05) ? Count.MAX_VALUE - between(0, 3) : between(0, 100_000))
            .unknownMembers(unknownMembers());
    optional(() -> builder.qualifier(code(CountQualifier.class)));
    optional(() -> builder.asOf(partialDate()));
    return builder.build();
  }

  /** An amount of money. */
  public Money money() {
    String amount = between(0, 3) == 0 ? "0" : Integer.toString(between(1, 2_000_000_000));
    if (chance(0.4)) {
      amount += "." + between(0, 100);
    }
    return Money.builder()
        .amount(amount)
        .currency(oneOf("VND", "USD", "EUR", "XXX", "ZZZ"))
        .unknownMembers(unknownMembers())
        .build();
  }

  /** A place with at least one member. */
  public Place place() {
    Place.Builder builder = Place.builder().unknownMembers(unknownMembers());
    builder.name(localizedText());
    optional(() -> builder.address(localizedText()));
    optional(() -> builder.locality(localizedText()));
    optional(() -> builder.subdivision(oneOf("VN-HN", "VN-SG", "CN-BJ")));
    optional(() -> builder.country(oneOf("VN", "CN", "UK", "FR")));
    return builder.build();
  }

  /** A contact point of any kind. */
  public ContactPoint contactPoint() {
    ContactPoint.Builder builder =
        ContactPoint.builder()
            .kind(code(ContactKind.class))
            .value(oneOf("111", "+84 24 3933 1234", "info@example.org", "https://example.org", "(024) 3.933-1234"))
            .unknownMembers(unknownMembers());
    optional(() -> builder.country(oneOf("VN", "CO", "FR")));
    optional(() -> builder.label(localizedText()));
    optional(() -> builder.availability(localizedText()));
    return builder.build();
  }

  /** A legal reference. */
  public LegalReference legalReference() {
    LegalReference.Builder builder =
        LegalReference.builder().instrument(localizedText()).unknownMembers(unknownMembers());
    optional(() -> builder.identifier(oneOf("102/2016/QH13", "A/RES/44/25")));
    optional(() -> builder.article(Integer.toString(between(1, 120))).clause(Integer.toString(between(1, 9))));
    optional(() -> builder.point(oneOf("a", "b", "đ")));
    optional(() -> builder.text(localizedText()));
    optional(() -> builder.url(url()));
    return builder.build();
  }

  /** A source with a url, a title or both. */
  public Source source() {
    Source.Builder builder = Source.builder().unknownMembers(unknownMembers());
    boolean url = chance(0.6);
    if (url) {
      builder.url(url());
    }
    if (!url || chance(0.5)) {
      builder.title(localizedText());
    }
    optional(() -> builder.publisher(localizedText()));
    optional(() -> builder.author(rawText()));
    optional(() -> builder.publishedOn(partialDate()));
    optional(() -> builder.accessedOn(LocalDate.ofEpochDay(between(0, 25_000))));
    optional(() -> builder.language(languageTag()));
    optional(() -> builder.note(localizedText()));
    return builder.build();
  }

  /** A document with a title, a url or both. */
  public Document document() {
    Document.Builder builder = Document.builder().unknownMembers(unknownMembers());
    boolean title = chance(0.6);
    if (title) {
      builder.title(localizedText());
    }
    if (!title || chance(0.5)) {
      builder.url(url());
    }
    optional(() -> builder.kind(code(DocumentKind.class)));
    optional(() -> builder.symbol(oneOf("CRC/C/VNM/CO/5-6", "A/HRC/55/10")));
    optional(() -> builder.language(languageTag()));
    optional(() -> builder.publishedOn(partialDate()));
    return builder.build();
  }

  /** An identifier in another scheme. */
  public Identifier identifier() {
    return Identifier.builder()
        .scheme(oneOf("org-id", "iati", "wikidata", "vn-mst"))
        .value(oneOf("XM-DAC-41122", "Q123", "0101234567", rawText()))
        .unknownMembers(unknownMembers())
        .build();
  }

  /** A party: one actor or a group. */
  public Party party() {
    Party.Builder builder = Party.builder().unknownMembers(unknownMembers());
    if (chance(0.5)) {
      builder.actor(id());
    } else {
      builder.group(code(PartyGroup.class));
    }
    optional(() -> builder.label(localizedText()));
    return builder.build();
  }

  /** A target group. */
  public TargetGroup targetGroup() {
    TargetGroup.Builder builder = TargetGroup.builder().unknownMembers(unknownMembers());
    optional(() -> builder.group(code(TargetGroupKind.class)));
    if (chance(0.4)) {
      int min = between(0, 18);
      builder.ageMin(min).ageMax(min + between(0, 6));
    }
    optional(() -> builder.label(localizedText()));
    return builder.build();
  }

  /** An http(s) URL. */
  public String url() {
    return oneOf("https://", "http://") + oneOf("example.org", "molisa.gov.vn", "treem.gov.vn")
        + "/" + between(0, 10_000);
  }

  /** Themes, sometimes with unknown ones. */
  public Codes<Theme> themes() {
    return Codes.ofAll(listOf(() -> code(Theme.class)));
  }

  // Records.

  /** An organization. */
  public Organization organization() {
    Organization.Builder builder = Organization.builder().from(commonMembers());
    builder
        .name(localizedText())
        .acronyms(listOf(this::rawText))
        .alternateNames(listOf(this::localizedText))
        .formerNames(listOf(this::formerName))
        .succeededBy(listOf(this::id))
        .areasServed(listOf(() -> oneOf(AREAS)))
        .identifiers(listOf(this::identifier))
        .contactPoints(listOf(this::contactPoint))
        .themes(themes());
    optional(() -> builder.classification(code(OrganizationClassification.class)));
    optional(() -> builder.parent(id()));
    optional(() -> builder.country(oneOf("VN", "CN", "UK")));
    optional(() -> builder.founded(partialDate()));
    optional(() -> builder.dissolved(partialDate()));
    optional(() -> builder.website(url()));
    return builder.build();
  }

  /** A network with members and governing documents. */
  public Network network() {
    Network.Builder builder =
        Network.builder()
            .from((Institution) organization())
            .functions(listOf(this::localizedText))
            .memberships(listOf(this::membership))
            .governingDocuments(listOf(this::governingDocument));
    optional(() -> builder.host(id()));
    optional(() -> builder.purpose(localizedText()));
    optional(() -> builder.memberCount(count()));
    return builder.build();
  }

  /** A public person with positions. */
  public Person person() {
    Person.Builder builder = Person.builder().from(commonMembers());
    builder
        .name(rawText())
        .alternateNames(listOf(this::rawText))
        .identifiers(listOf(this::identifier))
        .positions(listOf(this::position));
    optional(() -> builder.honorificPrefix(localizedText()));
    return builder.build();
  }

  /** An event of any kind. */
  public Event event() {
    Event.Builder builder = Event.builder().from(commonMembers());
    builder
        .title(localizedText())
        .relatedEvents(listOf(() -> RelatedEvent.builder().event(id()).relation(code(EventRelation.class))
            .unknownMembers(unknownMembers()).build()))
        .participants(listOf(this::participation))
        .objectives(listOf(this::localizedText))
        .keyMessages(listOf(this::localizedText))
        .plannedActivities(listOf(this::localizedText))
        .contactPoints(listOf(this::contactPoint))
        .targetGroups(listOf(this::targetGroup))
        .coverage(listOf(() -> oneOf(AREAS)))
        .themes(themes())
        .sdgTargets(listOf(() -> oneOf(SDG_TARGETS)));
    optional(() -> builder.kind(code(EventKind.class)));
    optional(() -> builder.status(code(EventStatus.class)));
    optional(() -> builder.period(period()));
    optional(() -> builder.recurrence(code(Recurrence.class)));
    optional(() -> builder.edition(rawText()));
    optional(() -> builder.location(place()));
    optional(() -> builder.attendanceMode(code(AttendanceMode.class)));
    optional(() -> builder.website(url()));
    optional(() -> builder.partOf(id()));
    optional(() -> builder.attendance(attendance()));
    optional(() -> builder.slogan(localizedText()));
    return builder.build();
  }

  /** A declaration with articles of distinct numbers. */
  public Declaration declaration() {
    Declaration.Builder builder = Declaration.builder().from(commonMembers());
    List<Article> articles = new ArrayList<>();
    for (LocalizedText text : listOf(this::localizedText)) {
      Article.Builder article = Article.builder().number(Integer.toString(articles.size() + 1)).text(text);
      optional(() -> article.title(localizedText()));
      articles.add(article.unknownMembers(unknownMembers()).build());
    }
    builder
        .title(localizedText())
        .endorsedBy(listOf(this::party))
        .articles(articles)
        .targetGroups(listOf(this::targetGroup))
        .coverage(listOf(() -> oneOf(AREAS)))
        .themes(themes())
        .sdgTargets(listOf(() -> oneOf(SDG_TARGETS)));
    optional(() -> builder.kind(code(DeclarationKind.class)));
    optional(() -> builder.symbol(oneOf("CRC/C/VNM/CO/5-6", "A/RES/44/25")));
    optional(() -> builder.adoptedAt(id()));
    optional(() -> builder.adoptedOn(partialDate()));
    optional(() -> builder.endorsementCount(count()));
    optional(() -> builder.preamble(localizedText()));
    return builder.build();
  }

  /** A recommendation with responses. */
  public Recommendation recommendation() {
    Recommendation.Builder builder = Recommendation.builder().from(commonMembers());
    builder
        .text(localizedText())
        .madeBy(listOf(this::party))
        .addressees(listOf(this::party))
        .responses(listOf(this::response))
        .targetGroups(listOf(this::targetGroup))
        .coverage(listOf(() -> oneOf(AREAS)))
        .themes(themes())
        .sdgTargets(listOf(() -> oneOf(SDG_TARGETS)));
    optional(() -> builder.madeAt(id()));
    optional(() -> builder.declaration(id()).article(Integer.toString(between(1, 10))));
    optional(() -> builder.issuedOn(partialDate()));
    return builder.build();
  }

  /** A commitment with indicators and progress reports. */
  public Commitment commitment() {
    Commitment.Builder builder = Commitment.builder().from(commonMembers());
    builder
        .text(localizedText())
        .addCommittedBy(party())
        .addAllCommittedBy(listOf(this::party))
        .respondsTo(listOf(this::id))
        .indicators(listOf(this::indicator))
        .progress(listOf(this::progressReport))
        .targetGroups(listOf(this::targetGroup))
        .coverage(listOf(() -> oneOf(AREAS)))
        .themes(themes())
        .sdgTargets(listOf(() -> oneOf(SDG_TARGETS)));
    optional(() -> builder.madeAt(id()));
    optional(() -> builder.declaration(id()).article(Integer.toString(between(1, 10))));
    optional(() -> builder.madeOn(partialDate()));
    optional(() -> builder.dueBy(partialDate()));
    optional(() -> builder.budget(money()));
    return builder.build();
  }

  /** A dataset of every record type; ids are random, so references rarely resolve. */
  public Dataset dataset() {
    Dataset.Builder builder =
        Dataset.builder()
            .languages(listOf(this::languageTag).stream().distinct().collect(Collectors.toList()))
            .organizations(listOf(this::organization))
            .networks(listOf(this::network))
            .persons(listOf(this::person))
            .events(listOf(this::event))
            .declarations(listOf(this::declaration))
            .recommendations(listOf(this::recommendation))
            .commitments(listOf(this::commitment))
            .otherRecords(listOf(() -> "{\"type\":\"futureRecord\",\"id\":\"" + id() + "\"}"))
            .unknownMembers(unknownMembers());
    optional(() -> builder.cpx(oneOf("1.0", "1.3")));
    optional(() -> builder.publisher(Publisher.builder().name(localizedText()).id("pub")
        .unknownMembers(unknownMembers()).build()));
    optional(() -> builder.generatedAt(Instant.ofEpochSecond(between(0, Integer.MAX_VALUE))));
    optional(() -> builder.license(oneOf("CC-BY-4.0", "CC0-1.0", "https://example.org/licence")));
    return builder.build();
  }

  /**
   * A dataset that breaks no rule of the format, to break one thing in: unique ids, references to
   * records of the right type without cycles, known codes, assigned countries, texts in every
   * dataset language, sources everywhere, consistent counts, progress in date order.
   */
  public Dataset validDataset() {
    return new ValidDatasets(this).generate();
  }

  // Nested objects of records.

  /** A former name. */
  public FormerName formerName() {
    FormerName.Builder builder =
        FormerName.builder().name(localizedText()).acronyms(listOf(this::rawText)).unknownMembers(unknownMembers());
    optional(() -> builder.period(period()));
    return builder.build();
  }

  /** A membership of a network. */
  public Membership membership() {
    Membership.Builder builder = Membership.builder().member(id()).unknownMembers(unknownMembers());
    optional(() -> builder.role(code(MembershipRole.class)));
    optional(() -> builder.title(localizedText()));
    optional(() -> builder.onBehalfOf(id()));
    optional(() -> builder.period(period()));
    optional(() -> builder.asOf(partialDate()));
    optional(() -> builder.note(localizedText()));
    return builder.build();
  }

  /** A governing document. */
  public GoverningDocument governingDocument() {
    GoverningDocument.Builder builder =
        GoverningDocument.builder()
            .title(localizedText())
            .legalBasis(listOf(this::legalReference))
            .unknownMembers(unknownMembers());
    optional(() -> builder.identifier(rawText()));
    optional(() -> builder.adoptedOn(partialDate()));
    optional(() -> builder.adoptedBy(id()));
    optional(() -> builder.url(url()));
    return builder.build();
  }

  /** A position of a person. */
  public Position position() {
    Position.Builder builder = Position.builder().title(localizedText()).unknownMembers(unknownMembers());
    optional(() -> builder.organization(id()));
    optional(() -> builder.period(period()));
    optional(() -> builder.asOf(partialDate()));
    optional(() -> builder.note(localizedText()));
    return builder.build();
  }

  /** A participation in an event. */
  public Participation participation() {
    Participation.Builder builder = Participation.builder().actor(id()).unknownMembers(unknownMembers());
    optional(() -> builder.role(code(ParticipationRole.class)));
    optional(() -> builder.onBehalfOf(id()));
    optional(() -> builder.note(localizedText()));
    return builder.build();
  }

  /** An attendance with a breakdown. */
  public Attendance attendance() {
    Attendance.Builder builder =
        Attendance.builder()
            .breakdown(listOf(() -> {
              AttendanceGroup.Builder group = AttendanceGroup.builder().unknownMembers(unknownMembers());
              if (chance(0.7)) {
                group.category(code(AttendanceCategory.class));
              } else {
                group.group(localizedText());
              }
              optional(() -> group.count(count()));
              return group.build();
            }))
            .unknownMembers(unknownMembers());
    optional(() -> builder.total(count()));
    optional(() -> builder.countries(count()));
    optional(() -> builder.organizations(count()));
    optional(() -> builder.note(localizedText()));
    return builder.build();
  }

  /** A response to a recommendation. */
  public Response response() {
    Response.Builder builder =
        Response.builder()
            .by(party())
            .response(code(ResponseKind.class))
            .sources(listOf(this::source))
            .unknownMembers(unknownMembers());
    optional(() -> builder.on(partialDate()));
    optional(() -> builder.note(localizedText()));
    return builder.build();
  }

  /** An indicator of a commitment. */
  public Indicator indicator() {
    Indicator.Builder builder = Indicator.builder().description(localizedText()).unknownMembers(unknownMembers());
    optional(() -> builder.baseline(Integer.toString(between(0, 100))));
    optional(() -> builder.target(Integer.toString(between(0, 100))));
    optional(() -> builder.unit(oneOf("%", "tỉnh", "children")));
    return builder.build();
  }

  /** A progress report on a commitment. */
  public ProgressReport progressReport() {
    ProgressReport.Builder builder =
        ProgressReport.builder()
            .on(partialDate())
            .status(code(CommitmentStatus.class))
            .sources(listOf(this::source))
            .unknownMembers(unknownMembers());
    optional(() -> builder.reportedBy(party()));
    optional(() -> builder.note(localizedText()));
    return builder.build();
  }

  private void optional(Runnable setter) {
    if (chance(0.5)) {
      setter.run();
    }
  }

  /** The members every record has, carried by a throwaway record to copy them from. */
  private CpxRecord commonMembers() {
    Person.Builder builder =
        Person.builder()
            .id(id())
            .name("common members")
            .references(listOf(this::legalReference))
            .documents(listOf(this::document))
            .sources(listOf(this::source))
            .unknownMembers(unknownMembers());
    optional(() -> builder.description(localizedText()));
    optional(() -> builder.access(code(Access.class)));
    return builder.build();
  }

}
