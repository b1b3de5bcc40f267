package org.cpx.core.event;

/** How people attend an {@link Event}. */
public enum AttendanceMode {
  IN_PERSON,
  ONLINE,
  HYBRID
}
