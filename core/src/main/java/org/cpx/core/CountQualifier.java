package org.cpx.core;

/** How a {@link Count} relates to the true number ("hơn 500" is {@link #MORE_THAN} 500). */
public enum CountQualifier {
  /** Exactly the value. */
  EXACT,
  /** About the value, with no stated bounds ("gần 40"). */
  APPROXIMATELY,
  /** The value or more. */
  AT_LEAST,
  /** More than the value. */
  MORE_THAN,
  /** The value or fewer. */
  AT_MOST,
  /** Fewer than the value. */
  FEWER_THAN
}
