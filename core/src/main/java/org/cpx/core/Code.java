package org.cpx.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpx.core.internal.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A value of an open code list: one of the constants of {@code E} or, when a newer partner sends a
 * code this version does not know, that code kept as its string so that it is written back
 * unchanged.
 *
 * <p>The wire code of a constant is its name in camelCase: {@code EventKind.ROUNDTABLE_DIALOGUE} is
 * {@code "roundtableDialogue"}.
 *
 * @param <E> the enum of the codes this version knows
 */
public final class Code<E extends Enum<E>> {
  private static final ClassValue<CodeTable<?>> TABLES =
      new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected CodeTable<?> computeValue(Class<?> type) {
          return newTable((Class) type);
        }
      };

  private final Class<E> list;
  private final String value;
  private final @Nullable E known;

  private Code(Class<E> list, String value, @Nullable E known) {
    this.list = list;
    this.value = value;
    this.known = known;
  }

  /** Returns the code of {@code known}. */
  public static <E extends Enum<E>> Code<E> of(E known) {
    return table(known.getDeclaringClass()).codes[known.ordinal()];
  }

  /**
   * Returns the code written {@code value} in the list {@code list}, known or not.
   *
   * @throws IllegalArgumentException if {@code value} is empty after trimming or holds a control
   *     character
   */
  public static <E extends Enum<E>> Code<E> parse(Class<E> list, String value) {
    CodeTable<E> table = table(list);
    String text = TextRules.clean("code", value);
    Code<E> code = table.byValue.get(text);
    return code != null ? code : new Code<>(list, text, null);
  }

  /** The code as written on the wire. */
  public String getValue() {
    return value;
  }

  /** The constant this code stands for, empty when this version does not know the code. */
  public Optional<E> getKnown() {
    return Optional.ofNullable(known);
  }

  /** Whether this version knows the code. */
  public boolean isKnown() {
    return known != null;
  }

  /** Whether this is the code of {@code constant}. */
  public boolean is(E constant) {
    return known == constant;
  }

  /** The enum of the list this code belongs to. */
  public Class<E> getList() {
    return list;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Code
        && list == ((Code<?>) other).list
        && value.equals(((Code<?>) other).value);
  }

  @Override
  public int hashCode() {
    return 31 * list.hashCode() + value.hashCode();
  }

  /** Returns the code as written on the wire. */
  @Override
  public String toString() {
    return value;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> CodeTable<E> table(Class<E> list) {
    return (CodeTable<E>) TABLES.get(list);
  }

  private static <E extends Enum<E>> CodeTable<E> newTable(Class<E> list) {
    E[] constants = list.getEnumConstants();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Code<E>[] codes = new Code[constants.length];
    Map<String, Code<E>> byValue = new HashMap<>();
    for (E constant : constants) {
      Code<E> code = new Code<>(list, camelCase(constant.name()), constant);
      codes[constant.ordinal()] = code;
      byValue.put(code.value, code);
    }
    return new CodeTable<>(codes, Map.copyOf(byValue));
  }

  private static String camelCase(String constantName) {
    StringBuilder code = new StringBuilder(constantName.length());
    for (String word : constantName.toLowerCase(Locale.ROOT).split("_")) {
      code.append(code.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return code.toString();
  }

  private static final class CodeTable<E extends Enum<E>> {
    final Code<E>[] codes;
    final Map<String, Code<E>> byValue;

    CodeTable(Code<E>[] codes, Map<String, Code<E>> byValue) {
      this.codes = codes;
      this.byValue = byValue;
    }
  }
}
