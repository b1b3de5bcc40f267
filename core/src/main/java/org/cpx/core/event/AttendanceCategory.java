package org.cpx.core.event;

/** A category of people counted in an attendance breakdown. */
public enum AttendanceCategory {
  CHILDREN,
  YOUTH,
  WOMEN,
  DELEGATES,
  GOVERNMENT_OFFICIALS,
  PARLIAMENTARIANS,
  NGO_REPRESENTATIVES,
  INTERNATIONAL_ORGANIZATIONS,
  EXPERTS,
  JOURNALISTS,
  OTHER
}
