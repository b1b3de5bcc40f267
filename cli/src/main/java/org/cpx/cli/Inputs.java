package org.cpx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Files and standard input, and which document form they hold. */
final class Inputs {
  /** The two forms of a CPX document. */
  enum Form {
    /** A dataset document ({@code .json}). */
    DATASET,
    /** A record stream ({@code .ndjson}, {@code .jsonl}). */
    STREAM
  }

  private Inputs() {}

  /** The form of {@code file}: as {@code inputFormat} says, else by its extension; standard input is a dataset. */
  static Form formOf(String file, @Nullable String inputFormat) {
    if (inputFormat != null) {
      return inputFormat.equals("ndjson") ? Form.STREAM : Form.DATASET;
    }
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ndjson") || lower.endsWith(".jsonl") ? Form.STREAM : Form.DATASET;
  }

  /**
   * Opens {@code file}, or {@code stdin} for {@code -}.
   *
   * @throws IOException with a message for people if the file cannot be read
   */
  static InputStream open(String file, InputStream stdin) throws IOException {
    if (file.equals("-")) {
      return stdin;
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("cannot read " + file + ": it is a directory");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new IOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens {@code file} for writing.
   *
   * @throws IOException with a message for people if the file cannot be written
   */
  static OutputStream create(String file) throws IOException {
    try {
      return Files.newOutputStream(Path.of(file));
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
