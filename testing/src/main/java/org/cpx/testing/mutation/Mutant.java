package org.cpx.testing.mutation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Damaged CPX data: its bytes, its form, the damages applied to it and the seed that makes it again.
 */
public final class Mutant {
  private final byte[] bytes;
  private final Form form;
  private final List<Damage> damages;
  private final long seed;
  private final List<String> linePointers;
  private final @Nullable Mutant otherForm;

  Mutant(byte[] bytes, Form form, List<Damage> damages, long seed, List<String> linePointers, @Nullable Mutant otherForm) {
    this.bytes = bytes.clone();
    this.form = form;
    this.damages = List.copyOf(damages);
    this.seed = seed;
    this.linePointers = List.copyOf(linePointers);
    this.otherForm = otherForm;
  }

  /** The damaged bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The damaged bytes as UTF-8 text, ill-formed sequences replaced, for messages. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Whether the bytes are a dataset document or a record stream. */
  public Form form() {
    return form;
  }

  /** The damages applied, in the order applied. */
  public List<Damage> damages() {
    return damages;
  }

  /**
   * The seed that makes this mutant again: a {@link Mutator} created with it, given the same input
   * and options, returns this mutant first.
   */
  public long seed() {
    return seed;
  }

  /**
   * Whether a reader can carry everything in this mutant: it is JSON (one value per line in a
   * stream) within the reader's limits, in a format version this version reads.
   */
  public boolean isCarried() {
    return damages.stream().allMatch(damage -> damage.isCarriedIn(form));
  }

  /**
   * The same damaged records in the other form, when every damage means the same in both forms,
   * so that both must give the same findings.
   */
  public Optional<Mutant> inOtherForm() {
    return Optional.ofNullable(otherForm);
  }

  /**
   * For a stream, the JSON Pointer in the {@linkplain #inOtherForm() document form} of the record on
   * each line (index 0 is line 1; {@code ""} for the header); empty for a document or when the
   * lines do not correspond to records one by one.
   */
  public List<String> linePointers() {
    return linePointers;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Mutant that
        && java.util.Arrays.equals(bytes, that.bytes) && form == that.form && damages.equals(that.damages) && seed == that.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(bytes), form, damages, seed);
  }

  @Override
  public String toString() {
    return "Mutant{seed=" + seed + ", form=" + form + ", damages=" + damages + ", " + bytes.length + " bytes}";
  }
}
