package org.cpx.core.event;

/** How an {@link Event} relates to another one. */
public enum EventRelation {
  /** This event prepares the other. */
  PREPARES,
  /** This event follows up the other. */
  FOLLOWS_UP,
  /** Otherwise related. */
  RELATED
}
