package org.cpx.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cpx.core.Code;
import org.cpx.core.CpxRecord;
import org.cpx.core.PartialDate;
import org.cpx.core.Period;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.Severity;
import org.cpx.core.outcome.Commitment;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordReader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpx stats}: counts what files hold — records by type, events by year and kind, commitments by status. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = Cpx.Version.class,
    description = "Count the records of CPX files: by type, events by year and kind, commitments by current status.")
final class StatsCommand implements Callable<Integer> {
  /** The key of events without a date, and of values a record does not give. */
  static final String NONE = "none";

  private final InputStream stdin;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "Output: text (for people, the default) or json.")
  private Cpx.OutputFormat format = Cpx.OutputFormat.text;

  @Mixin private InputOptions input = new InputOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to count; - is standard input.")
  private List<String> files = new ArrayList<>();

  StatsCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    if (spec == null) {
      throw new IllegalStateException("the command has no spec");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CpxJson json = CpxJson.create();
    List<Counts> all = new ArrayList<>();
    int status = Inputs.forEach(files, input, stdin, err, (file, form, in, cells) -> {
      Counts counts = new Counts(file);
      count(Inputs.reader(json, form, in), counts);
      counts.readErrors += cells.errors();
      all.add(counts);
      return counts.readErrors > 0 ? Cpx.INVALID : Cpx.OK;
    });
    if (format == Cpx.OutputFormat.json) {
      json(out, all);
    } else {
      all.forEach(counts -> text(out, counts));
    }
    out.flush();
    return status;
  }

  private static void count(RecordReader reader, Counts counts) throws IOException {
    try (reader) {
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        counts.readErrors += errors(entry.getFindings());
        entry.getRecord().ifPresentOrElse(counts::add, counts::addUnreadable);
      }
      counts.readErrors += errors(reader.headerFindings());
    }
  }

  private static long errors(List<Finding> findings) {
    return findings.stream().filter(finding -> finding.getSeverity() == Severity.ERROR).count();
  }

  /** What one file holds. */
  private static final class Counts {
    final String file;
    long records;
    long unreadable;
    long readErrors;
    final Map<String, Long> byType = new TreeMap<>();
    final Map<String, Map<String, Long>> eventsByYearAndKind = new TreeMap<>();
    final Map<String, Long> commitmentsByStatus = new TreeMap<>();

    Counts(String file) {
      this.file = file;
    }

    void add(CpxRecord record) {
      records++;
      byType.merge(record.getType().getCode(), 1L, Long::sum);
      if (record instanceof Event event) {
        String year = event.getPeriod().flatMap(StatsCommand::year).map(String::valueOf).orElse(NONE);
        String kind = event.getKind().map(Code::getValue).orElse(NONE);
        eventsByYearAndKind.computeIfAbsent(year, key -> new TreeMap<>()).merge(kind, 1L, Long::sum);
      } else if (record instanceof Commitment commitment) {
        commitmentsByStatus.merge(commitment.currentStatus().getValue(), 1L, Long::sum);
      }
    }

    void addUnreadable() {
      records++;
      unreadable++;
    }
  }

  /** The year an event took place: that of its start, else of its end. */
  private static Optional<Integer> year(Period period) {
    return period.getStart().or(period::getEnd).map(PartialDate::getYear);
  }

  private static void text(PrintWriter out, Counts counts) {
    out.printf("%s: %d %s%s%n", counts.file, counts.records, counts.records == 1 ? "record" : "records",
        counts.unreadable == 0 ? "" : ", " + counts.unreadable + " not readable (run cpx validate)");
    if (!counts.byType.isEmpty()) {
      out.println("  by type: " + list(counts.byType));
    }
    if (!counts.eventsByYearAndKind.isEmpty()) {
      out.println("  events by year and kind:");
      counts.eventsByYearAndKind.forEach((year, kinds) -> out.println("    " + year + ": " + list(kinds)));
    }
    if (!counts.commitmentsByStatus.isEmpty()) {
      out.println("  commitments by current status: " + list(counts.commitmentsByStatus));
    }
  }

  private static String list(Map<String, Long> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach((key, count) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ').append(count));
    return text.toString();
  }

  private static void json(PrintWriter out, List<Counts> all) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (Counts counts : all) {
        g.writeStartObject();
        g.writeStringField("file", counts.file);
        g.writeNumberField("records", counts.records);
        g.writeNumberField("unreadable", counts.unreadable);
        writeCounts(g, "byType", counts.byType);
        g.writeObjectFieldStart("eventsByYearAndKind");
        for (Map.Entry<String, Map<String, Long>> year : counts.eventsByYearAndKind.entrySet()) {
          writeCounts(g, year.getKey(), year.getValue());
        }
        g.writeEndObject();
        writeCounts(g, "commitmentsByStatus", counts.commitmentsByStatus);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void writeCounts(JsonGenerator g, String name, Map<String, Long> counts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      g.writeNumberField(count.getKey(), count.getValue());
    }
    g.writeEndObject();
  }
}
