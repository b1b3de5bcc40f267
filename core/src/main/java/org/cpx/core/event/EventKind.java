package org.cpx.core.event;

/**
 * What kind of gathering or activity an {@link Event} is.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum EventKind {
  /** {@code summit}: a summit. */
  SUMMIT,
  /** {@code conference}: a conference. */
  CONFERENCE,
  /** {@code forum}: a forum. */
  FORUM,
  /** {@code roundtableDialogue}: a roundtable dialogue. */
  ROUNDTABLE_DIALOGUE,
  /** {@code consultation}: a consultation. */
  CONSULTATION,
  /** {@code trainingWorkshop}: a training or workshop. */
  TRAINING_WORKSHOP,
  /** {@code meeting}: a meeting. */
  MEETING,
  /** {@code visit}: a visit or mission. */
  VISIT,
  /** {@code campaign}: a campaign, such as a month of action for children. */
  CAMPAIGN,
  /** {@code launchCeremony}: a launch ceremony. */
  LAUNCH_CEREMONY,
  /** {@code session}: a session inside a larger event. */
  SESSION,
  /** {@code series}: a recurring event whose editions are events of their own. */
  SERIES,
  /** {@code other}: another kind. */
  OTHER
}
