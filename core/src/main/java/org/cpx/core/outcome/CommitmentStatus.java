package org.cpx.core.outcome;

/** How far a {@link Commitment} has come, as of a progress report. */
public enum CommitmentStatus {
  ANNOUNCED,
  NOT_STARTED,
  IN_PROGRESS,
  PARTIALLY_FULFILLED,
  FULFILLED,
  NOT_FULFILLED,
  WITHDRAWN,
  NO_INFORMATION
}
