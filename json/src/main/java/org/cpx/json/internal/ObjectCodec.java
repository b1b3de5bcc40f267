package org.cpx.json.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.RecordType;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the values of one {@link ObjectType} as its description says (spec §2–§4):
 * members in any order when reading, each value read by its {@link Kind}, required members and
 * choices checked, unknown members kept; members in the order of the format when writing, absent
 * members and empty lists left out. Only a {@link Count}'s bare form has code of its own here.
 *
 * @param <T> the Java type of the values
 */
public final class ObjectCodec<T extends Extensible> {
  private static final Map<ObjectType<?>, ObjectCodec<?>> CODECS = new IdentityHashMap<>();

  static {
    for (ObjectType<?> type : CpxModel.types()) {
      CODECS.put(type, new ObjectCodec<>(type));
    }
  }

  private static final ObjectCodec<Count> COUNT = of(CpxModel.COUNT);

  private static final String DECIMAL_RULE = "an amount is a decimal string such as \"1500000000\" or \"0.10\"";
  private static final Pattern DECIMAL = Pattern.compile("(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");
  private static final Pattern SCHEME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** A member with what reading and writing it needs, looked up once. */
  private static final class Slot {
    final Member<Object, Object> member;
    final Kind<?> kind;
    final int index;
    final Member.Cardinality cardinality;
    final boolean recordId;
    final MemberName name;
    /** The code list of a {@link Kind.Form#CODE}, {@code null} for other forms. */
    final @Nullable Class<? extends Enum<?>> codeList;
    /** Reads one value of the member, one element of a list. */
    final Cursor.ValueReader<Object> reader;
    /** The codec of the member's nested objects, once looked up. */
    private @Nullable ObjectCodec<Extensible> nested;

    @SuppressWarnings("unchecked")
    Slot(Member<?, ?> member, int index) {
      this.member = (Member<Object, Object>) member;
      this.kind = member.kind();
      this.index = index;
      this.cardinality = member.cardinality();
      this.recordId = kind.form() == Kind.Form.ID && kind.targets().isEmpty();
      this.name = new MemberName(member.name());
      this.codeList = kind.codeList().orElse(null);
      this.reader = cursor -> readValue(cursor, this);
    }

    /** The codec of the member's nested objects, for a {@link Kind.Form#OBJECT}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    ObjectCodec<Extensible> nested() {
      ObjectCodec<Extensible> codec = nested;
      if (codec == null) {
        codec = of((ObjectType) kind.objectType().orElseThrow());
        nested = codec;
      }
      return codec;
    }
  }

  private final ObjectType<T> type;
  private final @Nullable RecordType recordType;
  private final Slot[] slots;
  private final Map<String, Slot> byName = new HashMap<>();
  /** The members of the choices, as bits of their indexes. */
  private final long atLeastOneOf;
  private final long exactlyOneOf;
  private final String atLeastOneMessage;
  private final String exactlyOneMessage;

  private ObjectCodec(ObjectType<T> type) {
    this.type = type;
    this.recordType = type.recordType().orElse(null);
    List<Member<T, ?>> members = type.members();
    this.slots = new Slot[members.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = new Slot(members.get(i), i);
      byName.put(members.get(i).name(), slots[i]);
    }
    if (slots.length > Long.SIZE) {
      throw new IllegalArgumentException(type + " has more members than a reader tracks");
    }
    this.atLeastOneOf = bits(type.atLeastOneOf());
    this.exactlyOneOf = bits(type.exactlyOneOf());
    String value = "a " + type.name().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    this.atLeastOneMessage = value + " needs at least one of " + names(type.atLeastOneOf());
    this.exactlyOneMessage = value + " has exactly one of " + names(type.exactlyOneOf());
  }

  private long bits(List<Member<T, ?>> members) {
    long bits = 0;
    for (Member<T, ?> member : members) {
      bits |= 1L << byName.get(member.name()).index;
    }
    return bits;
  }

  private static String names(List<? extends Member<?, ?>> members) {
    return String.join(" and ", members.stream().map(member -> "\"" + member.name() + "\"").toList());
  }

  /** The codec of {@code type}, one of {@link CpxModel#types()}. */
  @SuppressWarnings("unchecked")
  public static <T extends Extensible> ObjectCodec<T> of(ObjectType<T> type) {
    return (ObjectCodec<T>) CODECS.get(type);
  }

  /** Reads the record of {@code type} at the cursor, or {@code null} when it is unreadable. */
  public static @Nullable CpxRecord record(Cursor c, RecordType type) throws IOException {
    return of(CpxModel.record(type)).read(c);
  }

  // Reading.

  /**
   * Reads the value at the cursor's current token; {@code null} when it is {@code null} or broken (and
   * reported with its path). A record's {@code type} is checked against this type.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public @Nullable T read(Cursor c) throws IOException {
    if (!c.enterObject()) {
      return null;
    }
    int before = c.errors();
    ObjectType.Assembly value = type.assemble();
    // Bit i: member i was present and not null; read whole. No type has 64 members.
    long present = 0;
    long read = 0;
    Map<String, String> unknown = null;
    int size = c.path().size();
    // Members mostly come in the format's order, as written: the next slot is tried before the map.
    int next = 0;
    while (c.nextMember(size)) {
      String name = c.name();
      Slot slot = next < slots.length && slots[next].member.name().equals(name) ? slots[next] : byName.get(name);
      if (slot == null) {
        if (recordType != null && name.equals("type")) {
          type(c);
        } else {
          unknown = c.unknown(unknown);
        }
        continue;
      }
      next = slot.index + 1;
      long bit = 1L << slot.index;
      if (!c.isNull()) {
        present |= bit;
      }
      if (slot.cardinality == Member.Cardinality.LIST) {
        List<Object> values = c.list(slot.reader);
        if (!values.isEmpty()) {
          read |= bit;
        }
        value.setAll(slot.member, values);
      } else {
        Object one = slot.reader.read(c);
        if (one != null) {
          read |= bit;
          value.set(slot.member, one);
          if (slot.recordId) {
            c.recordId((Id) one);
          }
        }
      }
    }
    c.path().truncate(size);
    value.unknownMembers(unknown == null ? Map.of() : unknown);
    required(c, present, read);
    choices(c, before, present);
    if (c.errors() > before) {
      return null;
    }
    try {
      return (T) value.build();
    } catch (IllegalArgumentException e) {
      c.report(FindingCode.JSON_MISSING, "the object breaks a rule of its type");
      return null;
    }
  }

  /** Checks a record's {@code type} member against this record type. */
  private void type(Cursor c) throws IOException {
    String code = c.text();
    if (code != null && !code.equals(Objects.requireNonNull(recordType).getCode())) {
      c.typeOfAnotherArray();
    }
  }

  /** Reports each required member not read, unless it is reported broken; a required list read empty needs a value. */
  private void required(Cursor c, long present, long read) {
    for (Slot slot : slots) {
      long bit = 1L << slot.index;
      if (slot.member.isRequired() && (read & bit) == 0) {
        if ((present & bit) != 0 && slot.cardinality == Member.Cardinality.LIST) {
          c.missing(slot.member.name(), "must hold at least one value");
        } else {
          c.missing(slot.member.name());
        }
      }
    }
  }

  /**
   * Checks the choices among members, counting those present and not {@code null}: exactly one of
   * them ({@code json.type}) always, at least one ({@code json.missing}) when nothing else is broken.
   */
  private void choices(Cursor c, int before, long present) {
    if (exactlyOneOf != 0 && Long.bitCount(present & exactlyOneOf) != 1) {
      c.report(FindingCode.JSON_TYPE, exactlyOneMessage);
    }
    if (atLeastOneOf != 0 && c.errors() == before && (present & atLeastOneOf) == 0) {
      c.report(FindingCode.JSON_MISSING, atLeastOneMessage);
    }
  }

  /** Reads one value of {@code kind} at the cursor; {@code null} when absent or broken (and reported). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static @Nullable Object readValue(Cursor c, Slot slot) throws IOException {
    Kind<?> kind = slot.kind;
    switch (kind.form()) {
      case TEXT:
      case COUNTRY:
      case SUBDIVISION:
      case AREA:
      case CURRENCY:
      case URL:
      case SDG_TARGET:
        return c.text();
      case LOCALIZED_TEXT:
        return c.localizedText();
      case ID:
        return c.id();
      case PARTIAL_DATE:
        return c.date();
      case DAY:
        return c.day();
      case LANGUAGE:
        return c.languageTag();
      case NATURAL_NUMBER:
        return c.naturalNumber(kind.max());
      case DECIMAL:
        return matching(c, c.grammatical(FindingCode.JSON_TYPE, DECIMAL_RULE), DECIMAL, DECIMAL_RULE);
      case SCHEME:
        return matching(c, c.text(), SCHEME, "a scheme is lower-case letters and digits joined by single hyphens");
      case CODE:
        return c.code((Class) Objects.requireNonNull(slot.codeList));
      case COUNT:
        return count(c);
      case OBJECT:
        return slot.nested().read(c);
    }
    throw new IllegalStateException("no reader of " + kind);
  }

  private static @Nullable String matching(Cursor c, @Nullable String text, Pattern grammar,
      String rule) {
    if (text != null && !grammar.matcher(text).matches()) {
      c.report(FindingCode.JSON_TYPE, rule);
      return null;
    }
    return text;
  }

  /** Reads a {@link Count}: a bare whole number, or an object. */
  public static @Nullable Count count(Cursor c) throws IOException {
    Token token = c.token();
    if (token == Token.INTEGER || token == Token.FRACTION) {
      Long value = c.naturalNumber(Count.MAX_VALUE);
      return value == null ? null : Count.of(value);
    }
    return COUNT.read(c);
  }

  // Writing.

  /** Writes {@code value}: its members in the order of the format, then its unknown members. */
  public void write(Encoders encoders, TokenSink g, T value) throws IOException {
    g.startObject();
    if (recordType != null) {
      g.name(MemberName.TYPE);
      g.string(recordType.getCode());
    }
    for (Slot slot : slots) {
      switch (slot.cardinality) {
        case ONE:
        case OPTIONAL:
          Object one = slot.member.valueOrNull(value);
          if (one != null) {
            g.name(slot.name);
            writeValue(encoders, g, slot, one);
          }
          break;
        default:
          List<Object> values = slot.member.values(value);
          if (!values.isEmpty()) {
            g.name(slot.name);
            g.startArray();
            for (Object element : values) {
              writeValue(encoders, g, slot, element);
            }
            g.endArray();
          }
          break;
      }
    }
    encoders.unknownMembers(g, value);
    g.endObject();
  }

  /** Writes a {@link Count}: a bare integer when exact, undated and without unknown members. */
  public static void count(Encoders encoders, TokenSink g, Count count) throws IOException {
    if (count.isBare()) {
      g.number(count.getValue());
    } else {
      COUNT.write(encoders, g, count);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void writeValue(Encoders encoders, TokenSink g, Slot slot, Object value) throws IOException {
    switch (slot.kind.form()) {
      case LOCALIZED_TEXT:
        encoders.localizedText(g, (LocalizedText) value);
        break;
      case ID:
        g.string(((Id) value).getValue());
        break;
      case PARTIAL_DATE:
        g.string(((PartialDate) value).toString());
        break;
      case DAY:
        g.string(((LocalDate) value).toString());
        break;
      case NATURAL_NUMBER:
        g.number((Long) value);
        break;
      case CODE:
        g.string(((Code<?>) value).getValue());
        break;
      case COUNT:
        count(encoders, g, (Count) value);
        break;
      case OBJECT:
        slot.nested().write(encoders, g, (Extensible) value);
        break;
      default:
        g.string((String) value);
        break;
    }
  }
}
