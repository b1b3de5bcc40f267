package org.cpx.testing.mutation;

/** The two forms CPX data is written in. */
public enum Form {
  /** A dataset document, one JSON object ({@code .json}). */
  DOCUMENT(".json"),
  /** A record stream, one JSON object per line ({@code .ndjson}). */
  STREAM(".ndjson");

  private final String extension;

  Form(String extension) {
    this.extension = extension;
  }

  /** The file extension of this form, with its dot. */
  public String extension() {
    return extension;
  }

  /** The other form. */
  public Form other() {
    return this == DOCUMENT ? STREAM : DOCUMENT;
  }
}
