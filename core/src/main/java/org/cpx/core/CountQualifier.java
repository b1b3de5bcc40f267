package org.cpx.core;

/**
 * How a {@link Count} relates to the true number ("hơn 500" is {@link #MORE_THAN} 500).
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum CountQualifier {
  /** {@code exact}: exactly the value. */
  EXACT,
  /** {@code approximately}: about the value, with no stated bounds ("gần 40"). */
  APPROXIMATELY,
  /** {@code atLeast}: the value or more. */
  AT_LEAST,
  /** {@code moreThan}: more than the value. */
  MORE_THAN,
  /** {@code atMost}: the value or fewer. */
  AT_MOST,
  /** {@code fewerThan}: fewer than the value. */
  FEWER_THAN
}
