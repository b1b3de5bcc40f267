package org.cpx.core.event;

/**
 * How people attend an {@link Event}.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum AttendanceMode {
  /** {@code inPerson}: in person. */
  IN_PERSON,
  /** {@code online}: online. */
  ONLINE,
  /** {@code hybrid}: both in person and online. */
  HYBRID
}
