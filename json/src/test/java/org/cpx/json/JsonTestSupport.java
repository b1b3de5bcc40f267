package org.cpx.json;

import java.nio.charset.StandardCharsets;

/** Inline JSON for tests, written with single quotes for readability. */
final class JsonTestSupport {
  private JsonTestSupport() {}

  /** {@code json} with single quotes turned into double quotes, as UTF-8 bytes. */
  static byte[] json(String json) {
    return json.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  /** {@code bytes} as UTF-8 text. */
  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
