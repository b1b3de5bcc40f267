package org.cpx.core.outcome;

/** How a party answered a {@link Recommendation}, as in the Universal Periodic Review. */
public enum ResponseKind {
  SUPPORTED,
  SUPPORTED_IN_PART,
  NOTED,
  REJECTED,
  PENDING
}
