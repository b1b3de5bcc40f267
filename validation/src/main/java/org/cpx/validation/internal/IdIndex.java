package org.cpx.validation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * The ids of one document in compact form, for the rules across records of a stream of any length.
 * Each distinct id — defined by a record, or only referred to so far — is kept once in a byte arena
 * as the type of the record defining it, its length and its ASCII characters (ids are ASCII), and
 * is known by its place in the arena, its number. An id costs its length plus about 7 bytes, where
 * a hash map of strings takes some 130.
 */
final class IdIndex {
  private static final byte UNDEFINED = -1;
  /** The type of a record of a type this version does not know. */
  private static final byte OTHER = Byte.MAX_VALUE;
  private static final int CHUNK_BITS = 18;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

  private byte[][] chunks = {new byte[CHUNK_SIZE]};
  private int chunk;
  private int chunkEnd;
  private int size;
  /**
   * Open addressing: the number + 1 of the id in each slot, 0 for an empty one; it grows by half
   * when four fifths are taken, so that it never holds much more than it needs.
   */
  private int[] table = new int[1024];

  /** The number of ids. */
  int size() {
    return size;
  }

  /** The number of {@code id}, adding it, undefined, if it is new. */
  int number(Id id) {
    String text = id.getValue();
    int slot = slot(text.hashCode(), table.length);
    while (table[slot] != 0) {
      if (equals(table[slot] - 1, text)) {
        return table[slot] - 1;
      }
      slot = next(slot, table.length);
    }
    int number = add(text);
    table[slot] = number + 1;
    if (size * 5L > table.length * 4L) {
      rehash();
    }
    return number;
  }

  /** Whether a record defines id {@code number}. */
  boolean isDefined(int number) {
    return chunks[number >>> CHUNK_BITS][number & (CHUNK_SIZE - 1)] != UNDEFINED;
  }

  /**
   * The type of the record that defines id {@code number}; {@code null} when none does yet, or when
   * it is of a type this version does not know.
   */
  @Nullable RecordType type(int number) {
    byte type = chunks[number >>> CHUNK_BITS][number & (CHUNK_SIZE - 1)];
    return type == UNDEFINED || type == OTHER ? null : RecordType.values()[type];
  }

  /** Notes that a record of {@code type} defines id {@code number}; {@code null} for a type this version does not know. */
  void define(int number, @Nullable RecordType type) {
    chunks[number >>> CHUNK_BITS][number & (CHUNK_SIZE - 1)] = type == null ? OTHER : (byte) type.ordinal();
  }

  /** The id of {@code number}, as written. */
  String id(int number) {
    byte[] bytes = chunks[number >>> CHUNK_BITS];
    int at = number & (CHUNK_SIZE - 1);
    return new String(bytes, at + 2, bytes[at + 1] & 0xFF, StandardCharsets.US_ASCII);
  }

  private boolean equals(int number, String text) {
    byte[] bytes = chunks[number >>> CHUNK_BITS];
    int at = number & (CHUNK_SIZE - 1);
    int length = bytes[at + 1] & 0xFF;
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[at + 2 + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int add(String text) {
    int length = text.length();
    if (chunkEnd + 2 + length > CHUNK_SIZE) {
      chunk++;
      if (chunk == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunks.length * 2);
      }
      chunks[chunk] = new byte[CHUNK_SIZE];
      chunkEnd = 0;
    }
    byte[] bytes = chunks[chunk];
    bytes[chunkEnd] = UNDEFINED;
    bytes[chunkEnd + 1] = (byte) length;
    for (int i = 0; i < length; i++) {
      bytes[chunkEnd + 2 + i] = (byte) text.charAt(i);
    }
    int number = chunk << CHUNK_BITS | chunkEnd;
    chunkEnd += 2 + length;
    size++;
    return number;
  }

  /** The first slot of {@code hash} in a table of {@code length} slots: the hash, spread and scaled. */
  private static int slot(int hash, int length) {
    return (int) (((hash * 0x9E3779B9L) & 0xFFFFFFFFL) * length >>> 32);
  }

  private static int next(int slot, int length) {
    return slot + 1 == length ? 0 : slot + 1;
  }

  /** Grows the table by half, walking the arena for the ids and hashing them as {@link String#hashCode} does. */
  private void rehash() {
    int[] rehashed = new int[table.length + (table.length >> 1)];
    for (int c = 0; c <= chunk; c++) {
      byte[] bytes = chunks[c];
      int end = c == chunk ? chunkEnd : CHUNK_SIZE;
      int at = 0;
      while (at + 1 < end) {
        int length = bytes[at + 1] & 0xFF;
        if (length == 0) {
          break;
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
          hash = 31 * hash + bytes[at + 2 + i];
        }
        int slot = slot(hash, rehashed.length);
        while (rehashed[slot] != 0) {
          slot = next(slot, rehashed.length);
        }
        rehashed[slot] = (c << CHUNK_BITS | at) + 1;
        at += 2 + length;
      }
    }
    table = rehashed;
  }
}
