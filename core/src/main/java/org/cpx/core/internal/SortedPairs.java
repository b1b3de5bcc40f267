package org.cpx.core.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map of a few string keys, sorted, to strings, held in one array of keys and
 * values in turn: the entries of a text in several languages, at a fraction of the memory of a
 * linked hash map.
 */
public final class SortedPairs extends AbstractMap<String, String> {
  private final String[] pairs;
  private final int size;

  /** The map of the first {@code size} pairs of {@code pairs} (key, value, key, value …), keys sorted and distinct. */
  public SortedPairs(String[] pairs, int size) {
    this.pairs = pairs;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public @Nullable String get(@Nullable Object key) {
    for (int i = 0; i < size; i++) {
      if (pairs[2 * i].equals(key)) {
        return pairs[2 * i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < size; i++) {
      action.accept(pairs[2 * i], pairs[2 * i + 1]);
    }
  }

  @Override
  public Set<String> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<String> iterator() {
        return new Pairs<>(i -> pairs[2 * i]);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Collection<String> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<String> iterator() {
        return new Pairs<>(i -> pairs[2 * i + 1]);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Pairs<>(i -> new AbstractMap.SimpleImmutableEntry<>(pairs[2 * i], pairs[2 * i + 1]));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** An iterator over the pairs in order, giving what {@code element} makes of each. */
  private final class Pairs<T> implements Iterator<T> {
    private final IntFunction<T> element;
    private int next;

    Pairs(IntFunction<T> element) {
      this.element = element;
    }

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return element.apply(next++);
    }
  }
}
