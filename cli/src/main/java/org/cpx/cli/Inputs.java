package org.cpx.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordReader;
import org.cpx.tables.CpxTables;
import org.cpx.tables.TablesDocument;

/** Files and standard input, and which document form they hold. */
final class Inputs {
  /** The forms of a CPX document. */
  enum Form {
    /** A dataset document ({@code .json}). */
    DATASET,
    /** A record stream ({@code .ndjson}, {@code .jsonl}). */
    STREAM,
    /** A workbook ({@code .xlsx}, {@code docs/tables.md}). */
    WORKBOOK,
    /** A zip of CSV files ({@code .zip}, {@code docs/tables.md}). */
    CSV_ZIP,
    /** A SQLite database ({@code .sqlite}, {@code .sqlite3}, {@code .db}, {@code docs/tables.md}). */
    DATABASE;

    /** Whether the document is tables. */
    boolean isTables() {
      return this == WORKBOOK || this == CSV_ZIP || this == DATABASE;
    }
  }

  /** What a command does with one open file. */
  interface FileAction {
    /**
     * Reads {@code in}, the content of {@code file} in {@code form}, a dataset or a stream; for
     * tables, {@code in} is the dataset document they lay out and {@code cells} says where each of
     * its values came from. Returns the file's exit status.
     */
    int apply(String file, Form form, InputStream in, TableCells cells) throws IOException;
  }

  private Inputs() {}

  /**
   * Opens each of {@code files} in turn (with a progress line on a terminal) and gives it to {@code
   * action}; a file that cannot be read is said in one line on {@code err}. Returns the worst exit
   * status.
   */
  static int forEach(List<String> files, InputOptions options, InputStream stdin, PrintWriter err,
      FileAction action) {
    int status = Cpx.OK;
    for (String file : files) {
      try (InputStream in = Progress.onTerminal(open(file, stdin), file, err)) {
        Form form = options.formOf(file);
        status = Math.max(status, form.isTables() ? applyToTables(action, file, form, in)
            : action.apply(file, form, in, TableCells.NONE));
      } catch (IOException e) {
        err.println("cpx: " + e.getMessage());
        status = Cpx.USAGE;
      }
    }
    return status;
  }

  /** The form of {@code file} by its extension; standard input ({@code -}) is a dataset. */
  static Form formOf(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return Form.STREAM;
    }
    if (lower.endsWith(".xlsx")) {
      return Form.WORKBOOK;
    }
    if (lower.endsWith(".sqlite") || lower.endsWith(".sqlite3") || lower.endsWith(".db")) {
      return Form.DATABASE;
    }
    return lower.endsWith(".zip") ? Form.CSV_ZIP : Form.DATASET;
  }

  /** Applies {@code action} to the dataset document the tables of {@code in}, in {@code form}, lay out. */
  static int applyToTables(FileAction action, String file, Form form, InputStream in) throws IOException {
    CpxTables tables = CpxTables.standard();
    TablesDocument document = switch (form) {
      case WORKBOOK -> tables.workbookDocument(in);
      case DATABASE -> tables.databaseDocument(in);
      default -> tables.csvZipDocument(in);
    };
    return action.apply(file, Form.DATASET, new ByteArrayInputStream(document.json()), new TableCells(document));
  }

  /** A reader of the records of {@code in}, which holds a document in {@code form}. */
  static RecordReader reader(CpxJson json, Form form, InputStream in) {
    return form == Form.STREAM ? json.readStream(in) : json.readRecords(in);
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
