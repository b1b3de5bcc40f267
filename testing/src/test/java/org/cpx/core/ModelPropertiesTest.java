package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every generated value of every model type must have: its construction invariants, a
 * copy through its builder equal to it with the same hash code, {@code withX} changing X only.
 */
class ModelPropertiesTest {
  /**
   * One model type: how to generate it, copy it through its builder, and change one of its members.
   */
  record Model<T extends Extensible>(
      String name,
      Function<Generators, T> generator,
      UnaryOperator<T> copy,
      BiFunction<T, Map<String, String>, T> withUnknownMembers) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every described type, generated and copied through its description, and the dataset. */
  static Stream<Model<?>> models() {
    return Stream.concat(CpxModel.types().stream().map(ModelPropertiesTest::described),
        Stream.of(new Model<>("Dataset", Generators::dataset, v -> Dataset.builder().from(v).build(),
            Dataset::withUnknownMembers)));
  }

  private static <T extends Extensible> Model<T> described(ObjectType<T> type) {
    return new Model<>(type.name(), generators -> generators.value(type),
        value -> copy(type, value, value.getUnknownMembers()), (value, unknown) -> copy(type, value, unknown));
  }

  /** A copy of {@code value} built member by member through its description, with the unknown members {@code unknown}. */
  private static <T extends Extensible> T copy(ObjectType<T> type, T value, Map<String, String> unknown) {
    ObjectType.Assembly<T> copy = type.assemble();
    for (Member<T, ?> member : type.members()) {
      copyMember(copy, member, value);
    }
    return copy.unknownMembers(unknown).build();
  }

  private static <T extends Extensible, V> void copyMember(ObjectType.Assembly<T> copy, Member<T, V> member, T value) {
    if (member.cardinality() == Member.Cardinality.LIST) {
      copy.setAll(member, member.values(value));
    } else {
      member.value(value).ifPresent(one -> copy.set(member, one));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T extends Extensible> void constructionInvariantsHold(Model<T> model) {
    Property.forAll(model.generator(), ModelPropertiesTest::assertInvariants);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T extends Extensible> void aCopyIsEqualWithTheSameHashCode(Model<T> model) {
    Property.forAll(model.generator(), value -> {
      T copy = model.copy().apply(value);
      assertThat(copy).isEqualTo(value);
      assertThat(value).isEqualTo(copy);
      assertThat(copy.hashCode()).isEqualTo(value.hashCode());
      assertThat(copy.toString()).isEqualTo(value.toString());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T extends Extensible> void withChangesOnlyItsMember(Model<T> model) {
    Property.forAll(generators -> Map.entry(model.generator().apply(generators), generators.unknownMembers()),
        pair -> {
          T value = pair.getKey();
          Map<String, String> members = Map.of("x-changed", "[" + value.getUnknownMembers().size() + "]");
          T changed = model.withUnknownMembers().apply(value, members);
          assertThat(changed.getUnknownMembers()).isEqualTo(members);
          assertThat(changed).isNotEqualTo(value);
          assertThat(model.withUnknownMembers().apply(changed, value.getUnknownMembers()))
              .as("setting the member back restores every other member")
              .isEqualTo(value);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T extends Extensible> void unknownMembersKeepTheirOrder(Model<T> model) {
    Property.forAll(generators -> Map.entry(model.generator().apply(generators), generators.unknownMembers()),
        pair -> {
          T changed = model.withUnknownMembers().apply(pair.getKey(), pair.getValue());
          assertThat(List.copyOf(changed.getUnknownMembers().keySet()))
              .containsExactlyElementsOf(pair.getValue().keySet());
        });
  }

  /** Walks a value through its public getters and checks every part of it. */
  private static void assertInvariants(Object value) {
    if (value instanceof String) {
      assertClean((String) value);
    } else if (value instanceof LocalizedText) {
      LocalizedText text = (LocalizedText) value;
      assertThat(text.getEntries()).isNotEmpty();
      assertThat(List.copyOf(text.getEntries().keySet())).isSorted();
      text.getEntries().values().forEach(ModelPropertiesTest::assertClean);
      text.getEntries().keySet().forEach(tag -> assertThat(LocalizedText.of(tag, "x").getLanguages()).containsExactly(tag));
    } else if (value instanceof PartialDate) {
      PartialDate date = (PartialDate) value;
      assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    } else if (value instanceof Id) {
      assertThat(Id.isValid(value.toString())).isTrue();
      assertThat(Id.of(value.toString())).isEqualTo(value);
    } else if (value instanceof Code) {
      Code<?> code = (Code<?>) value;
      assertClean(code.getValue());
      assertThat(code.isKnown()).isEqualTo(code.getKnown().isPresent());
    } else if (value instanceof Count) {
      Count count = (Count) value;
      assertThat(count.getValue()).isBetween(0L, Count.MAX_VALUE);
      walk(value);
    } else if (value instanceof Period) {
      Period period = (Period) value;
      assertThat(period.getStart().isPresent() || period.getEnd().isPresent()).isTrue();
      walk(value);
    } else if (value instanceof Party) {
      Party party = (Party) value;
      assertThat(party.getActor().isPresent()).isNotEqualTo(party.getGroup().isPresent());
      walk(value);
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(ModelPropertiesTest::assertInvariants);
    } else if (value instanceof Collection || value instanceof Codes) {
      ((Iterable<?>) value).forEach(ModelPropertiesTest::assertInvariants);
    } else if (value.getClass().getPackageName().startsWith("org.cpx.core")) {
      walk(value);
    }
  }

  private static void walk(Object value) {
    for (Method getter : value.getClass().getMethods()) {
      String name = getter.getName();
      if (getter.getParameterCount() == 0
          && !Modifier.isStatic(getter.getModifiers())
          && name.startsWith("get")
          && !name.equals("getClass")
          && !name.equals("getUnknownMembers")
          && !name.equals("getOtherRecords")) {
        try {
          assertInvariants(getter.invoke(value));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError(name, e);
        }
      }
    }
  }

  private static void assertClean(String text) {
    assertThat(text).isNotEmpty();
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC: %s", text).isTrue();
    assertThat(text.strip()).as("trimmed").isEqualTo(text);
    assertThat(text.charAt(0)).isNotIn('\u00A0', '\uFEFF', '\u3000');
    assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')).isEmpty();
  }
}
