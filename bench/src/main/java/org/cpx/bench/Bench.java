package org.cpx.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run [--quick | --full] [--no-scale]}: runs {@link CodecBenchmark} and the {@link
 * ScaleCheck}, then prints the table of throughputs, allocations and the ratios CPX/baseline and
 * CPX/ceiling against their targets, and writes it to {@code bench/target/results.md}.
 */
public final class Bench {
  /** Records per benchmark operation. */
  static final int RECORDS = 1000;

  private Bench() {}

  /** Runs the benchmarks. */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    List<String> options = List.of(args);
    boolean full = options.contains("--full");
    Path out = Path.of(System.getProperty("cpx.bench.out", "bench/target"));
    Files.createDirectories(out);
    Corpus corpus = Corpus.of(RECORDS);
    Map<String, Score> scores = codecs(full, out);
    List<String> table = new ArrayList<>();
    table.add("# CPX benchmarks, " + (full ? "full" : "quick") + " run of " + LocalDate.now());
    table.add("");
    table.add(String.format(Locale.ROOT, "%d records an operation; document %,d bytes, stream %,d bytes; %s %s, %d cores.",
        RECORDS, corpus.document().length, corpus.stream().length, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
    table.add("");
    throughput(table, scores, corpus);
    table.add("");
    ratios(table, scores);
    if (!options.contains("--no-scale")) {
      table.add("");
      scale(table, full);
    }
    PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    console.println();
    table.forEach(console::println);
    Files.write(out.resolve("results.md"), table, StandardCharsets.UTF_8);
  }

  /** A benchmark's throughput, its error, and the bytes it allocates an operation. */
  private record Score(double opsPerSecond, double error, double bytesPerOp) {}

  private static Map<String, Score> codecs(boolean full, Path out) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(CodecBenchmark.class.getName() + "\\.")
        .forks(full ? 2 : 1)
        .warmupIterations(full ? 4 : 2)
        .warmupTime(TimeValue.seconds(full ? 5 : 2))
        .measurementIterations(full ? 5 : 3)
        .measurementTime(TimeValue.seconds(full ? 5 : 2))
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh-result.json").toString())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Score> scores = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      Result<?> primary = result.getPrimaryResult();
      Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.put(name.substring(name.lastIndexOf('.') + 1), new Score(primary.getScore(), primary.getScoreError(),
          allocation == null ? Double.NaN : allocation.getScore()));
    }
    return scores;
  }

  private static void throughput(List<String> table, Map<String, Score> scores, Corpus corpus) {
    table.add("| benchmark | ops/s | MB/s | records/s | allocated bytes/record |");
    table.add("|---|--:|--:|--:|--:|");
    for (Map.Entry<String, Score> entry : scores.entrySet()) {
      Score score = entry.getValue();
      int bytes = entry.getKey().equals("cpxStream") ? corpus.stream().length : corpus.document().length;
      table.add(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.1f | %,.0f | %,.0f |", entry.getKey(),
          score.opsPerSecond(), score.error(), score.opsPerSecond() * bytes / 1e6, score.opsPerSecond() * RECORDS,
          score.bytesPerOp() / RECORDS));
    }
  }

  private static void ratios(List<String> table, Map<String, Score> scores) {
    table.add("| ratio, same run | measured | target | |");
    table.add("|---|--:|--:|---|");
    ratio(table, "decode / baseline databind", throughput(scores, "cpxDecode") / throughput(scores, "baselineDecode"), 1.0, true);
    ratio(table, "encode / baseline databind", throughput(scores, "cpxEncode") / throughput(scores, "baselineEncode"), 1.0, true);
    ratio(table, "decode + validate / baseline databind + Hibernate Validator",
        throughput(scores, "cpxDecodeValidate") / throughput(scores, "baselineDecodeValidate"), 1.0, true);
    ratio(table, "decode / ceiling (Jackson tokens)", throughput(scores, "cpxDecode") / throughput(scores, "ceiling"), 0.6, true);
    ratio(table, "allocation per decoded record / baseline databind",
        scores.get("cpxDecode").bytesPerOp() / scores.get("baselineDecode").bytesPerOp(), 1.5, false);
  }

  private static double throughput(Map<String, Score> scores, String benchmark) {
    return scores.get(benchmark).opsPerSecond();
  }

  private static void ratio(List<String> table, String name, double measured, double target, boolean atLeast) {
    boolean met = atLeast ? measured >= target : measured <= target;
    table.add(String.format(Locale.ROOT, "| %s | %.2f× | %s %.1f× | %s |", name, measured, atLeast ? "≥" : "≤", target,
        met ? "met" : "missed"));
  }

  /** Validates streams of growing size, each in a JVM of its own with a 64 MB heap. */
  private static void scale(List<String> table, boolean full) throws IOException, InterruptedException {
    List<String> sizes = new ArrayList<>(List.of("10000", "100000"));
    if (full) {
      sizes.add("1000000");
      sizes.add("--bytes 1073741824");
    }
    table.add("Scale check: a valid stream validated with every rule, in a JVM with `-Xmx64m`.");
    table.add("");
    table.add("| records | bytes | seconds | peak live heap, MB | findings | time × the size 10× smaller |");
    table.add("|--:|--:|--:|--:|--:|--:|");
    double previous = Double.NaN;
    for (String size : sizes) {
      String result = scaleCheck(size);
      if (result == null) {
        table.add("| " + size + " | | | failed: out of memory or error | | |");
        continue;
      }
      String[] line = result.split(" ");
      double seconds = Double.parseDouble(line[2]);
      boolean tenfold = !size.startsWith("--");
      table.add(String.format(Locale.ROOT, "| %,d | %,d | %.2f | %s | %s | %s |", Long.parseLong(line[0]),
          Long.parseLong(line[1]), seconds, line[3], line[4],
          tenfold && !Double.isNaN(previous) ? String.format(Locale.ROOT, "%.1f (≤ 11)", seconds / previous) : ""));
      if (tenfold) {
        previous = seconds;
      }
    }
  }

  /** The line {@link ScaleCheck} prints for {@code size}, or {@code null} when it fails. */
  private static @Nullable String scaleCheck(String size) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), ScaleCheck.class.getName()));
    command.addAll(List.of(size.split(" ")));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String line;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      line = reader.readLine();
    }
    return process.waitFor() == 0 ? line : null;
  }
}
