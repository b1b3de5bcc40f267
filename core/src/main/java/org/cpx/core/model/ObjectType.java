package org.cpx.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cpx.core.Extensible;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * A CPX object type — a record type or a nested object such as a period or a membership — as the
 * format writes it: its members in the order of the format, the choices among them, and how to
 * build a value from members read one by one.
 *
 * @param <T> the Java type of its values
 */
public final class ObjectType<T extends Extensible> {
  private final String name;
  private final Class<T> javaType;
  private final @Nullable RecordType recordType;
  private final LocalizedText description;
  private final List<Member<T, ?>> members;
  private final Map<String, Member<T, ?>> byName = new HashMap<>();
  private final List<Member<T, ?>> atLeastOneOf;
  private final List<Member<T, ?>> exactlyOneOf;
  private final Supplier<?> builder;
  private final Function<Object, ? extends T> build;
  private final BiConsumer<Object, Map<String, String>> unknownMembers;

  @SuppressWarnings("unchecked")
  private <B> ObjectType(String name, Class<T> javaType, @Nullable RecordType recordType, LocalizedText description,
      List<Member<T, ?>> members, List<String> atLeastOneOf, List<String> exactlyOneOf, Supplier<B> builder,
      Function<B, ? extends T> build, BiConsumer<B, Map<String, String>> unknownMembers) {
    this.name = name;
    this.javaType = javaType;
    this.recordType = recordType;
    this.description = description;
    this.members = List.copyOf(members);
    for (Member<T, ?> member : members) {
      if (byName.put(member.name(), member) != null) {
        throw new IllegalArgumentException(name + " has two members named " + member.name());
      }
      member.describedIn(this);
    }
    this.atLeastOneOf = atLeastOneOf.stream().<Member<T, ?>>map(this::described).toList();
    this.exactlyOneOf = exactlyOneOf.stream().<Member<T, ?>>map(this::described).toList();
    this.builder = builder;
    this.build = (Function<Object, ? extends T>) build;
    this.unknownMembers = (BiConsumer<Object, Map<String, String>>) unknownMembers;
  }

  /**
   * Starts the description of a type whose values are built by a {@code B}: {@code builder} makes
   * one, {@code build} builds it, {@code unknownMembers} gives it the members this version does not know.
   */
  static <T extends Extensible, B> Declaration<T, B> declare(String name, Class<T> javaType, Supplier<B> builder,
      Function<B, ? extends T> build, BiConsumer<B, Map<String, String>> unknownMembers, String english,
      String vietnamese) {
    return new Declaration<>(name, javaType, builder, build, unknownMembers, english, vietnamese);
  }

  /** The description of a type being declared, its members in the order added; {@link #build()} ends it. */
  static final class Declaration<T extends Extensible, B> {
    private final String name;
    private final Class<T> javaType;
    private final Supplier<B> builder;
    private final Function<B, ? extends T> build;
    private final BiConsumer<B, Map<String, String>> unknownMembers;
    private final LocalizedText description;
    private final List<Member<T, ?>> members = new ArrayList<>();
    private @Nullable RecordType recordType;
    private List<String> atLeastOneOf = List.of();
    private List<String> exactlyOneOf = List.of();

    private Declaration(String name, Class<T> javaType, Supplier<B> builder, Function<B, ? extends T> build,
        BiConsumer<B, Map<String, String>> unknownMembers, String english, String vietnamese) {
      this.name = name;
      this.javaType = javaType;
      this.builder = builder;
      this.build = build;
      this.unknownMembers = unknownMembers;
      this.description = Member.describe(english, vietnamese);
    }

    /** Makes it the type of records of {@code type}. */
    Declaration<T, B> record(RecordType type) {
      recordType = type;
      return this;
    }

    /** Adds a member the format requires, which a value always has. */
    <V> Declaration<T, B> one(String member, Kind<V> kind, Function<? super T, V> getter, BiConsumer<B, V> setter,
        String english, String vietnamese) {
      members.add(Member.one(member, kind, getter, setter, english, vietnamese, true));
      return this;
    }

    /** Adds a member a value always has, but the format lets be left out: the builder has a default. */
    <V> Declaration<T, B> defaulted(String member, Kind<V> kind, Function<? super T, V> getter,
        BiConsumer<B, V> setter, String english, String vietnamese) {
      members.add(Member.one(member, kind, getter, setter, english, vietnamese, false));
      return this;
    }

    /** Adds a member with at most one value. */
    <V> Declaration<T, B> optional(String member, Kind<V> kind, Function<? super T, Optional<V>> getter,
        BiConsumer<B, V> setter, String english, String vietnamese) {
      members.add(Member.optional(member, kind, getter, setter, english, vietnamese));
      return this;
    }

    /** Adds a member with a list of values, {@code required} to hold at least one or not. */
    <V> Declaration<T, B> list(String member, Kind<V> kind, Function<? super T, List<V>> getter,
        BiConsumer<B, List<V>> setter, String english, String vietnamese) {
      members.add(Member.list(member, kind, getter, setter, english, vietnamese, false));
      return this;
    }

    /** Adds a member with a list of at least one value. */
    <V> Declaration<T, B> requiredList(String member, Kind<V> kind, Function<? super T, List<V>> getter,
        BiConsumer<B, List<V>> setter, String english, String vietnamese) {
      members.add(Member.list(member, kind, getter, setter, english, vietnamese, true));
      return this;
    }

    /** Adds the members {@code part} adds, shared by several types. */
    Declaration<T, B> with(Consumer<Declaration<T, B>> part) {
      part.accept(this);
      return this;
    }

    /** Requires at least one of the members {@code names}. */
    Declaration<T, B> atLeastOneOf(String... names) {
      atLeastOneOf = List.of(names);
      return this;
    }

    /** Requires exactly one of the members {@code names}. */
    Declaration<T, B> exactlyOneOf(String... names) {
      exactlyOneOf = List.of(names);
      return this;
    }

    /** The type described. */
    ObjectType<T> build() {
      return new ObjectType<>(name, javaType, recordType, description, members, atLeastOneOf, exactlyOneOf, builder,
          build, unknownMembers);
    }
  }

  private Member<T, ?> described(String member) {
    Member<T, ?> found = byName.get(member);
    if (found == null) {
      throw new IllegalArgumentException(name + " has no member " + member);
    }
    return found;
  }

  /** The type's name, as the format's tables write it: {@code Event}, {@code Membership}. */
  public String name() {
    return name;
  }

  /** The Java type of its values. */
  public Class<T> javaType() {
    return javaType;
  }

  /** The record type, when it is one; its {@code type} member is written before all others. */
  public Optional<RecordType> recordType() {
    return Optional.ofNullable(recordType);
  }

  /** What it is, in one line, in English ({@code en}) and Vietnamese ({@code vi}). */
  public LocalizedText description() {
    return description;
  }

  /** Its members in the order of the format; a record's {@code type} is not one of them. */
  public List<Member<T, ?>> members() {
    return members;
  }

  /** The member named {@code name} on the wire, if it has one. */
  public Optional<Member<T, ?>> member(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Members of which a value needs at least one; empty when there is no such choice. */
  public List<Member<T, ?>> atLeastOneOf() {
    return atLeastOneOf;
  }

  /** Members of which a value has exactly one; empty when there is no such choice. */
  public List<Member<T, ?>> exactlyOneOf() {
    return exactlyOneOf;
  }

  /** Starts a value of this type, to be given its members one by one. */
  public Assembly<T> assemble() {
    return new Assembly<>(this, builder.get());
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * A value of an {@link ObjectType} being built from its members, in any order. Not thread-safe.
   *
   * @param <T> the Java type of the value
   */
  public static final class Assembly<T extends Extensible> {
    private final ObjectType<T> type;
    private final Object builder;

    private Assembly(ObjectType<T> type, Object builder) {
      this.type = type;
      this.builder = builder;
    }

    /**
     * Sets the value of {@code member}, one not a {@link Member.Cardinality#LIST}.
     *
     * @throws IllegalArgumentException if it is a list, or a member of another type
     */
    public <V> Assembly<T> set(Member<T, V> member, V value) {
      check(member, member.cardinality() != Member.Cardinality.LIST);
      member.set(builder, value);
      return this;
    }

    /**
     * Sets the values of {@code member}, a {@link Member.Cardinality#LIST}.
     *
     * @throws IllegalArgumentException if it is not a list, or a member of another type
     */
    public <V> Assembly<T> setAll(Member<T, V> member, List<V> values) {
      check(member, member.cardinality() == Member.Cardinality.LIST);
      member.set(builder, values);
      return this;
    }

    /** Sets the members this version does not know, name to JSON text, in order. */
    public Assembly<T> unknownMembers(Map<String, String> members) {
      type.unknownMembers.accept(builder, members);
      return this;
    }

    /**
     * Builds the value.
     *
     * @throws IllegalArgumentException if a required member is missing or the value breaks a rule of its type
     */
    public T build() {
      try {
        return type.build.apply(builder);
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(type.name + ": " + e.getMessage(), e);
      }
    }

    private void check(Member<?, ?> member, boolean cardinality) {
      if (!member.isOf(type)) {
        throw new IllegalArgumentException(member + " is not a member of " + type);
      }
      if (!cardinality) {
        throw new IllegalArgumentException(member + " is set with " + (member.cardinality() == Member.Cardinality.LIST ? "setAll" : "set"));
      }
    }
  }
}
