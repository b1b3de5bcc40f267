package org.cpx.core;

/** A group of actors a {@link Party} may name instead of one actor. */
public enum PartyGroup {
  /** Those taking part in the event the record was made at ("we, the participants"). */
  PARTICIPANTS,
  NATIONAL_GOVERNMENT,
  LOCAL_GOVERNMENT,
  PARLIAMENT,
  INTERNATIONAL_COMMUNITY,
  DONORS,
  UN_AGENCIES,
  CIVIL_SOCIETY,
  PRIVATE_SECTOR,
  MEDIA,
  SCHOOLS,
  PARENTS_AND_CAREGIVERS,
  COMMUNITIES,
  CHILDREN,
  OTHER
}
