package org.cpx.core.event;

/**
 * A category of people counted in an attendance breakdown.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum AttendanceCategory {
  /** {@code children}: children. */
  CHILDREN,
  /** {@code youth}: young people. */
  YOUTH,
  /** {@code women}: women. */
  WOMEN,
  /** {@code delegates}: delegates. */
  DELEGATES,
  /** {@code governmentOfficials}: government officials. */
  GOVERNMENT_OFFICIALS,
  /** {@code parliamentarians}: members of parliament. */
  PARLIAMENTARIANS,
  /** {@code ngoRepresentatives}: representatives of NGOs. */
  NGO_REPRESENTATIVES,
  /** {@code internationalOrganizations}: representatives of international organizations. */
  INTERNATIONAL_ORGANIZATIONS,
  /** {@code experts}: experts. */
  EXPERTS,
  /** {@code journalists}: journalists. */
  JOURNALISTS,
  /** {@code other}: others. */
  OTHER
}
