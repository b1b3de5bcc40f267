package org.cpx.json.internal;

import java.util.Arrays;

/** A JSON Pointer under construction: a stack of member names and array indexes. */
public final class Path {
  private String[] names = new String[32];
  private int[] indexes = new int[32];
  private int size;

  /** Appends the member {@code name}. */
  public void push(String name) {
    grow();
    names[size] = name;
    indexes[size++] = -1;
  }

  /** Appends the array index {@code index}. */
  public void push(int index) {
    grow();
    names[size] = null;
    indexes[size++] = index;
  }

  /** Removes the last segment. */
  public void pop() {
    names[--size] = null;
  }

  /** The number of segments. */
  public int size() {
    return size;
  }

  /** Removes the segments after the first {@code newSize}. */
  public void truncate(int newSize) {
    while (size > newSize) {
      pop();
    }
  }

  /** The RFC 6901 JSON Pointer of the path ({@code ""} when empty). */
  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < size; i++) {
      pointer.append('/');
      if (names[i] == null) {
        pointer.append(indexes[i]);
      } else {
        appendEscaped(pointer, names[i]);
      }
    }
    return pointer.toString();
  }

  /** The JSON Pointer of this path with the member {@code name} appended. */
  public String pointer(String name) {
    StringBuilder pointer = new StringBuilder(pointer()).append('/');
    appendEscaped(pointer, name);
    return pointer.toString();
  }

  /** Appends {@code name} to {@code pointer} as a reference token: {@code ~} and {@code /} escaped. */
  static void appendEscaped(StringBuilder pointer, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        pointer.append("~0");
      } else if (c == '/') {
        pointer.append("~1");
      } else {
        pointer.append(c);
      }
    }
  }

  private void grow() {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      indexes = Arrays.copyOf(indexes, size * 2);
    }
  }
}
