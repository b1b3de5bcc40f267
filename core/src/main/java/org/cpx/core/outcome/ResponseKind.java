package org.cpx.core.outcome;

/**
 * How a party answered a {@link Recommendation}, as in the Universal Periodic Review.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum ResponseKind {
  /** {@code supported}: supported. */
  SUPPORTED,
  /** {@code supportedInPart}: supported in part. */
  SUPPORTED_IN_PART,
  /** {@code noted}: noted. */
  NOTED,
  /** {@code rejected}: rejected. */
  REJECTED,
  /** {@code pending}: not answered yet. */
  PENDING
}
