/**
 * Damaging valid CPX data on purpose, for robustness tests: a seeded {@link
 * org.cpx.testing.mutation.Mutator} turns a valid dataset into {@link
 * org.cpx.testing.mutation.Mutant}s carrying one, two or three {@link
 * org.cpx.testing.mutation.Damage}s, as a dataset document or a record stream ({@link
 * org.cpx.testing.mutation.Form}).
 */
@NullMarked
package org.cpx.testing.mutation;

import org.jspecify.annotations.NullMarked;
