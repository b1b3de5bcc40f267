package org.cpx.testing.mutation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.Generators;
import org.jspecify.annotations.Nullable;

/**
 * Damages valid CPX data on purpose, one, two or three {@link Damage}s at a time (kinds drawn
 * alike, but those that make megabytes a tenth as often), to test that a
 * reader, a validator or a tool copes with every kind of broken input. Seeded: the same seed, input
 * and options give the same mutants, and each {@link Mutant} names the seed that makes it again.
 *
 * <pre>{@code
 * Mutator mutator = new Mutator(42);
 * for (int i = 0; i < 1000; i++) {
 *   Mutant mutant = mutator.mutate(myValidDataset);   // bytes of a valid .json dataset
 *   assertThatCode(() -> myImporter.read(mutant.bytes())).as(mutant.toString()).doesNotThrowAnyException();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: each call moves the mutator on to its next seed.
 */
public final class Mutator {
  private static final int MAX_TRIES = 50;

  private final Set<Damage> damages;
  private final int maxDamages;
  private long next;

  /** Returns a mutator drawing from {@code seed}, doing any damage, up to three at a time. */
  public Mutator(long seed) {
    this(seed, EnumSet.allOf(Damage.class), 3);
  }

  private Mutator(long seed, Set<Damage> damages, int maxDamages) {
    this.next = seed;
    this.damages = damages;
    this.maxDamages = maxDamages;
  }

  /** A mutator with the same next seed doing only {@code kinds}. */
  public Mutator only(Set<Damage> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("no damage to do");
    }
    return new Mutator(next, EnumSet.copyOf(kinds), maxDamages);
  }

  /** A mutator with the same next seed doing at most {@code count} (1 to 3) damages a mutant. */
  public Mutator atMost(int count) {
    if (count < 1 || count > 3) {
      throw new IllegalArgumentException("1 to 3 damages a mutant, not " + count);
    }
    return new Mutator(next, damages, count);
  }

  /**
   * Damages a generated dataset drawn from the mutant's seed, written as a document by {@code writer}
   * (for example {@code CpxJson.create()::writeDataset}): three times in four {@link
   * Generators#validDataset()}, which breaks no rule, else {@link Generators#dataset()}, which holds
   * every member of the model and unknown members everywhere but leaves references unresolved.
   */
  public Mutant next(Function<? super Dataset, byte[]> writer) {
    long seed = advance();
    Generators generators = new Generators(seed);
    byte[] valid = writer.apply(generators.between(0, 4) == 0 ? generators.dataset() : generators.validDataset());
    return mutate(seed, valid, null, null);
  }

  /**
   * Damages {@code document}, the bytes of a valid dataset document, in a form and with damages
   * drawn at random.
   *
   * @throws IllegalArgumentException if {@code document} is not a JSON object
   */
  public Mutant mutate(byte[] document) {
    Objects.requireNonNull(document, "document");
    return mutate(advance(), document, null, null);
  }

  /**
   * Does exactly {@code kinds}, in order, to {@code document} written in {@code form}, at places
   * drawn at random.
   *
   * @throws IllegalArgumentException if a damage does not apply to {@code form} or finds no place
   */
  public Mutant mutate(byte[] document, Form form, List<Damage> kinds) {
    for (Damage kind : kinds) {
      if (!kind.forms().contains(form)) {
        throw new IllegalArgumentException(kind + " does not apply to a " + form);
      }
    }
    return mutate(advance(), document, form, List.copyOf(kinds));
  }

  private long advance() {
    long seed = next;
    next = new SplittableRandom(seed).split().nextLong();
    return seed;
  }

  private Mutant mutate(long seed, byte[] document, @Nullable Form chosenForm, @Nullable List<Damage> chosen) {
    Model valid = Model.of(document);
    SplittableRandom random = new SplittableRandom(seed);
    Form drawn = chosenForm != null ? chosenForm : random.nextBoolean() ? Form.DOCUMENT : Form.STREAM;
    Form form = chosenForm == null && damages.stream().noneMatch(damage -> damage.forms().contains(drawn))
        ? drawn.other() : drawn;
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      Model model = valid.copy();
      Damages doing = new Damages(model, random);
      List<Damage> kinds = chosen != null ? chosen : draw(random, form);
      List<Damage> onBytes = new ArrayList<>();
      boolean applied = true;
      for (Damage kind : kinds) {
        if (Damages.onBytes(kind)) {
          onBytes.add(kind);
        } else {
          applied &= apply(doing, kind);
        }
      }
      if (!applied) {
        continue;
      }
      boolean indent = kinds.contains(Damage.LINES_CR) || random.nextInt(4) == 0;
      Model.Written written = model.write(form, indent);
      byte[] bytes = written.bytes();
      for (Damage kind : onBytes) {
        bytes = doing.applyToBytes(kind, bytes, form);
      }
      Mutant other = null;
      if (kinds.stream().allMatch(Damage::isSameInBothForms) && kinds.stream().allMatch(k -> k.forms().contains(form.other()))) {
        Model.Written twin = model.write(form.other(), indent);
        other = new Mutant(twin.bytes(), form.other(), kinds, seed, twin.linePointers(), null);
      }
      List<String> pointers = other != null ? written.linePointers() : List.of();
      Mutant mutant = new Mutant(bytes, form, kinds, seed, pointers, null);
      return other == null ? mutant : new Mutant(bytes, form, kinds, seed, pointers,
          new Mutant(other.bytes(), other.form(), kinds, seed, other.linePointers(), mutant));
    }
    throw new IllegalArgumentException("found no place for " + (chosen != null ? chosen : "the damages drawn") + " in this dataset");
  }

  /**
   * Does {@code kind}; {@code false} when it found no place, also when an earlier damage of the same
   * mutant changed what a member holds (a list made its first element, say) where this one needs it.
   */
  private static boolean apply(Damages doing, Damage kind) {
    try {
      return doing.apply(kind);
    } catch (UnsupportedOperationException | ClassCastException e) {
      return false;
    }
  }

  private List<Damage> draw(SplittableRandom random, Form form) {
    List<Damage> fitting = damages.stream().filter(damage -> damage.forms().contains(form)).toList();
    int dice = random.nextInt(10);
    int count = Math.min(maxDamages, dice < 5 ? 1 : dice < 8 ? 2 : 3);
    List<Damage> drawn = new ArrayList<>();
    for (int i = 0; i < count && drawn.size() < fitting.size(); i++) {
      int total = fitting.stream().filter(damage -> !drawn.contains(damage)).mapToInt(Damage::weight).sum();
      int roll = random.nextInt(total);
      for (Damage damage : fitting) {
        if (!drawn.contains(damage)) {
          roll -= damage.weight();
          if (roll < 0) {
            drawn.add(damage);
            break;
          }
        }
      }
    }
    return drawn;
  }
}
