package org.cpx.core.event;

/** What kind of gathering or activity an {@link Event} is. */
public enum EventKind {
  SUMMIT,
  CONFERENCE,
  FORUM,
  ROUNDTABLE_DIALOGUE,
  CONSULTATION,
  TRAINING_WORKSHOP,
  MEETING,
  VISIT,
  /** A campaign, such as a month of action for children. */
  CAMPAIGN,
  LAUNCH_CEREMONY,
  /** A session inside a larger event. */
  SESSION,
  /** A recurring event whose editions are events of their own. */
  SERIES,
  OTHER
}
