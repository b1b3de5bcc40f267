package org.cpx.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An ordered list of values of one open code list, such as a record's themes; unknown codes are
 * kept in their place. Lists are never sorted or de-duplicated.
 *
 * @param <E> the enum of the codes this version knows
 */
public final class Codes<E extends Enum<E>> implements Iterable<Code<E>> {
  private static final Codes<?> EMPTY = new Codes<>(List.of());

  private final List<Code<E>> codes;

  private Codes(List<Code<E>> codes) {
    this.codes = codes;
  }

  /** Returns the empty list. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> Codes<E> empty() {
    return (Codes<E>) EMPTY;
  }

  /** Returns the list of {@code known}, in order. */
  @SafeVarargs
  public static <E extends Enum<E>> Codes<E> of(E... known) {
    List<Code<E>> codes = new ArrayList<>(known.length);
    for (E constant : known) {
      codes.add(Code.of(constant));
    }
    return ofAll(codes);
  }

  /** Returns the list of {@code codes}, in order. */
  public static <E extends Enum<E>> Codes<E> ofAll(Collection<Code<E>> codes) {
    return codes.isEmpty() ? empty() : new Codes<>(List.copyOf(codes));
  }

  /** The codes, in order. */
  public List<Code<E>> asList() {
    return codes;
  }

  /** Whether the list holds the code of {@code known}. */
  public boolean contains(E known) {
    return codes.contains(Code.of(known));
  }

  /** Whether the list is empty. */
  public boolean isEmpty() {
    return codes.isEmpty();
  }

  /** The number of codes. */
  public int size() {
    return codes.size();
  }

  /** Returns a copy with {@code code} appended. */
  public Codes<E> with(Code<E> code) {
    List<Code<E>> copy = new ArrayList<>(codes);
    copy.add(code);
    return new Codes<>(List.copyOf(copy));
  }

  @Override
  public Iterator<Code<E>> iterator() {
    return codes.iterator();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Codes && codes.equals(((Codes<?>) other).codes);
  }

  @Override
  public int hashCode() {
    return codes.hashCode();
  }

  /** Returns the wire codes as {@code [onlineSafety, other]}. */
  @Override
  public String toString() {
    return codes.toString();
  }
}
