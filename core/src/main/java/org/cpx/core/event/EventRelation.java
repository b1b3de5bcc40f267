package org.cpx.core.event;

/**
 * How an {@link Event} relates to another one.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum EventRelation {
  /** {@code prepares}: this event prepares the other. */
  PREPARES,
  /** {@code followsUp}: this event follows up the other. */
  FOLLOWS_UP,
  /** {@code related}: otherwise related. */
  RELATED
}
