package org.cpx.core.outcome;

/**
 * How far a {@link Commitment} has come, as of a progress report.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum CommitmentStatus {
  /** {@code announced}: announced, with no report yet. */
  ANNOUNCED,
  /** {@code notStarted}: not started. */
  NOT_STARTED,
  /** {@code inProgress}: in progress. */
  IN_PROGRESS,
  /** {@code partiallyFulfilled}: partly fulfilled. */
  PARTIALLY_FULFILLED,
  /** {@code fulfilled}: fulfilled. */
  FULFILLED,
  /** {@code notFulfilled}: not fulfilled. */
  NOT_FULFILLED,
  /** {@code withdrawn}: withdrawn. */
  WITHDRAWN,
  /** {@code noInformation}: no information available. */
  NO_INFORMATION
}
