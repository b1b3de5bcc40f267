package org.cpx.core.event;

/** Whether an {@link Event} took place. */
public enum EventStatus {
  PLANNED,
  HELD,
  POSTPONED,
  CANCELLED
}
