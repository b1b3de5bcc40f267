package org.cpx.core.model;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.cpx.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A member of a CPX object: its wire name, what its values are, how many it has, whether the
 * format requires it, and how to read it from a value of the object's type.
 *
 * @param <T> the object's type
 * @param <V> the Java type of one value
 */
public final class Member<T, V> {
  /** How many values a member has. */
  public enum Cardinality {
    /** Exactly one: the value always has one, written even when the format lets it be left out. */
    ONE,
    /** None or one. */
    OPTIONAL,
    /** A list, written as a JSON array and left out when empty. */
    LIST
  }

  private final String name;
  private final Kind<V> kind;
  private final Cardinality cardinality;
  private final boolean required;
  private final LocalizedText description;
  private final Function<? super T, ?> getter;
  private final BiConsumer<Object, Object> setter;
  /** The type the member is of, set once when that type is described. */
  private @Nullable ObjectType<?> owner;

  private Member(String name, Kind<V> kind, Cardinality cardinality, boolean required, LocalizedText description,
      Function<? super T, ?> getter, BiConsumer<Object, Object> setter) {
    this.name = name;
    this.kind = kind;
    this.cardinality = cardinality;
    this.required = required;
    this.description = description;
    this.getter = getter;
    this.setter = setter;
  }

  @SuppressWarnings("unchecked")
  static <T, B, V> Member<T, V> one(String name, Kind<V> kind, Function<? super T, V> getter, BiConsumer<B, V> setter,
      String english, String vietnamese, boolean required) {
    return new Member<>(name, kind, Cardinality.ONE, required, describe(english, vietnamese), getter,
        (BiConsumer<Object, Object>) setter);
  }

  @SuppressWarnings("unchecked")
  static <T, B, V> Member<T, V> optional(String name, Kind<V> kind, Function<? super T, Optional<V>> getter,
      BiConsumer<B, V> setter, String english, String vietnamese) {
    return new Member<>(name, kind, Cardinality.OPTIONAL, false, describe(english, vietnamese), getter,
        (BiConsumer<Object, Object>) setter);
  }

  @SuppressWarnings("unchecked")
  static <T, B, V> Member<T, V> list(String name, Kind<V> kind, Function<? super T, List<V>> getter,
      BiConsumer<B, List<V>> setter, String english, String vietnamese, boolean required) {
    return new Member<>(name, kind, Cardinality.LIST, required, describe(english, vietnamese), getter,
        (BiConsumer<Object, Object>) (Object) setter);
  }

  static LocalizedText describe(String english, String vietnamese) {
    return LocalizedText.of("en", english, "vi", vietnamese);
  }

  /** The member's name on the wire. */
  public String name() {
    return name;
  }

  /** What each of its values is. */
  public Kind<V> kind() {
    return kind;
  }

  /** How many values it has. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** Whether the format requires it: present and, for a list, not empty. */
  public boolean isRequired() {
    return required;
  }

  /** What it means, in one line, in English ({@code en}) and Vietnamese ({@code vi}). */
  public LocalizedText description() {
    return description;
  }

  /**
   * Its value in {@code owner}, when it has one.
   *
   * @throws IllegalStateException for a {@link Cardinality#LIST}, whose values are {@link #values}
   */
  public Optional<V> value(T owner) {
    return Optional.ofNullable(valueOrNull(owner));
  }

  /**
   * Its value in {@code owner}, or {@code null} when it has none: {@link #value} without the
   * {@code Optional}, for a walk over many values.
   *
   * @throws IllegalStateException for a {@link Cardinality#LIST}, whose values are {@link #values}
   */
  @SuppressWarnings("unchecked")
  public @Nullable V valueOrNull(T owner) {
    Object value = getter.apply(owner);
    switch (cardinality) {
      case ONE:
        return (V) value;
      case OPTIONAL:
        return ((Optional<V>) value).orElse(null);
      default:
        throw new IllegalStateException(name + " is a list: its values are values(owner)");
    }
  }

  /** Its values in {@code owner}, in order: none or one but for a {@link Cardinality#LIST}. */
  @SuppressWarnings("unchecked")
  public List<V> values(T owner) {
    Object value = getter.apply(owner);
    switch (cardinality) {
      case ONE:
        return List.of((V) value);
      case OPTIONAL:
        return ((Optional<V>) value).map(List::of).orElse(List.of());
      default:
        return (List<V>) value;
    }
  }

  /** Sets {@code value}, one value or for a list a {@code List}, on {@code builder}, a builder of its type. */
  void set(Object builder, Object value) {
    setter.accept(builder, value);
  }

  /** Makes {@code type} the type this member is of; once. */
  void describedIn(ObjectType<?> type) {
    if (owner != null) {
      throw new IllegalStateException(name + " is a member of " + owner + " already");
    }
    owner = type;
  }

  /** Whether this is a member of {@code type}. */
  boolean isOf(ObjectType<?> type) {
    return owner == type;
  }

  @Override
  public String toString() {
    return name + ": " + kind + (cardinality == Cardinality.LIST ? "[]" : "") + (required ? " (required)" : "");
  }
}
