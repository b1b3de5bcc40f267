package org.cpx.core.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * What one value of a member is, as the format writes it (spec §2): a text, an {@link Id} and the
 * record types it may point at, a code of a list, a nested object, and so on.
 *
 * @param <V> the Java type of the value
 */
public final class Kind<V> {
  /** The forms of value of the format. */
  public enum Form {
    /** A string, trimmed, without control characters. */
    TEXT,
    /** A {@link LocalizedText}: an object of language tags to strings. */
    LOCALIZED_TEXT,
    /** An {@link Id} of a record. */
    ID,
    /** A {@link PartialDate}: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, optionally qualified. */
    PARTIAL_DATE,
    /** A full date {@code YYYY-MM-DD}, as a {@link LocalDate}. */
    DAY,
    /** A whole number of 0 or more without fraction or exponent, up to {@link #max()}. */
    NATURAL_NUMBER,
    /** A decimal number written as a string, such as {@code "1500000000"} or {@code "0.10"}. */
    DECIMAL,
    /** An identifier scheme: lower-case letters and digits joined by single hyphens. */
    SCHEME,
    /** A code of an open list: a known constant of {@link #codeList()} or any other code, kept. */
    CODE,
    /** An ISO 3166-1 alpha-2 country code, of the closed official list. */
    COUNTRY,
    /** An ISO 3166-2 subdivision code such as {@code VN-HN}. */
    SUBDIVISION,
    /** An area: {@code global}, a country, a subdivision or a UN M49 region. */
    AREA,
    /** An ISO 4217 currency code, of the closed official list. */
    CURRENCY,
    /** An absolute {@code http} or {@code https} URL. */
    URL,
    /** A BCP 47 language tag. */
    LANGUAGE,
    /** A target of the Sustainable Development Goals such as {@code 16.2}, of the closed official list. */
    SDG_TARGET,
    /** A {@link Count}: a bare whole number, or an object with the members of {@link CpxModel#COUNT}. */
    COUNT,
    /** A nested object with the members of {@link #objectType()}. */
    OBJECT
  }

  private static final Kind<String> TEXT = new Kind<>(Form.TEXT, String.class);
  private static final Kind<LocalizedText> LOCALIZED_TEXT = new Kind<>(Form.LOCALIZED_TEXT, LocalizedText.class);
  private static final Kind<Id> ID = new Kind<>(Form.ID, Id.class);
  private static final Kind<PartialDate> PARTIAL_DATE = new Kind<>(Form.PARTIAL_DATE, PartialDate.class);
  private static final Kind<LocalDate> DAY = new Kind<>(Form.DAY, LocalDate.class);
  private static final Kind<String> DECIMAL = new Kind<>(Form.DECIMAL, String.class);
  private static final Kind<String> SCHEME = new Kind<>(Form.SCHEME, String.class);
  private static final Kind<String> COUNTRY = new Kind<>(Form.COUNTRY, String.class);
  private static final Kind<String> SUBDIVISION = new Kind<>(Form.SUBDIVISION, String.class);
  private static final Kind<String> AREA = new Kind<>(Form.AREA, String.class);
  private static final Kind<String> CURRENCY = new Kind<>(Form.CURRENCY, String.class);
  private static final Kind<String> URL = new Kind<>(Form.URL, String.class);
  private static final Kind<String> LANGUAGE = new Kind<>(Form.LANGUAGE, String.class);
  private static final Kind<String> SDG_TARGET = new Kind<>(Form.SDG_TARGET, String.class);

  private final Form form;
  private final Class<?> javaType;
  private final Set<RecordType> targets;
  private final @Nullable Class<? extends Enum<?>> codeList;
  private final @Nullable ObjectType<?> objectType;
  private final long max;

  private Kind(Form form, Class<?> javaType) {
    this(form, javaType, Set.of(), null, null, 0);
  }

  private Kind(Form form, Class<?> javaType, Set<RecordType> targets, @Nullable Class<? extends Enum<?>> codeList,
      @Nullable ObjectType<?> objectType, long max) {
    this.form = form;
    this.javaType = javaType;
    this.targets = targets;
    this.codeList = codeList;
    this.objectType = objectType;
    this.max = max;
  }

  /** A string. */
  public static Kind<String> text() {
    return TEXT;
  }

  /** A text in one or more languages. */
  public static Kind<LocalizedText> localizedText() {
    return LOCALIZED_TEXT;
  }

  /** A record's own id. */
  public static Kind<Id> id() {
    return ID;
  }

  /** An id of a record of one of the types {@code first} and {@code more}: a reference. */
  public static Kind<Id> reference(RecordType first, RecordType... more) {
    return new Kind<>(Form.ID, Id.class, Set.copyOf(EnumSet.of(first, more)), null, null, 0);
  }

  /** A partial date. */
  public static Kind<PartialDate> partialDate() {
    return PARTIAL_DATE;
  }

  /** A full date. */
  public static Kind<LocalDate> day() {
    return DAY;
  }

  /** A whole number from 0 to {@code max}. */
  public static Kind<Long> naturalNumber(long max) {
    return new Kind<>(Form.NATURAL_NUMBER, Long.class, Set.of(), null, null, max);
  }

  /** A decimal number written as a string. */
  public static Kind<String> decimal() {
    return DECIMAL;
  }

  /** An identifier scheme. */
  public static Kind<String> scheme() {
    return SCHEME;
  }

  /** A code of the open list {@code list}. */
  public static <E extends Enum<E>> Kind<Code<E>> code(Class<E> list) {
    return new Kind<>(Form.CODE, Code.class, Set.of(), list, null, 0);
  }

  /** A country code. */
  public static Kind<String> country() {
    return COUNTRY;
  }

  /** A subdivision code. */
  public static Kind<String> subdivision() {
    return SUBDIVISION;
  }

  /** An area code. */
  public static Kind<String> area() {
    return AREA;
  }

  /** A currency code. */
  public static Kind<String> currency() {
    return CURRENCY;
  }

  /** A URL. */
  public static Kind<String> url() {
    return URL;
  }

  /** A language tag. */
  public static Kind<String> language() {
    return LANGUAGE;
  }

  /** A Sustainable Development Goal target. */
  public static Kind<String> sdgTarget() {
    return SDG_TARGET;
  }

  /** A count, whose object form has the members of {@code type}. */
  static Kind<Count> count(ObjectType<Count> type) {
    return new Kind<>(Form.COUNT, Count.class, Set.of(), null, type, 0);
  }

  /** A nested object of {@code type}. */
  public static <V extends Extensible> Kind<V> object(ObjectType<V> type) {
    return new Kind<>(Form.OBJECT, type.javaType(), Set.of(), null, type, 0);
  }

  /** The form of the value. */
  public Form form() {
    return form;
  }

  /** The Java type of the value. */
  public Class<?> javaType() {
    return javaType;
  }

  /** The record types an {@link Form#ID} may point at; empty for a record's own id and for other forms. */
  public Set<RecordType> targets() {
    return targets;
  }

  /** The enum of the codes this version knows, for a {@link Form#CODE}. */
  public Optional<Class<? extends Enum<?>>> codeList() {
    return Optional.ofNullable(codeList);
  }

  /** The members of a {@link Form#OBJECT} or of the object form of a {@link Form#COUNT}. */
  public Optional<ObjectType<?>> objectType() {
    return Optional.ofNullable(objectType);
  }

  /** The largest {@link Form#NATURAL_NUMBER}; 0 for other forms. */
  public long max() {
    return max;
  }

  @Override
  public String toString() {
    return codeList != null ? form + "(" + codeList.getSimpleName() + ")"
        : objectType != null ? form + "(" + objectType.name() + ")"
        : !targets.isEmpty() ? form + targets.toString()
        : form.toString();
  }
}
