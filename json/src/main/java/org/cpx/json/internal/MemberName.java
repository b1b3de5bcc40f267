package org.cpx.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.nio.charset.StandardCharsets;

/** The name of a member the format knows, encoded once for the generators that can take it so. */
public final class MemberName {
  /** A record's {@code type}. */
  public static final MemberName TYPE = new MemberName("type");

  private final String text;
  private final SerializedString jackson2;
  private final byte[] quotedUtf8;

  /** The member name {@code text}, one that needs no escape. */
  public MemberName(String text) {
    this.text = text;
    this.jackson2 = new SerializedString(text);
    this.quotedUtf8 = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
  }

  /** The name. */
  public String text() {
    return text;
  }

  /** The name as a Jackson 2 generator writes it fastest. */
  SerializableString jackson2() {
    return jackson2;
  }

  /** The name in quotes, in UTF-8, as {@link Utf8Sink} writes it. */
  byte[] quotedUtf8() {
    return quotedUtf8;
  }

  @Override
  public String toString() {
    return text;
  }
}
