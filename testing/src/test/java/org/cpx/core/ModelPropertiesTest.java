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
import org.cpx.core.actor.FormerName;
import org.cpx.core.actor.GoverningDocument;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.actor.Position;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.Event;
import org.cpx.core.event.Participation;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.Indicator;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;
import org.cpx.core.outcome.Response;
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

  static Stream<Model<?>> models() {
    return Stream.of(
        new Model<>("Period", Generators::period, v -> Period.builder().from(v).build(), Period::withUnknownMembers),
        new Model<>("Count", Generators::count, v -> Count.builder().from(v).build(), Count::withUnknownMembers),
        new Model<>("Money", Generators::money, v -> Money.builder().from(v).build(), Money::withUnknownMembers),
        new Model<>("Place", Generators::place, v -> Place.builder().from(v).build(), Place::withUnknownMembers),
        new Model<>("ContactPoint", Generators::contactPoint, v -> ContactPoint.builder().from(v).build(),
            ContactPoint::withUnknownMembers),
        new Model<>("LegalReference", Generators::legalReference, v -> LegalReference.builder().from(v).build(),
            LegalReference::withUnknownMembers),
        new Model<>("Source", Generators::source, v -> Source.builder().from(v).build(), Source::withUnknownMembers),
        new Model<>("Document", Generators::document, v -> Document.builder().from(v).build(),
            Document::withUnknownMembers),
        new Model<>("Identifier", Generators::identifier, v -> Identifier.builder().from(v).build(),
            Identifier::withUnknownMembers),
        new Model<>("Party", Generators::party, v -> Party.builder().from(v).build(), Party::withUnknownMembers),
        new Model<>("TargetGroup", Generators::targetGroup, v -> TargetGroup.builder().from(v).build(),
            TargetGroup::withUnknownMembers),
        new Model<>("FormerName", Generators::formerName, v -> FormerName.builder().from(v).build(),
            FormerName::withUnknownMembers),
        new Model<>("Membership", Generators::membership, v -> Membership.builder().from(v).build(),
            Membership::withUnknownMembers),
        new Model<>("GoverningDocument", Generators::governingDocument,
            v -> GoverningDocument.builder().from(v).build(), GoverningDocument::withUnknownMembers),
        new Model<>("Position", Generators::position, v -> Position.builder().from(v).build(),
            Position::withUnknownMembers),
        new Model<>("Participation", Generators::participation, v -> Participation.builder().from(v).build(),
            Participation::withUnknownMembers),
        new Model<>("Attendance", Generators::attendance, v -> Attendance.builder().from(v).build(),
            Attendance::withUnknownMembers),
        new Model<>("Response", Generators::response, v -> Response.builder().from(v).build(),
            Response::withUnknownMembers),
        new Model<>("Indicator", Generators::indicator, v -> Indicator.builder().from(v).build(),
            Indicator::withUnknownMembers),
        new Model<>("ProgressReport", Generators::progressReport, v -> ProgressReport.builder().from(v).build(),
            ProgressReport::withUnknownMembers),
        new Model<>("Organization", Generators::organization, v -> Organization.builder().from(v).build(),
            Organization::withUnknownMembers),
        new Model<>("Network", Generators::network, v -> Network.builder().from(v).build(),
            Network::withUnknownMembers),
        new Model<>("Person", Generators::person, v -> Person.builder().from(v).build(), Person::withUnknownMembers),
        new Model<>("Event", Generators::event, v -> Event.builder().from(v).build(), Event::withUnknownMembers),
        new Model<>("Declaration", Generators::declaration, v -> Declaration.builder().from(v).build(),
            Declaration::withUnknownMembers),
        new Model<>("Recommendation", Generators::recommendation, v -> Recommendation.builder().from(v).build(),
            Recommendation::withUnknownMembers),
        new Model<>("Commitment", Generators::commitment, v -> Commitment.builder().from(v).build(),
            Commitment::withUnknownMembers),
        new Model<>("Dataset", Generators::dataset, v -> Dataset.builder().from(v).build(),
            Dataset::withUnknownMembers));
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
