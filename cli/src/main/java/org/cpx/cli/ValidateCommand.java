package org.cpx.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.tables.CellFinding;
import org.cpx.validation.CpxValidator;
import org.cpx.validation.FindingListener;
import org.cpx.validation.FindingMessages;
import org.cpx.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpx validate}: checks files against every rule of the format. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Cpx.Version.class,
    description = "Check CPX files (.json datasets, .ndjson or .jsonl streams, .xlsx workbooks, .zip files of CSV tables, .sqlite databases) against every rule of the format.")
final class ValidateCommand implements Callable<Integer> {
  /** At most this many paths are listed for one problem in text output. */
  static final int PATHS_SHOWN = 20;

  /** When text output has colours. */
  enum Colour {
    auto,
    always,
    never;

    boolean enabled() {
      return this == always || this == auto && System.console() != null && System.getenv("NO_COLOR") == null;
    }
  }

  private final InputStream stdin;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "Output: text (for people, the default) or json.")
  private Cpx.OutputFormat format = Cpx.OutputFormat.text;

  @Option(names = "--lang", defaultValue = "en", description = "Language of the messages: en (the default) or vi.")
  private Cpx.Language language = Cpx.Language.en;

  @Option(names = "--open-references", description = "Report a reference to a missing record as a warning, for partial exports.")
  private boolean openReferences;

  @Mixin private InputOptions input = new InputOptions();

  @Option(names = "--color", defaultValue = "auto", description = "Colours: auto (on a terminal, unless NO_COLOR is set), always or never.")
  private Colour colour = Colour.auto;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check; - is standard input.")
  private List<String> files = new ArrayList<>();

  ValidateCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec().commandLine().getOut();
    PrintWriter err = spec().commandLine().getErr();
    Locale locale = Locale.forLanguageTag(language.name());
    CpxValidator validator = CpxValidator.builder().locale(locale).openReferences(openReferences).build();
    int status;
    if (format == Cpx.OutputFormat.json) {
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("files");
        status = Inputs.forEach(files, input, stdin, err,
            (file, form, in, cells) -> json(g, file, cells, () -> validate(validator, form, in, g, cells)));
        g.writeEndArray();
        g.writeEndObject();
      }
      out.println();
    } else {
      Words words = new Words(locale, colour.enabled());
      status = Inputs.forEach(files, input, stdin, err, (file, form, in, cells) -> {
        Groups groups = new Groups(cells);
        cells.own().forEach(found -> groups.add(found.finding(), found.cell().orElse(null)));
        ValidationReport report = form == Inputs.Form.STREAM
            ? validator.validateStream(in, groups::add) : validator.validateDocument(in, groups::add);
        text(out, file, report, cells, groups, locale, words);
        return report.isValid() && cells.errors() == 0 ? Cpx.OK : Cpx.INVALID;
      });
    }
    out.flush();
    return status;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("the command has no spec");
    }
    return spec;
  }

  /**
   * The findings of one file grouped by code for people: each group's count, severity and first
   * {@value #PATHS_SHOWN} findings, so that any number of findings takes little memory.
   */
  private static final class Groups {
    /** One code's findings. */
    private static final class Group {
      private final List<Finding> shown = new ArrayList<>();
      private final List<@Nullable String> cells = new ArrayList<>();
      private long count;
    }

    private final Map<FindingCode, Group> byCode = new LinkedHashMap<>();
    private final TableCells cells;

    Groups(TableCells cells) {
      this.cells = cells;
    }

    void add(Finding finding) {
      add(finding, cells.cellOf(finding));
    }

    void add(Finding finding, @Nullable String cell) {
      Group group = byCode.computeIfAbsent(finding.getCode(), code -> new Group());
      group.count++;
      if (group.shown.size() < PATHS_SHOWN) {
        group.shown.add(finding);
        group.cells.add(cell);
      }
    }
  }

  private static void text(PrintWriter out, String file, ValidationReport report, TableCells cells, Groups groups,
      Locale locale, Words words) {
    out.printf("%s: %s — %s, %s, %s%n", words.strong(file), words.verdict(report.isValid() && cells.errors() == 0),
        words.say("records", report.getRecords()), words.say("errors", report.getErrors() + cells.errors()),
        words.say("warnings", report.getWarnings() + cells.warnings()));
    groups.byCode.forEach((code, group) -> {
      out.printf("  %s %s (%d): %s%n", words.severity(group.shown.get(0).getSeverity().getValue()), code.getCode(),
          group.count, FindingMessages.message(code, locale));
      for (int i = 0; i < group.shown.size(); i++) {
        String cell = group.cells.get(i);
        String where = where(group.shown.get(i), words);
        out.println("    " + (cell == null ? where : cell + ": " + where));
      }
      if (group.count > PATHS_SHOWN) {
        out.println("    " + words.say("more", group.count - PATHS_SHOWN));
      }
    });
  }

  /** Validates {@code in}, writing each finding as it comes into the open {@code findings} array of {@code g}. */
  private static ValidationReport validate(CpxValidator validator, Inputs.Form form, InputStream in, JsonGenerator g,
      TableCells cells) throws IOException {
    for (CellFinding found : cells.own()) {
      finding(g, found.finding(), cells, found.cell().orElse(null));
    }
    FindingListener listener = finding -> {
      try {
        finding(g, finding, cells, cells.cellOf(finding));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    try {
      return form == Inputs.Form.STREAM ? validator.validateStream(in, listener) : validator.validateDocument(in, listener);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Where a finding is, for people: its line and column when known, and its path. */
  private static String where(Finding finding, Words words) {
    String path = finding.getPath();
    if (finding.getLine().isEmpty()) {
      return path.isEmpty() ? words.say("wholeFile") : path;
    }
    String line = String.valueOf(finding.getLine().getAsLong());
    if (finding.getColumn().isPresent()) {
      String at = words.say("lineAndColumn", line, String.valueOf(finding.getColumn().getAsLong()));
      return path.isEmpty() ? at : at + ": " + path;
    }
    return words.say("line", line) + ": " + (path.isEmpty() ? words.say("wholeLine") : path);
  }

  /**
   * Writes the object of one file: its findings as they are found, then its counts (members of a
   * JSON object have no order).
   */
  private static int json(JsonGenerator g, String file, TableCells cells, Validation validation)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("file", file);
    g.writeArrayFieldStart("findings");
    ValidationReport report = validation.run();
    g.writeEndArray();
    boolean valid = report.isValid() && cells.errors() == 0;
    g.writeBooleanField("valid", valid);
    g.writeNumberField("records", report.getRecords());
    g.writeNumberField("errors", report.getErrors() + cells.errors());
    g.writeNumberField("warnings", report.getWarnings() + cells.warnings());
    g.writeEndObject();
    g.flush();
    return valid ? Cpx.OK : Cpx.INVALID;
  }

  /** A validation to run once the findings' array is open. */
  @FunctionalInterface
  private interface Validation {
    ValidationReport run() throws IOException;
  }

  /** Writes one finding; for tables, with its {@code sheet} and {@code cell} ({@code null} when it has none). */
  private static void finding(JsonGenerator g, Finding finding, TableCells cells, @Nullable String cell)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", finding.getSeverity().getValue());
    g.writeStringField("code", finding.getCode().getCode());
    g.writeStringField("path", finding.getPath());
    g.writeFieldName("recordId");
    if (finding.getRecordId().isPresent()) {
      g.writeString(finding.getRecordId().get());
    } else {
      g.writeNull();
    }
    writeOptional(g, "line", finding.getLine());
    writeOptional(g, "column", finding.getColumn());
    g.writeStringField("message", finding.getMessage());
    if (cells.isTables()) {
      int bang = cell == null ? -1 : cell.lastIndexOf('!');
      g.writeStringField("sheet", bang < 0 ? null : cell.substring(0, bang));
      g.writeStringField("cell", bang < 0 ? null : cell.substring(bang + 1));
    }
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, String name, java.util.OptionalLong value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeNumber(value.getAsLong());
    } else {
      g.writeNull();
    }
  }
}
