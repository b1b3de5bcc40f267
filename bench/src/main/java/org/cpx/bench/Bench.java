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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run [--quick | --full] [--no-scale]}: runs {@link CodecBenchmark} (one round, or
 * five in a full run) and the {@link ScaleCheck}, then prints the table of throughputs, allocations
 * and the ratios CPX/baseline and CPX/ceiling against their targets, and writes it to {@code
 * bench/target/results.md}, every round's scores to {@code bench/target/rounds.csv}.
 */
public final class Bench {
  /** Records per benchmark operation. */
  static final int RECORDS = 1000;

  /**
   * Rounds of a full run: each runs every benchmark once, so that the median of the rounds' ratios
   * is robust to a slow round or a fork whose code the JIT compiled less well.
   */
  private static final int FULL_ROUNDS = 5;

  /**
   * The order of a round: each CPX benchmark right after what it is compared with, so that a ratio
   * compares runs seconds apart; every other round runs them in reverse, so that a drift of the
   * machine's speed favours neither side.
   */
  static final List<String> ORDER = List.of("baselineDecode", "cpxDecode", "ceiling", "baselineDecodeValidate",
      "cpxDecodeValidate", "baselineEncode", "cpxEncode", "cpxStream");

  private Bench() {}

  /** Runs the benchmarks. */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    List<String> options = List.of(args);
    boolean full = options.contains("--full");
    Path out = Path.of(System.getProperty("cpx.bench.out", "bench/target"));
    Files.createDirectories(out);
    Corpus corpus = Corpus.of(RECORDS);
    List<Map<String, Score>> rounds = new ArrayList<>();
    List<String> csv = new ArrayList<>(List.of("round,benchmark,ops_per_second,bytes_per_operation"));
    for (int round = 1; round <= (full ? FULL_ROUNDS : 1); round++) {
      List<String> order = new ArrayList<>(ORDER);
      if (round % 2 == 0) {
        Collections.reverse(order);
      }
      Map<String, Score> scores = new LinkedHashMap<>();
      for (String benchmark : order) {
        Score score = codec(full, benchmark);
        scores.put(benchmark, score);
        csv.add(String.format(Locale.ROOT, "%d,%s,%.3f,%.1f", round, benchmark, score.opsPerSecond(), score.bytesPerOp()));
      }
      rounds.add(scores);
    }
    Files.write(out.resolve("rounds.csv"), csv, StandardCharsets.UTF_8);
    List<String> table = new ArrayList<>();
    table.add("# CPX benchmarks, " + (full ? "full" : "quick") + " run of " + LocalDate.now());
    table.add("");
    table.add(String.format(Locale.ROOT, "%d records an operation; document %,d bytes, stream %,d bytes; %s %s, %d cores.",
        RECORDS, corpus.document().length, corpus.stream().length, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
    table.add("");
    throughput(table, rounds, corpus);
    table.add("");
    ratios(table, rounds);
    if (!options.contains("--no-scale")) {
      table.add("");
      scale(table, full);
    }
    PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    console.println();
    table.forEach(console::println);
    Files.write(out.resolve("results.md"), table, StandardCharsets.UTF_8);
  }

  /** A benchmark's throughput and the bytes it allocates an operation. */
  private record Score(double opsPerSecond, double bytesPerOp) {}

  /** Runs {@code benchmark} once, in a fork of its own. */
  private static Score codec(boolean full, String benchmark) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(CodecBenchmark.class.getName() + "\\." + benchmark + "$")
        .forks(1)
        .warmupIterations(2)
        .warmupTime(TimeValue.seconds(full ? 4 : 2))
        .measurementIterations(3)
        .measurementTime(TimeValue.seconds(full ? 4 : 2))
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .addProfiler(GCProfiler.class)
        .build();
    RunResult result = new Runner(options).runSingle();
    Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return new Score(result.getPrimaryResult().getScore(), allocation == null ? Double.NaN : allocation.getScore());
  }

  private static void throughput(List<String> table, List<Map<String, Score>> rounds, Corpus corpus) {
    table.add("| benchmark | ops/s | range of the rounds | MB/s | records/s | allocated bytes/record |");
    table.add("|---|--:|--:|--:|--:|--:|");
    for (String benchmark : ORDER) {
      double[] ops = rounds.stream().mapToDouble(round -> round.get(benchmark).opsPerSecond()).sorted().toArray();
      double median = median(ops);
      double allocated = median(rounds.stream().mapToDouble(round -> round.get(benchmark).bytesPerOp()).sorted().toArray());
      int bytes = benchmark.equals("cpxStream") ? corpus.stream().length : corpus.document().length;
      table.add(String.format(Locale.ROOT, "| %s | %.1f | %s | %.1f | %,.0f | %,.0f |", benchmark, median,
          range(ops, "%.1f–%.1f"), median * bytes / 1e6, median * RECORDS, allocated / RECORDS));
    }
  }

  private static void ratios(List<String> table, List<Map<String, Score>> rounds) {
    table.add("| ratio, median of the rounds | measured | range of the rounds | target | |");
    table.add("|---|--:|--:|--:|---|");
    ratio(table, "decode / baseline databind", rounds, "cpxDecode", "baselineDecode", false, 1.0, true);
    ratio(table, "encode / baseline databind", rounds, "cpxEncode", "baselineEncode", false, 1.0, true);
    ratio(table, "decode + validate / baseline databind + Hibernate Validator", rounds, "cpxDecodeValidate",
        "baselineDecodeValidate", false, 1.0, true);
    ratio(table, "decode / ceiling (Jackson tokens)", rounds, "cpxDecode", "ceiling", false, 0.6, true);
    ratio(table, "allocation per decoded record / baseline databind", rounds, "cpxDecode", "baselineDecode", true,
        1.5, false);
  }

  /**
   * Adds the row of the ratio of {@code cpx} to {@code baseline} in each round — of throughputs, or
   * of bytes allocated when {@code allocation} is set — against {@code target}.
   */
  private static void ratio(List<String> table, String name, List<Map<String, Score>> rounds, String cpx,
      String baseline, boolean allocation, double target, boolean atLeast) {
    double[] ratios = rounds.stream()
        .mapToDouble(round -> allocation
            ? round.get(cpx).bytesPerOp() / round.get(baseline).bytesPerOp()
            : round.get(cpx).opsPerSecond() / round.get(baseline).opsPerSecond())
        .sorted()
        .toArray();
    double measured = median(ratios);
    boolean met = atLeast ? measured >= target : measured <= target;
    table.add(String.format(Locale.ROOT, "| %s | %.2f× | %s | %s %.1f× | %s |", name, measured,
        range(ratios, "%.2f–%.2f×"), atLeast ? "≥" : "≤", target, met ? "met" : "missed"));
  }

  /** The least and the greatest of sorted {@code values} in {@code format}; blank for a single round. */
  private static String range(double[] values, String format) {
    return values.length == 1 ? "" : String.format(Locale.ROOT, format, values[0], values[values.length - 1]);
  }

  /** The median of sorted {@code values}. */
  private static double median(double[] values) {
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
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
