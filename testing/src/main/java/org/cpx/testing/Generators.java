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
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;

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

  /** An http(s) URL. */
  public String url() {
    return oneOf("https://", "http://") + oneOf("example.org", "molisa.gov.vn", "treem.gov.vn")
        + "/" + between(0, 10_000);
  }

  /**
   * A value of {@code type}, every member drawn by its description: required members always, the
   * others half the time; a list often empty or short, sometimes large; one member of an exactly-one
   * choice, at least one of an at-least-one choice; unknown members sometimes.
   */
  public <T extends Extensible> T value(ObjectType<T> type) {
    ObjectType.Assembly<T> value = type.assemble();
    List<Member<T, ?>> chosen = type.exactlyOneOf().isEmpty() ? type.atLeastOneOf() : type.exactlyOneOf();
    Member<T, ?> always = chosen.isEmpty() ? null : chosen.get(random.nextInt(chosen.size()));
    for (Member<T, ?> member : type.members()) {
      boolean exclusive = type.exactlyOneOf().contains(member);
      if (member == always || !exclusive && (member.isRequired() || chance(0.5))) {
        set(value, member);
      }
    }
    return value.unknownMembers(unknownMembers()).build();
  }

  /** A record of {@code type}, as {@link #value} draws it. */
  public CpxRecord record(RecordType type) {
    return value(CpxModel.record(type));
  }

  private <T extends Extensible, V> void set(ObjectType.Assembly<T> value, Member<T, V> member) {
    if (member.cardinality() == Member.Cardinality.LIST) {
      List<V> values = listOf(() -> one(member.kind()));
      if (values.isEmpty() && member.isRequired()) {
        values = List.of(one(member.kind()));
      }
      value.setAll(member, values);
    } else {
      value.set(member, one(member.kind()));
    }
  }

  /** One value of {@code kind}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private <V> V one(Kind<V> kind) {
    Object value;
    switch (kind.form()) {
      case TEXT:
        value = rawText();
        break;
      case LOCALIZED_TEXT:
        value = localizedText();
        break;
      case ID:
        value = id();
        break;
      case PARTIAL_DATE:
        value = partialDate();
        break;
      case DAY:
        value = LocalDate.ofEpochDay(between(0, 25_000));
        break;
      case NATURAL_NUMBER:
        value = kind.max() > Integer.MAX_VALUE && chance(0.05) ? kind.max() - between(0, 3) : (long) between(0, 100);
        break;
      case DECIMAL:
        String amount = between(0, 3) == 0 ? "0" : Integer.toString(between(1, 2_000_000_000));
        value = chance(0.4) ? amount + "." + between(0, 100) : amount;
        break;
      case SCHEME:
        value = oneOf("org-id", "iati", "wikidata", "vn-mst");
        break;
      case CODE:
        value = code((Class) kind.codeList().orElseThrow());
        break;
      case COUNTRY:
        value = oneOf("VN", "CN", "UK", "FR", "CO");
        break;
      case SUBDIVISION:
        value = oneOf("VN-HN", "VN-SG", "CN-BJ");
        break;
      case AREA:
        value = oneOf(AREAS);
        break;
      case CURRENCY:
        value = oneOf("VND", "USD", "EUR", "XXX", "ZZZ");
        break;
      case URL:
        value = url();
        break;
      case LANGUAGE:
        value = languageTag();
        break;
      case SDG_TARGET:
        value = oneOf(SDG_TARGETS);
        break;
      case COUNT:
        value = chance(0.5) ? Count.of(between(0, 100_000)) : value(CpxModel.COUNT);
        break;
      default:
        value = value((ObjectType) kind.objectType().orElseThrow());
        break;
    }
    return (V) value;
  }

  /** A dataset of every record type; ids are random, so references rarely resolve. */
  public Dataset dataset() {
    Dataset.Builder builder =
        Dataset.builder()
            .languages(listOf(this::languageTag).stream().distinct().collect(Collectors.toList()))
            .organizations(listOf(() -> value(CpxModel.ORGANIZATION_RECORD)))
            .networks(listOf(() -> value(CpxModel.NETWORK_RECORD)))
            .persons(listOf(() -> value(CpxModel.PERSON_RECORD)))
            .events(listOf(() -> value(CpxModel.EVENT_RECORD)))
            .declarations(listOf(() -> value(CpxModel.DECLARATION_RECORD)))
            .recommendations(listOf(() -> value(CpxModel.RECOMMENDATION_RECORD)))
            .commitments(listOf(() -> value(CpxModel.COMMITMENT_RECORD)))
            .otherRecords(listOf(() -> "{\"type\":\"futureRecord\",\"id\":\"" + id() + "\"}"))
            .unknownMembers(unknownMembers());
    optional(() -> builder.cpx(oneOf("1.0", "1.3")));
    optional(() -> builder.publisher(value(CpxModel.PUBLISHER)));
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

  private void optional(Runnable setter) {
    if (chance(0.5)) {
      setter.run();
    }
  }
}
