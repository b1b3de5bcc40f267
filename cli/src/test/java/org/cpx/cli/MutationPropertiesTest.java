package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cpx.core.finding.Finding;
import org.cpx.json.CpxJson;
import org.cpx.testing.Generators;
import org.cpx.testing.mutation.Damage;
import org.cpx.testing.mutation.Form;
import org.cpx.testing.mutation.Mutant;
import org.cpx.testing.mutation.Mutator;
import org.cpx.validation.CpxValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;

/**
 * The promises of the format and the tool, checked over damaged valid datasets (see "Mutation
 * testing" in docs/testing.md): no exception, hang or out-of-memory; findings with the spec's codes
 * and severities at paths in the input; nothing lost across forms and passes; no personal data
 * written; the same findings for the same records in both forms; exit codes that say whether there
 * is an error.
 *
 * <p>System properties: {@code cpx.mutants} (default 5,000), {@code cpx.mutants.seed} (random when
 * empty), {@code cpx.mutants.damages} (kinds to restrict to, comma-separated), {@code
 * cpx.mutants.cli} (run {@code cpx validate} every k-th mutant, default 10), {@code
 * cpx.mutants.convert} (run the {@code cpx convert} properties every k-th mutant, default 4), {@code
 * cpx.mutants.replay} ({@code SEED/FORM/KIND,KIND}: one mutant exactly). Failures are collected,
 * shrunk to fewer damages where that still fails, and reported by class in {@code
 * cli/target/mutation-report.txt}.
 */
class MutationPropertiesTest {
  /** The finding codes of spec §6 and their severities. */
  private static final Map<String, String> SPEC_CODES = new HashMap<>();

  static {
    for (String code : ("json.syntax json.limit json.type json.missing format.version stream.header id.invalid "
        + "date.invalid text.invalid language.invalid country.unknown subdivision.invalid currency.unknown sdg.unknown "
        + "url.invalid contact.invalid period.reversed id.duplicate reference.unresolved reference.wrongType "
        + "article.duplicate article.unresolved organization.parentCycle event.partOfCycle membership.self "
        + "count.inconsistent progress.order privacy.personalData").split(" ")) {
      SPEC_CODES.put(code, "error");
    }
    for (String code : ("contact.unverified progress.afterTerminal code.unknown member.unknown text.missingLanguage "
        + "source.missing event.noPeriod commitment.noDeadline commitment.notMeasurable").split(" ")) {
      SPEC_CODES.put(code, "warning");
    }
  }

  /** What reading finds (spec §7, convert): the findings that make input, a member or a record unreadable. */
  private static final Set<String> READING_CODES = Set.of(
      "json.syntax", "json.limit", "json.type", "json.missing", "format.version", "stream.header", "id.invalid",
      "date.invalid", "text.invalid", "language.invalid", "privacy.personalData");
  /** The codes whose path may name a member that is absent (spec §6, "path points at"). */
  private static final Set<String> ABSENT_MEMBER_CODES = Set.of(
      "json.missing", "format.version", "commitment.noDeadline", "commitment.notMeasurable");
  private static final List<String> ARRAYS = List.of(
      "organizations", "networks", "persons", "events", "declarations", "recommendations", "commitments", "otherRecords");
  private static final Map<String, String> ARRAY_OF_TYPE = Map.of(
      "organization", "organizations", "network", "networks", "person", "persons", "event", "events",
      "declaration", "declarations", "recommendation", "recommendations", "commitment", "commitments");
  private static final Set<String> PERSONAL_DATA = Set.of(
      "birthdate", "dateofbirth", "dob", "age", "gender", "sex", "address", "homeaddress", "nationalid",
      "passportnumber", "caseid", "casenumber", "photo", "ethnicity", "religion", "healthcondition");
  private static final Pattern OTHER_RECORD_TYPE = Pattern.compile("/otherRecords/\\d+/type");
  private static final Pattern STACK_TRACE = Pattern.compile("Exception|\\tat |Error:|\\.java:\\d");
  private static final JsonMapper MAPPER = mapper(false);
  /** Parses input to look findings' paths up in: only I-JSON, so that a duplicate member does not hide a path. */
  private static final JsonMapper STRICT = mapper(true);

  private static final CpxJson JSON = CpxJson.create();
  private static final CpxValidator VALIDATOR = CpxValidator.create();

  @TempDir
  Path directory;

  /** One broken promise: its class (what and where, not the example) and the details of the example. */
  private record Failure(String kind, String detail) {}

  /** An example of a class of failures, as small as shrinking made it. */
  private record Example(long seed, Form form, List<Damage> damages, String detail, byte[] bytes, boolean shrunk) {}

  private final Map<String, List<Example>> failures = new TreeMap<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private int files;
  private final Map<Damage, Long> nanos = new java.util.EnumMap<>(Damage.class);
  private final Map<Damage, Integer> uses = new java.util.EnumMap<>(Damage.class);

  @Test
  void mutantsKeepThePromisesOfTheFormatAndTheTool() throws Exception {
    int mutants = Integer.getInteger("cpx.mutants", 5000);
    String fixedSeed = System.getProperty("cpx.mutants.seed", "").trim();
    long seed = fixedSeed.isEmpty() ? System.nanoTime() : Long.parseLong(fixedSeed);
    int cliEvery = Math.max(1, Integer.getInteger("cpx.mutants.cli", 10));
    int convertEvery = Math.max(1, Integer.getInteger("cpx.mutants.convert", 4));
    String replay = System.getProperty("cpx.mutants.replay", "").trim();
    Mutator mutator = new Mutator(seed);
    String restriction = System.getProperty("cpx.mutants.damages", "").trim();
    if (!restriction.isEmpty()) {
      mutator = mutator.only(damages(restriction));
    }
    ExecutorService executor = Executors.newSingleThreadExecutor();
    long started = System.nanoTime();
    int checked = 0;
    try {
      for (int i = 0; i < (replay.isEmpty() ? mutants : 1); i++) {
        Mutant mutant;
        if (replay.isEmpty()) {
          long t0 = System.nanoTime();
          mutant = mutator.next(JSON::writeDataset);
          PHASES.merge("mutate", System.nanoTime() - t0, Long::sum);
        } else {
          String[] parts = replay.split("/");
          long replaySeed = Long.parseLong(parts[0]);
          mutant = new Mutator(replaySeed).mutate(valid(replaySeed), Form.valueOf(parts[1]), List.copyOf(damages(parts[2])));
        }
        boolean cli = i % cliEvery == 0;
        boolean convert = i % convertEvery == 0;
        Mutant current = mutant;
        long mutantStarted = System.nanoTime();
        Future<List<Failure>> check = executor.submit(() -> check(current, convert, cli));
        List<Failure> found;
        try {
          found = check.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          check.cancel(true);
          executor.shutdownNow();
          executor = Executors.newSingleThreadExecutor();
          found = List.of(new Failure("hang: no answer in 120 s", ""));
        } catch (java.util.concurrent.ExecutionException e) {
          // An error the tool let through (a StackOverflowError, an OutOfMemoryError …), or one in the checks.
          Throwable cause = e.getCause() == null ? e : e.getCause();
          found = List.of(new Failure("uncaught " + cause.getClass().getSimpleName() + " at " + frame(cause), String.valueOf(cause)));
        }
        long took = System.nanoTime() - mutantStarted;
        for (Damage damage : current.damages()) {
          nanos.merge(damage, took, Long::sum);
          uses.merge(damage, 1, Integer::sum);
        }
        for (Failure failure : found) {
          record(failure, shrink(current, failure, executor));
        }
        checked++;
        if (checked % 10_000 == 0) {
          writeReport(report(seed, checked, (System.nanoTime() - started) / 1e9, restriction));
        }
      }
    } finally {
      executor.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String report = report(seed, checked, seconds, restriction);
    writeReport(report);
    System.out.println(report.lines().limit(3).collect(Collectors.joining("\n")));
    assertThat(failures.keySet()).as(report).isEmpty();
  }

  /** Writes the report so far; a long run rewrites it every 10,000 mutants. */
  private static void writeReport(String report) throws IOException {
    Path file = Paths.get(System.getProperty("cpx.project.dir", "..")).resolve("cli/target/mutation-report.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  /** The lossless comparison is not vacuous: it sees a changed value, and allows what the spec allows. */
  @Test
  void theLosslessComparisonSeesWhatChanged() {
    byte[] document = "{\"cpx\":\"1.0\",\"organizations\":[{\"id\":\"o\",\"x\":1.0},5]}".getBytes(StandardCharsets.UTF_8);
    byte[] sameByValue = "{\"cpx\":\"1.0\",\"organizations\":[{\"type\":\"organization\",\"x\":1.00,\"id\":\"o\"}],\"otherRecords\":[5]}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] stream = "{\"type\":\"header\",\"cpx\":\"1.0\"}\n{\"type\":\"organization\",\"id\":\"o\",\"x\":1}\n5\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] changed = "{\"cpx\":\"1.0\",\"organizations\":[{\"id\":\"o\",\"x\":2},5]}".getBytes(StandardCharsets.UTF_8);
    JsonNode expected = canonical(document, Form.DOCUMENT);
    assertThat(expected.equals(MutationPropertiesTest::compareValues, canonical(sameByValue, Form.DOCUMENT))).isTrue();
    assertThat(expected.equals(MutationPropertiesTest::compareValues, canonical(stream, Form.STREAM))).isTrue();
    assertThat(expected.equals(MutationPropertiesTest::compareValues, canonical(changed, Form.DOCUMENT))).isFalse();
    assertThat(where(expected, canonical(changed, Form.DOCUMENT))).isEqualTo(" in organizations");
  }

  private static Set<Damage> damages(String list) {
    EnumSet<Damage> kinds = EnumSet.noneOf(Damage.class);
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        kinds.add(Damage.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      }
    }
    return kinds;
  }

  /** The dataset {@link Mutator#next} damages for {@code seed}. */
  private static byte[] valid(long seed) {
    byte[][] written = new byte[1][];
    new Mutator(seed).next(dataset -> written[0] = JSON.writeDataset(dataset));
    return written[0];
  }

  /** The same failure with fewer damages, when one of the mutant's damages alone still gives it. */
  private Example shrink(Mutant mutant, Failure failure, ExecutorService executor) {
    Example example = new Example(mutant.seed(), mutant.form(), mutant.damages(), failure.detail(), mutant.bytes(), false);
    if (mutant.damages().size() < 2) {
      return example;
    }
    for (Damage damage : mutant.damages()) {
      try {
        Mutant smaller = new Mutator(mutant.seed()).mutate(valid(mutant.seed()), mutant.form(), List.of(damage));
        Future<List<Failure>> check = executor.submit(() -> check(smaller, true, true));
        for (Failure again : check.get(120, TimeUnit.SECONDS)) {
          if (again.kind().equals(failure.kind())) {
            return new Example(smaller.seed(), smaller.form(), smaller.damages(), again.detail(), smaller.bytes(), true);
          }
        }
      } catch (Exception | Error e) {
        // Not smaller after all: keep the example as found.
      }
    }
    return example;
  }

  private void record(Failure failure, Example example) {
    counts.merge(failure.kind(), 1, Integer::sum);
    List<Example> examples = failures.computeIfAbsent(failure.kind(), kind -> new ArrayList<>());
    if (examples.size() < 3) {
      examples.add(example);
    } else if (example.damages().size() < examples.get(2).damages().size()) {
      examples.set(2, example);
    }
  }

  private String report(long seed, int checked, double seconds, String restriction) throws IOException {
    files = 0;
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "Mutation properties: %d mutants from seed %d%s in %.1f s (%.2f ms a mutant)%n",
        checked, seed, restriction.isEmpty() ? "" : " (" + restriction + ")", seconds, seconds * 1000 / Math.max(1, checked)));
    report.append("Slowest kinds (ms a mutant holding them): ").append(nanos.keySet().stream()
        .sorted(Comparator.comparing((Damage d) -> -nanos.get(d) / uses.get(d))).limit(8)
        .map(d -> String.format(Locale.ROOT, "%s %.1f", d, nanos.get(d) / 1e6 / uses.get(d))).collect(Collectors.joining(", ")))
        .append('\n');
    report.append("Phases (s): ").append(PHASES.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1000000000.0).collect(Collectors.joining(", "))).append('\n');
    report.append(failures.isEmpty() ? "All properties hold.\n" : failures.size() + " classes of failure:\n");
    Path saved = Paths.get(System.getProperty("cpx.project.dir", "..")).resolve("cli/target/mutation-failures");
    List<String> kinds = new ArrayList<>(failures.keySet());
    kinds.sort(Comparator.comparing((String kind) -> -counts.get(kind)).thenComparing(kind -> kind));
    for (String kind : kinds) {
      report.append(String.format(Locale.ROOT, "%n%s — %d mutant(s)%n", kind, counts.get(kind)));
      for (Example example : failures.get(kind)) {
        Files.createDirectories(saved);
        Path file = saved.resolve("mutant-" + (++files) + example.form().extension());
        Files.write(file, example.bytes());
        String replay = example.shrunk()
            ? "-Dcpx.mutants.replay=" + example.seed() + "/" + example.form() + "/"
                + example.damages().stream().map(Enum::name).collect(Collectors.joining(","))
            : "-Dcpx.mutants=1 -Dcpx.mutants.seed=" + example.seed() + (restriction.isEmpty() ? "" : " -Dcpx.mutants.damages=" + restriction);
        report.append(String.format(Locale.ROOT, "  %s %s: %s%n    replay: %s (saved as %s)%n",
            example.form(), example.damages(), abbreviated(example.detail(), 600), replay, file));
      }
    }
    return report.toString();
  }

  private static String abbreviated(String text, int length) {
    return text.length() > length ? text.substring(0, length) + "…" : text;
  }

  /** A mapper for any size of JSON, numbers as read; {@code strict}: I-JSON only (no duplicate members). */
  private static JsonMapper mapper(boolean strict) {
    JsonMapper mapper = JsonMapper.builder()
        .configure(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION, strict)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(2000).maxStringLength(Integer.MAX_VALUE).maxNumberLength(100_000).build());
    return mapper;
  }

  /** Every property of one mutant; the broken ones. */
  private List<Failure> check(Mutant mutant, boolean convert, boolean cli) throws IOException {
    List<Failure> found = new ArrayList<>();
    String form = mutant.form().name().toLowerCase(Locale.ROOT);
    List<Finding> findings;
    try {
      findings = validate(mutant.bytes(), mutant.form());
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      found.add(new Failure("exception validating a " + form + ": " + e.getClass().getSimpleName() + " at " + frame(e), String.valueOf(e)));
      return found;
    }
    checkFindings(mutant, findings, found);
    mutant.inOtherForm().ifPresent(other -> sameFindings(mutant, findings, other, found));
    boolean readingError = findings.stream().anyMatch(f -> f.getSeverity().getValue().equals("error")
        && READING_CODES.contains(f.getCode().getCode()));
    if (convert) {
      convert(mutant, readingError, found);
    }
    if (cli) {
      boolean error = findings.stream().anyMatch(f -> f.getSeverity().getValue().equals("error"));
      Path in = write("validate" + mutant.form().extension(), mutant.bytes());
      Run run = run("validate", "--format", "json", in.toString());
      noStackTrace("validate", run, found);
      if (run.status() != (error ? 1 : 0)) {
        found.add(new Failure("validate exits " + run.status() + " with" + (error ? "" : "out") + " an error (" + form + ")",
            "library findings: " + summary(findings) + "; stderr: " + run.err()));
      }
      try {
        MAPPER.readTree(run.out());
      } catch (IOException e) {
        found.add(new Failure("validate --format json prints no JSON (" + form + ")", run.out()));
      }
    }
    return found;
  }

  private static String frame(Throwable e) {
    for (StackTraceElement element : e.getStackTrace()) {
      if (element.getClassName().startsWith("org.cpx")) {
        return element.getClassName().replaceAll(".*\\.", "") + "." + element.getMethodName();
      }
    }
    return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
  }

  private static List<Finding> validate(byte[] bytes, Form form) throws IOException {
    long t0 = System.nanoTime();
    try {
      return validate0(bytes, form);
    } finally {
      PHASES.merge("library", System.nanoTime() - t0, Long::sum);
    }
  }

  private static List<Finding> validate0(byte[] bytes, Form form) throws IOException {
    InputStream in = new ByteArrayInputStream(bytes);
    return (form == Form.DOCUMENT ? VALIDATOR.validateDocument(in) : VALIDATOR.validateStream(in)).getFindings();
  }

  private static String summary(List<Finding> findings) {
    return findings.stream().limit(20).map(MutationPropertiesTest::describe).collect(Collectors.joining(", "))
        + (findings.size() > 20 ? " …" : "");
  }

  private static String describe(Finding f) {
    return f.getSeverity().getValue() + " " + f.getCode().getCode() + " " + f.getPath()
        + (f.getLine().isPresent() ? " line " + f.getLine().getAsLong() : "");
  }

  /** Codes and severities from the spec, paths that exist in the input (or, for a missing member, whose parent does). */
  private static void checkFindings(Mutant mutant, List<Finding> findings, List<Failure> found) {
    String form = mutant.form().name().toLowerCase(Locale.ROOT);
    JsonNode document = null;
    List<String> lines = List.of();
    if (mutant.form() == Form.DOCUMENT) {
      document = parse(strippedBom(mutant.text()));
    } else {
      lines = Arrays.asList(strippedBom(mutant.text()).split("\n", -1));
    }
    for (Finding finding : findings) {
      String code = finding.getCode().getCode();
      String severity = finding.getSeverity().getValue();
      if (!severity.equals(SPEC_CODES.get(code))) {
        found.add(new Failure("finding not in the spec: " + severity + " " + code, describe(finding)));
        continue;
      }
      String path = finding.getPath();
      if (path.isEmpty()) {
        continue;
      }
      if (!path.startsWith("/")) {
        found.add(new Failure("finding path is not a JSON Pointer: " + code + " (" + form + ")", describe(finding)));
        continue;
      }
      JsonNode root = document;
      if (mutant.form() == Form.STREAM) {
        if (finding.getLine().isEmpty()) {
          found.add(new Failure("stream finding without a line: " + code, describe(finding)));
          continue;
        }
        long line = finding.getLine().getAsLong();
        root = line >= 1 && line <= lines.size() ? parse(stripCr(lines.get((int) line - 1))) : null;
        if (line < 1 || line > lines.size()) {
          found.add(new Failure("stream finding at a line the input does not have: " + code, describe(finding)));
          continue;
        }
      }
      if (root == null) {
        continue;
      }
      // An absent member is reported at its own path (spec §6: json.missing, format.version at /cpx, dueBy, indicators).
      boolean absent = ABSENT_MEMBER_CODES.contains(code);
      String target = absent && root.at(path).isMissingNode() ? parent(path) : path;
      if (root.at(target).isMissingNode()) {
        found.add(new Failure("finding path not in the input: " + code + " at …/" + last(path) + " (" + form + ")",
            describe(finding) + " in " + abbreviated(root.toString(), 300)));
      }
    }
  }

  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static String last(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.matches("\\d+") ? "N" : last;
  }

  private static String strippedBom(String text) {
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static @Nullable JsonNode parse(String json) {
    try {
      return STRICT.readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  /** The document and the stream of the same records give the same findings, at the same places. */
  private static void sameFindings(Mutant mutant, List<Finding> findings, Mutant other, List<Failure> found) {
    List<Finding> otherFindings;
    try {
      otherFindings = validate(other.bytes(), other.form());
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return; // reported when that form is the mutant
    }
    Mutant stream = mutant.form() == Form.STREAM ? mutant : other;
    List<String> inDocument = placed(mutant.form() == Form.DOCUMENT ? findings : otherFindings, null);
    List<String> inStream = placed(mutant.form() == Form.STREAM ? findings : otherFindings, stream.linePointers());
    if (!inDocument.equals(inStream)) {
      List<String> onlyDocument = new ArrayList<>(inDocument);
      inStream.forEach(onlyDocument::remove);
      List<String> onlyStream = new ArrayList<>(inStream);
      inDocument.forEach(onlyStream::remove);
      String first = !onlyDocument.isEmpty() ? "document only: " + onlyDocument.get(0).replaceAll(" .*", "")
          : "stream only: " + onlyStream.get(0).replaceAll(" .*", "");
      found.add(new Failure("findings differ between the forms (" + first + ")",
          "only in the document: " + onlyDocument + "; only in the stream: " + onlyStream));
    }
  }

  /** Findings as "severity code pointer-in-the-document", sorted; stream lines placed by {@code pointers}. */
  private static List<String> placed(List<Finding> findings, @Nullable List<String> pointers) {
    List<String> placed = new ArrayList<>();
    for (Finding f : findings) {
      String path = f.getPath();
      if (pointers != null && f.getLine().isPresent()) {
        long line = f.getLine().getAsLong();
        path = (line >= 1 && line <= pointers.size() ? pointers.get((int) line - 1) : "?line" + line) + path;
      }
      // Spec §4: a stream line of an unknown type is code.unknown; otherRecords exists for them, without it.
      if (pointers != null && f.getCode().getCode().equals("code.unknown") && OTHER_RECORD_TYPE.matcher(path).matches()) {
        continue;
      }
      placed.add(f.getCode().getCode() + " " + f.getSeverity().getValue() + " " + path);
    }
    Collections.sort(placed);
    return placed;
  }

  /** What one run of the tool printed and returned. */
  private record Run(int status, String out, String err) {}

  static final Map<String, Long> PHASES = new java.util.concurrent.ConcurrentHashMap<>();

  private static Run run(String... args) {
    long t0 = System.nanoTime();
    try {
      return run0(args);
    } finally {
      PHASES.merge(args[0], System.nanoTime() - t0, Long::sum);
    }
  }

  private static Run run0(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cpx.run(InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = directory.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static void noStackTrace(String command, Run run, List<Failure> found) {
    if (STACK_TRACE.matcher(run.err()).find() || STACK_TRACE.matcher(run.out()).find()) {
      found.add(new Failure(command + " prints a stack trace or exception", abbreviated(run.err() + run.out(), 2000)));
    }
  }

  /**
   * {@code convert}'s exit code; and for a mutant a reader carries: the normal form (a pass in the same
   * form) is stable under a second pass and comes back from the other form, with no personal data in any output.
   */
  private void convert(Mutant mutant, boolean readingError, List<Failure> found) throws IOException {
    Form form = mutant.form();
    String name = form.name().toLowerCase(Locale.ROOT);
    Path in = write("in" + form.extension(), mutant.bytes());
    Path normal = directory.resolve("normal" + form.extension());
    Files.deleteIfExists(normal);
    Run first = run("convert", in.toString(), normal.toString());
    noStackTrace("convert", first, found);
    if (first.status() != (readingError ? 1 : 0)) {
      found.add(new Failure("convert exits " + first.status() + " when reading found " + (readingError ? "an" : "no") + " error ("
          + name + ")", "stderr: " + abbreviated(first.err(), 1500)));
    }
    if (!Files.exists(normal)) {
      if (mutant.isCarried()) {
        found.add(new Failure("convert writes nothing for a " + name + " it can carry", "stderr: " + abbreviated(first.err(), 1500)));
      }
      return;
    }
    noPersonalData(normal, form, "convert " + name + " → " + name, found);
    if (!mutant.isCarried()) {
      return;
    }
    Path again = directory.resolve("again" + form.extension());
    Path across = directory.resolve("across" + form.other().extension());
    Path back = directory.resolve("back" + form.extension());
    run("convert", normal.toString(), again.toString());
    Run there = run("convert", normal.toString(), across.toString());
    noStackTrace("convert", there, found);
    Run home = run("convert", across.toString(), back.toString());
    noStackTrace("convert", home, found);
    byte[] normalBytes = Files.readAllBytes(normal);
    if (!Files.exists(again) || !Arrays.equals(normalBytes, Files.readAllBytes(again))) {
      found.add(new Failure("a second pass " + name + " → " + name + " changes the bytes", firstDifference(normal, again)));
    }
    if (!Files.exists(across) || !Files.exists(back)) {
      found.add(new Failure("convert writes nothing across forms from a " + name + " in normal form",
          there.err() + home.err()));
      return;
    }
    noPersonalData(across, form.other(), "convert " + name + " → " + form.other().name().toLowerCase(Locale.ROOT), found);
    JsonNode expected = canonical(normalBytes, form);
    JsonNode actual = canonical(Files.readAllBytes(back), form);
    if (expected == null || actual == null || !expected.equals(MutationPropertiesTest::compareValues, actual)) {
      found.add(new Failure("lossless: " + name + " → " + form.other().name().toLowerCase(Locale.ROOT) + " → " + name
          + " differs" + where(expected, actual), "normal form: " + abbreviated(String.valueOf(expected), 1500)
          + "\n    came back: " + abbreviated(String.valueOf(actual), 1500)));
    }
  }

  private static String firstDifference(Path one, Path other) throws IOException {
    if (!Files.exists(other)) {
      return "nothing written";
    }
    String a = Files.readString(one, StandardCharsets.ISO_8859_1);
    String b = Files.readString(other, StandardCharsets.ISO_8859_1);
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    return "first pass …" + a.substring(from, Math.min(a.length(), i + 80)) + "… second …" + b.substring(from, Math.min(b.length(), i + 80)) + "…";
  }

  /** The first top-level part (a document member or a record array) where two canonical forms differ. */
  private static String where(@Nullable JsonNode expected, @Nullable JsonNode actual) {
    if (expected == null || actual == null) {
      return " (not JSON)";
    }
    for (String part : new String[] {"members", "records"}) {
      JsonNode a = expected.path(part);
      JsonNode b = actual.path(part);
      Set<String> names = new java.util.TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String member : names) {
        if (!a.path(member).equals(MutationPropertiesTest::compareValues, b.path(member))) {
          return " in " + (part.equals("members") ? "document member " : "") + member;
        }
      }
    }
    return "";
  }

  private static int compareValues(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  }

  /**
   * Data of either form as {"members": document members, "records": array → records}: a record goes
   * to the array of its own known {@code type}, to its array in a document when it has no type, and
   * otherwise (no readable record type) to {@code otherRecords}; a {@code type} its array implies is
   * left out.
   */
  private static @Nullable JsonNode canonical(byte[] bytes, Form form) {
    ObjectNode canonical = JsonNodeFactory.instance.objectNode();
    ObjectNode members = canonical.putObject("members");
    ObjectNode records = canonical.putObject("records");
    ARRAYS.forEach(records::putArray);
    try {
      if (form == Form.DOCUMENT) {
        JsonNode root = MAPPER.readTree(bytes);
        root.properties().forEach(member -> {
          if (!ARRAYS.contains(member.getKey())) {
            members.set(member.getKey(), member.getValue());
          }
        });
        for (String array : ARRAYS) {
          for (JsonNode element : root.path(array)) {
            place(records, element, array);
          }
        }
      } else {
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode element = MAPPER.readTree(line);
          if (element.path("type").asText("").equals("header")) {
            ((ObjectNode) element).remove("type");
            members.setAll((ObjectNode) element);
          } else {
            place(records, element, null);
          }
        }
      }
    } catch (IOException e) {
      return null;
    }
    return canonical;
  }

  private static void place(ObjectNode records, JsonNode element, @Nullable String array) {
    String type = element.path("type").isTextual() ? element.get("type").asText() : null;
    String target;
    if (type != null && ARRAY_OF_TYPE.containsKey(type)) {
      target = ARRAY_OF_TYPE.get(type);
    } else if (element.isObject() && !element.has("type") && array != null && !array.equals("otherRecords")) {
      target = array;
    } else {
      target = "otherRecords";
    }
    JsonNode copy = element.deepCopy();
    if (copy instanceof ObjectNode object && !target.equals("otherRecords")) {
      object.remove("type");
    }
    ((ArrayNode) records.get(target)).add(copy);
  }

  /** No member named like personal data in a person: a document's {@code persons}, or a record typed person. */
  private static void noPersonalData(Path file, Form form, String command, List<Failure> found) throws IOException {
    JsonNode canonical = canonical(Files.readAllBytes(file), form);
    if (canonical == null) {
      found.add(new Failure(command + " writes a file that is not JSON", file.toString()));
      return;
    }
    List<JsonNode> persons = new ArrayList<>();
    canonical.path("records").path("persons").forEach(persons::add);
    canonical.path("records").path("otherRecords").forEach(record -> {
      if (record.path("type").asText("").equals("person")) {
        persons.add(record);
      }
    });
    for (JsonNode person : persons) {
      String name = personalData(person);
      if (name != null) {
        found.add(new Failure(command + " writes personal data on a person", name + " in " + abbreviated(person.toString(), 500)));
        return;
      }
    }
  }

  private static @Nullable String personalData(JsonNode node) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String normal = member.getKey().toLowerCase(Locale.ROOT).replaceFirst("^x-", "").replace("-", "").replace("_", "");
        if (PERSONAL_DATA.contains(normal)) {
          return member.getKey();
        }
        String deeper = personalData(member.getValue());
        if (deeper != null) {
          return deeper;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String deeper = personalData(element);
        if (deeper != null) {
          return deeper;
        }
      }
    }
    return null;
  }
}
