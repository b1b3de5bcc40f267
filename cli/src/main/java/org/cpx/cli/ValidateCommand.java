package org.cpx.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.validation.CpxValidator;
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
    description = "Check CPX files (.json datasets, .ndjson or .jsonl streams) against every rule of the format.")
final class ValidateCommand implements Callable<Integer> {
  /** At most this many paths are listed for one problem in text output. */
  static final int PATHS_SHOWN = 20;

  /** The languages of messages. */
  enum Language {
    en,
    vi
  }

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
  private Language language = Language.en;

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
    List<FileReport> reports = new ArrayList<>();
    int status = Inputs.forEach(files, input, stdin, err, (file, form, in) -> {
      ValidationReport report = form == Inputs.Form.STREAM ? validator.validateStream(in) : validator.validateDocument(in);
      reports.add(new FileReport(file, report));
      return report.isValid() ? Cpx.OK : Cpx.INVALID;
    });
    if (format == Cpx.OutputFormat.json) {
      json(out, reports);
    } else {
      Words words = new Words(locale, colour.enabled());
      reports.forEach(report -> text(out, report, locale, words));
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

  /** The report of one file. */
  private record FileReport(String file, ValidationReport report) {}

  private static void text(PrintWriter out, FileReport file, Locale locale, Words words) {
    ValidationReport report = file.report();
    out.printf("%s: %s — %s, %s, %s%n", words.strong(file.file()), words.verdict(report.isValid()),
        words.say("records", report.getRecords()), words.say("errors", report.getErrors()),
        words.say("warnings", report.getWarnings()));
    Map<FindingCode, List<Finding>> byCode = new LinkedHashMap<>();
    for (Finding finding : report.getFindings()) {
      byCode.computeIfAbsent(finding.getCode(), code -> new ArrayList<>()).add(finding);
    }
    byCode.forEach((code, findings) -> {
      out.printf("  %s %s (%d): %s%n", words.severity(findings.get(0).getSeverity().getValue()), code.getCode(),
          findings.size(), FindingMessages.message(code, locale));
      for (Finding finding : findings.subList(0, Math.min(findings.size(), PATHS_SHOWN))) {
        out.println("    " + where(finding, words));
      }
      if (findings.size() > PATHS_SHOWN) {
        out.println("    " + words.say("more", findings.size() - PATHS_SHOWN));
      }
    });
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

  private static void json(PrintWriter out, List<FileReport> reports) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (FileReport file : reports) {
        ValidationReport report = file.report();
        g.writeStartObject();
        g.writeStringField("file", file.file());
        g.writeBooleanField("valid", report.isValid());
        g.writeNumberField("records", report.getRecords());
        g.writeNumberField("errors", report.getErrors());
        g.writeNumberField("warnings", report.getWarnings());
        g.writeArrayFieldStart("findings");
        for (Finding finding : report.getFindings()) {
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
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
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
