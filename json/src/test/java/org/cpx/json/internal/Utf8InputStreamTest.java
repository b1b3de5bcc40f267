package org.cpx.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;

class Utf8InputStreamTest {
  /** Bytes of every length of sequence, lines, runs of ASCII long and short, and now and then an ill-formed piece. */
  private record Input(byte[] bytes, int chunk) {
    @Override
    public String toString() {
      StringBuilder hex = new StringBuilder("chunk " + chunk + ":");
      for (byte b : bytes) {
        hex.append(' ').append(String.format("%02X", b & 0xFF));
      }
      return hex.toString();
    }
  }

  private static final int[][] ILL_FORMED = {
    {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
    {0xF0, 0x80, 0x80, 0xAF}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
    {0xF8}, {0xFE}, {0xFF}, {0x80}, {0xBF}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0x00}
  };

  @Test
  void acceptsExactlyWellFormedUtf8WithoutNulAndPlacesTheFirstError() {
    Property.forAll(Utf8InputStreamTest::input, input -> {
      int expected = firstIllFormed(input.bytes());
      if (expected < 0) {
        assertThatCode(() -> assertThat(readAll(input)).isEqualTo(input.bytes())).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> readAll(input)).isInstanceOf(Utf8Exception.class)
            .hasMessage("not well-formed UTF-8 at line %d, column %d",
                line(input.bytes(), expected), column(input.bytes(), expected));
      }
    });
  }

  @Test
  void vietnameseTextIsAccepted() throws IOException {
    byte[] text = "Tháng hành động vì trẻ em\nNgày 1/6 — “Quốc tế Thiếu nhi” 𝄞".getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk <= text.length; chunk++) {
      assertThat(readAll(new Input(text, chunk))).isEqualTo(text);
    }
  }

  private static Input input(Generators g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pieces = g.between(0, 40);
    for (int p = 0; p < pieces; p++) {
      switch (g.between(0, 7)) {
        case 0 -> out.writeBytes("a".repeat(g.between(1, 24)).getBytes(StandardCharsets.US_ASCII));
        case 1 -> out.write('\n');
        case 2 -> out.writeBytes(Character.toString(g.between(0x80, 0x800)).getBytes(StandardCharsets.UTF_8));
        case 3 -> out.writeBytes(Character.toString(threeBytes(g)).getBytes(StandardCharsets.UTF_8));
        case 4 -> out.writeBytes(Character.toString(g.between(0x10000, 0x110000)).getBytes(StandardCharsets.UTF_8));
        case 5 -> out.write(g.between(0x20, 0x7F));
        default -> {
          if (g.chance(0.2)) {
            for (int b : g.oneOf(ILL_FORMED)) {
              out.write(b);
            }
          }
        }
      }
    }
    return new Input(out.toByteArray(), g.between(1, 20));
  }

  private static int threeBytes(Generators g) {
    int codePoint = g.between(0x800, 0x10000);
    return Character.isSurrogate((char) codePoint) ? 0x1EA1 : codePoint;
  }

  private static byte[] readAll(Input input) throws IOException {
    InputStream chunked = new ByteArrayInputStream(input.bytes()) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, input.chunk()));
      }
    };
    try (InputStream in = new Utf8InputStream(chunked)) {
      return in.readAllBytes();
    }
  }

  /** The offset where the first ill-formed sequence (Unicode Table 3-7) or NUL starts, or -1. */
  private static int firstIllFormed(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int length = wellFormedLength(bytes, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  private static int wellFormedLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    if (b >= 0x01 && b <= 0x7F) {
      return 1;
    }
    int[][] secondRanges = {
      {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3}, {0xE1, 0xEC, 0x80, 0xBF, 3},
      {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3}, {0xF0, 0xF0, 0x90, 0xBF, 4},
      {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4}
    };
    for (int[] range : secondRanges) {
      if (b < range[0] || b > range[1]) {
        continue;
      }
      int length = range[4];
      if (i + length > bytes.length) {
        return 0;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < range[2] || second > range[3]) {
        return 0;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return 0;
        }
      }
      return length;
    }
    return 0;
  }

  private static long line(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column in characters: the sequences started since the last line feed, plus one. */
  private static long column(byte[] bytes, int offset) {
    long column = 1;
    for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }
}
