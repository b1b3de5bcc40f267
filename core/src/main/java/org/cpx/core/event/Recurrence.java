package org.cpx.core.event;

/**
 * How often the editions of a series recur.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum Recurrence {
  /** {@code annual}: every year. */
  ANNUAL,
  /** {@code semiannual}: twice a year. */
  SEMIANNUAL,
  /** {@code quarterly}: every quarter. */
  QUARTERLY,
  /** {@code monthly}: every month. */
  MONTHLY,
  /** {@code irregular}: at no fixed interval. */
  IRREGULAR
}
