package org.cpx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpx.core.Code;
import org.cpx.core.Codes;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.RecordType;
import org.cpx.core.constraints.AreaCode;
import org.cpx.core.constraints.CountryCode;
import org.cpx.core.constraints.CurrencyCode;
import org.cpx.core.constraints.HttpUrl;
import org.cpx.core.constraints.SdgTarget;
import org.cpx.core.constraints.SubdivisionCode;
import org.cpx.core.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The description against the value types: every attribute of every type is a described member
 * and every member an attribute, and each member reads and sets the attribute of its name — a
 * value built member by member through the description, each member given a value of its own,
 * has exactly those values in its getters.
 */
class CpxModelTest {
  static Stream<ObjectType<?>> types() {
    return CpxModel.types().stream();
  }

  /** The attributes of {@code type}: the fields of its generated immutable class. */
  private static Set<String> attributes(ObjectType<?> type) throws ClassNotFoundException {
    Class<?> javaType = type.javaType();
    Class<?> generated = Class.forName(javaType.getPackageName() + ".Immutable" + javaType.getSimpleName());
    return Arrays.stream(generated.getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()))
        .map(Field::getName)
        .filter(name -> !name.equals("unknownMembers") && !name.startsWith("initShim"))
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyAttributeIsAMemberAndEveryMemberAnAttribute(ObjectType<?> type) throws ClassNotFoundException {
    Set<String> members = type.members().stream().map(Member::name).collect(Collectors.toSet());
    assertThat(members).as(type.name()).isEqualTo(attributes(type));
  }

  @Test
  void everyTypeOfTheModelIsDescribedOnceAndNestedTypesAreAmongThem() {
    assertThat(CpxModel.types()).extracting(ObjectType::javaType).doesNotHaveDuplicates();
    for (ObjectType<?> type : CpxModel.types()) {
      for (Member<?, ?> member : type.members()) {
        member.kind().objectType().ifPresent(nested -> assertThat(CpxModel.types()).as(member.toString()).contains(nested));
      }
    }
    assertThat(Arrays.stream(RecordType.values()).map(CpxModel::record).map(type -> type.recordType().orElseThrow()))
        .containsExactly(RecordType.values());
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyTypeAndMemberHasADescriptionInEnglishAndVietnamese(ObjectType<?> type) {
    assertThat(type.description().getLanguages()).as(type.name()).containsExactlyInAnyOrder("en", "vi");
    for (Member<?, ?> member : type.members()) {
      assertThat(member.description().getLanguages()).as(member.toString()).containsExactlyInAnyOrder("en", "vi");
      assertThat(member.description().get("en")).isNotEqualTo(member.description().get("vi"));
    }
  }

  @ParameterizedTest
  @MethodSource("types")
  void eachMemberSetsAndReadsTheAttributeOfItsName(ObjectType<?> type) throws ReflectiveOperationException {
    for (Member<?, ?> chosen : choices(type)) {
      Extensible value = full(type, chosen);
      for (Member<?, ?> member : type.members()) {
        @SuppressWarnings("unchecked")
        Member<Object, ?> described = (Member<Object, ?>) member;
        Method getter = type.javaType().getMethod("get" + Character.toUpperCase(member.name().charAt(0))
            + member.name().substring(1));
        List<Object> expected = isLeftOut(type, member, chosen) ? List.of() : sample(member);
        assertThat(described.values(value)).as(type.name() + "." + member.name())
            .isEqualTo(expected)
            .isEqualTo(normalized(getter.invoke(value)));
      }
      assertThat(CpxModel.typeOf(value)).isSameAs(type);
    }
  }

  /** The Jakarta constraint every value of a kind carries, for users' own Jakarta validation and for the validator. */
  private static final Map<Kind.Form, Class<? extends Annotation>> CONSTRAINTS = Map.of(
      Kind.Form.URL, HttpUrl.class,
      Kind.Form.COUNTRY, CountryCode.class,
      Kind.Form.SUBDIVISION, SubdivisionCode.class,
      Kind.Form.AREA, AreaCode.class,
      Kind.Form.CURRENCY, CurrencyCode.class,
      Kind.Form.SDG_TARGET, SdgTarget.class);

  @ParameterizedTest
  @MethodSource("types")
  void everyCheckedValueCarriesItsConstraintAndEveryObjectHoldingOneIsCascaded(ObjectType<?> type)
      throws NoSuchMethodException {
    for (Member<?, ?> member : type.members()) {
      Method getter = type.javaType().getMethod("get" + Character.toUpperCase(member.name().charAt(0))
          + member.name().substring(1));
      AnnotatedType value = getter.getAnnotatedReturnType();
      if (value instanceof AnnotatedParameterizedType parameterized) {
        value = parameterized.getAnnotatedActualTypeArguments()[0];
      }
      Class<? extends Annotation> constraint = CONSTRAINTS.get(member.kind().form());
      if (constraint != null) {
        assertThat(value.isAnnotationPresent(constraint) || getter.isAnnotationPresent(constraint))
            .as(type.name() + "." + member.name() + " is " + constraint.getSimpleName()).isTrue();
      }
      if (member.kind().objectType().filter(CpxModelTest::holdsConstraints).isPresent()) {
        assertThat(value.isAnnotationPresent(Valid.class) || getter.isAnnotationPresent(Valid.class))
            .as(type.name() + "." + member.name() + " is @Valid").isTrue();
      }
    }
  }

  /** Whether values of {@code type} have constraints of their own or in their members. */
  private static boolean holdsConstraints(ObjectType<?> type) {
    return Arrays.stream(type.javaType().getAnnotations())
            .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(Constraint.class))
        || type.members().stream().anyMatch(member -> CONSTRAINTS.containsKey(member.kind().form())
            || member.kind().objectType().filter(CpxModelTest::holdsConstraints).isPresent());
  }

  @Test
  void aSetterIsCheckedForItsCardinality() {
    ObjectType.Assembly<Event> event = CpxModel.EVENT_RECORD.assemble();
    @SuppressWarnings("unchecked")
    Member<Event, Object> objectives = (Member<Event, Object>) CpxModel.EVENT_RECORD.member("objectives").orElseThrow();
    assertThatThrownBy(() -> event.set(objectives, LocalizedText.of("en", "x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> event.build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Event");
    assertThatThrownBy(() -> objectives.value(Event.builder().id(Id.of("e")).title(LocalizedText.of("en", "x")).build()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMemberIsSetOnlyOnItsOwnType() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    ObjectType.Assembly<Extensible> event = (ObjectType.Assembly) CpxModel.EVENT_RECORD.assemble();
    @SuppressWarnings("unchecked")
    Member<Extensible, Object> name = (Member<Extensible, Object>) (Member<?, ?>) CpxModel.ORGANIZATION_RECORD.member("name").orElseThrow();
    assertThatThrownBy(() -> event.set(name, LocalizedText.of("en", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a member of Event");
    assertThat(CpxModel.of(Event.class)).containsSame(CpxModel.EVENT_RECORD);
    assertThat(CpxModel.of(org.cpx.core.event.ImmutableEvent.class)).isEmpty();
  }

  @Test
  void referencesNameTheRecordTypesTheyMayPointAt() {
    assertThat(CpxModel.EVENT_RECORD.member("partOf").orElseThrow().kind().targets()).containsExactly(RecordType.EVENT);
    assertThat(CpxModel.PARTY.member("actor").orElseThrow().kind().targets())
        .isEqualTo(EnumSet.of(RecordType.ORGANIZATION, RecordType.NETWORK, RecordType.PERSON));
    assertThat(CpxModel.ORGANIZATION_RECORD.member("id").orElseThrow().kind().targets()).isEmpty();
  }

  // Values built through the description, each member with a value of its own.

  /** The members to choose among for a type with an exactly-one choice; otherwise one no member of it. */
  private static List<Member<?, ?>> choices(ObjectType<?> type) {
    return type.exactlyOneOf().isEmpty() ? List.of(type.members().get(0)) : List.copyOf(type.exactlyOneOf());
  }

  /** Whether {@code member} is left out of a value of {@code type}: one of its choice not {@code chosen}. */
  private static boolean isLeftOut(ObjectType<?> type, Member<?, ?> member, Member<?, ?> chosen) {
    return type.exactlyOneOf().contains(member) && member != chosen;
  }

  /** A value of {@code type} with every member set to its {@link #sample}, but those {@link #isLeftOut}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T extends Extensible> T full(ObjectType<T> type, Member<?, ?> chosen) {
    ObjectType.Assembly<T> assembly = type.assemble();
    for (Member<T, ?> member : type.members()) {
      if (isLeftOut(type, member, chosen)) {
        continue;
      }
      List<Object> values = sample(member);
      if (member.cardinality() == Member.Cardinality.LIST) {
        assembly.setAll((Member) member, values);
      } else {
        assembly.set((Member) member, values.get(0));
      }
    }
    return assembly.build();
  }

  /** Values of {@code member}'s kind of its own, naming it where the kind allows: one, or two for a list. */
  private static List<Object> sample(Member<?, ?> member) {
    String name = member.name().toLowerCase(Locale.ROOT);
    int n = Math.floorMod(member.name().hashCode(), 900) + 1;
    if (member.cardinality() != Member.Cardinality.LIST) {
      return List.of(one(member.kind(), name, n));
    }
    return List.of(one(member.kind(), name, n), one(member.kind(), name + "-2", n + 1));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object one(Kind<?> kind, String name, int n) {
    switch (kind.form()) {
      case LOCALIZED_TEXT:
        return LocalizedText.of("en", name);
      case ID:
        return Id.of(name);
      case PARTIAL_DATE:
        return PartialDate.parse(Integer.toString(1000 + n));
      case DAY:
        return LocalDate.of(1000 + n, 1, 1);
      case NATURAL_NUMBER:
        return (long) n;
      case DECIMAL:
        return n + ".5";
      case SCHEME:
        return "s" + n;
      case CODE:
        Enum[] constants = ((Class<? extends Enum>) kind.codeList().orElseThrow()).getEnumConstants();
        return Code.of(constants[n % constants.length]);
      case COUNT:
        return Count.of(n);
      case OBJECT:
        ObjectType<?> nested = kind.objectType().orElseThrow();
        return full(nested, choices(nested).get(0));
      default:
        return name;
    }
  }

  /** A getter's value as a list of member values: none or one for a single value. */
  private static List<?> normalized(Object got) {
    if (got instanceof Optional<?> optional) {
      return optional.map(List::of).orElse(List.of());
    }
    if (got instanceof OptionalInt optional) {
      return optional.isPresent() ? List.of((long) optional.getAsInt()) : List.of();
    }
    if (got instanceof Codes<?> codes) {
      return codes.asList();
    }
    if (got instanceof List<?> list) {
      return list;
    }
    if (got instanceof Long || got instanceof Integer) {
      return List.of(((Number) got).longValue());
    }
    return List.of(got);
  }

  @Test
  void aRecordTypeIsWrittenFirstAndItsIdFirstAmongItsMembers() {
    for (RecordType type : RecordType.values()) {
      ObjectType<? extends CpxRecord> record = CpxModel.record(type);
      assertThat(record.members().get(0).name()).isEqualTo("id");
      assertThat(record.members()).extracting(Member::name).doesNotContain("type");
    }
  }
}
