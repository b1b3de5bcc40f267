package org.cpx.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member names of the objects being read, one set per nesting depth, so that a duplicate
 * member (which I-JSON forbids) is rejected as Jackson's strict mode would, without a hash set
 * for every object: a few names are compared in an array (Jackson gives a name read again the
 * same instance), more go into a set. Every member name token must pass through {@link #add}.
 */
public final class MemberNames {
  /** Names an object holds in its array before they move to a set. */
  private static final int SMALL = 16;

  private String[][] names = new String[8][];
  private int[] sizes = new int[8];
  /** By depth: the names of an object with more than {@link #SMALL} members. */
  private final List<@Nullable Set<String>> large = new ArrayList<>();

  /**
   * Notes the name of the member at the parser's current token.
   *
   * @throws JsonParseException if the object being read already has a member of that name
   */
  public void add(JsonParser parser) throws IOException {
    JsonStreamContext context = parser.getParsingContext();
    int depth = context.getNestingDepth();
    if (depth >= sizes.length) {
      int capacity = Math.max(depth + 1, sizes.length * 2);
      names = Arrays.copyOf(names, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
    }
    while (large.size() <= depth) {
      large.add(null);
    }
    if (context.getCurrentIndex() == 0) {
      sizes[depth] = 0;
      large.set(depth, null);
    }
    String name = parser.currentName();
    if (!add(depth, name)) {
      throw new JsonParseException(parser, "Duplicate field '" + name + "'");
    }
  }

  private boolean add(int depth, String name) {
    Set<String> set = large.get(depth);
    if (set != null) {
      return set.add(name);
    }
    String[] small = names[depth];
    if (small == null) {
      small = new String[SMALL];
      names[depth] = small;
    }
    int size = sizes[depth];
    for (int i = 0; i < size; i++) {
      if (small[i] == name || small[i].equals(name)) {
        return false;
      }
    }
    if (size < SMALL) {
      small[size] = name;
      sizes[depth] = size + 1;
      return true;
    }
    set = new HashSet<>(Arrays.asList(small));
    large.set(depth, set);
    return set.add(name);
  }
}
