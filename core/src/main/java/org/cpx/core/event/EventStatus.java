package org.cpx.core.event;

/**
 * Whether an {@link Event} took place.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum EventStatus {
  /** {@code planned}: planned. */
  PLANNED,
  /** {@code held}: held. */
  HELD,
  /** {@code postponed}: postponed. */
  POSTPONED,
  /** {@code cancelled}: cancelled. */
  CANCELLED
}
