package org.cpx.json.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member names of the objects being read, one set per nesting depth, so that a duplicate
 * member (which I-JSON forbids) is rejected as Jackson's strict mode would, without a hash set
 * for every object: a few names are compared in an array, hash codes first (Jackson gives a name
 * read again the same instance, whose hash code is cached), more go into a set. Every member name
 * token must pass through {@link #add}.
 */
public final class MemberNames {
  /** Names an object holds in its array before they move to a set. */
  private static final int SMALL = 16;

  private String[][] names = new String[8][];
  /** The hash codes of {@link #names}, compared first: a string caches its hash code. */
  private int[][] hashes = new int[8][];
  private int[] sizes = new int[8];
  /** By depth: the names of an object with more than {@link #SMALL} members. */
  private @Nullable Set<String>[] large = newSets(8);

  /**
   * Notes the name of the member at the source's current token.
   *
   * @throws IOException the source's syntax error, if the object being read already has a member of that name
   */
  public void add(TokenSource source) throws IOException {
    int depth = source.depth();
    if (depth >= sizes.length) {
      int capacity = Math.max(depth + 1, sizes.length * 2);
      names = Arrays.copyOf(names, capacity);
      hashes = Arrays.copyOf(hashes, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
      large = Arrays.copyOf(large, capacity);
    }
    if (source.index() == 0) {
      sizes[depth] = 0;
      large[depth] = null;
    }
    String name = source.name();
    if (!add(depth, name)) {
      throw source.syntaxError("Duplicate field '" + name + "'");
    }
  }

  private boolean add(int depth, String name) {
    Set<String> set = large[depth];
    if (set != null) {
      return set.add(name);
    }
    String[] small = names[depth];
    if (small == null) {
      small = new String[SMALL];
      names[depth] = small;
      hashes[depth] = new int[SMALL];
    }
    int[] smallHashes = hashes[depth];
    int hash = name.hashCode();
    int size = sizes[depth];
    for (int i = 0; i < size; i++) {
      if (smallHashes[i] == hash && small[i].equals(name)) {
        return false;
      }
    }
    if (size < SMALL) {
      small[size] = name;
      smallHashes[size] = hash;
      sizes[depth] = size + 1;
      return true;
    }
    set = new HashSet<>(Arrays.asList(small));
    large[depth] = set;
    return set.add(name);
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Set<String>[] newSets(int length) {
    return (Set<String>[]) new Set<?>[length];
  }
}
