package org.cpx.testing;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated values: each try draws a value from a fresh {@link Generators}
 * with its own seed, and a failure names the seed that reproduces it.
 *
 * <p>The number of tries is the system property {@code cpx.property.tries} (default 1,000). Setting
 * {@code cpx.property.seed} runs one try with that seed, to replay a failure.
 */
public final class Property {
  private static final int DEFAULT_TRIES = 1000;

  private Property() {}

  /**
   * Checks {@code property} for values drawn by {@code generator}.
   *
   * @throws AssertionError naming the seed, the value and the cause, at the first failing try
   */
  public static <T> void forAll(Function<Generators, T> generator, Consumer<? super T> property) {
    forAll(Integer.getInteger("cpx.property.tries", DEFAULT_TRIES), generator, property);
  }

  /**
   * Checks {@code property} for {@code tries} values drawn by {@code generator}, for properties
   * whose values are costly; {@code cpx.property.seed} still replays one value.
   *
   * @throws AssertionError naming the seed, the value and the cause, at the first failing try
   */
  public static <T> void forAll(int tries, Function<Generators, T> generator, Consumer<? super T> property) {
    String fixedSeed = System.getProperty("cpx.property.seed", "");
    if (!fixedSeed.isBlank()) {
      check(Long.parseLong(fixedSeed.trim()), generator, property);
      return;
    }
    long base = System.nanoTime();
    for (int i = 0; i < tries; i++) {
      check(base + i * 0x9E3779B97F4A7C15L, generator, property);
    }
  }

  private static <T> void check(long seed, Function<Generators, T> generator, Consumer<? super T> property) {
    Object value = "(not generated)";
    try {
      T generated = generator.apply(new Generators(seed));
      value = generated;
      property.accept(generated);
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError(
          "Property failed with seed " + seed + " (replay with -Dcpx.property.seed=" + seed + ") for " + value, e);
    }
  }
}
