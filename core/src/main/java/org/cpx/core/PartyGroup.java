package org.cpx.core;

/**
 * A group of actors a {@link Party} may name instead of one actor.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum PartyGroup {
  /** {@code participants}: those taking part in the event the record was made at ("we, the participants"). */
  PARTICIPANTS,
  /** {@code nationalGovernment}: the national government and its ministries. */
  NATIONAL_GOVERNMENT,
  /** {@code localGovernment}: provinces, districts and communes ("các địa phương"). */
  LOCAL_GOVERNMENT,
  /** {@code parliament}: the parliament and its members. */
  PARLIAMENT,
  /** {@code internationalCommunity}: the international community. */
  INTERNATIONAL_COMMUNITY,
  /** {@code donors}: donors. */
  DONORS,
  /** {@code unAgencies}: agencies of the United Nations. */
  UN_AGENCIES,
  /** {@code civilSociety}: civil society organizations. */
  CIVIL_SOCIETY,
  /** {@code privateSector}: businesses. */
  PRIVATE_SECTOR,
  /** {@code media}: the press and media. */
  MEDIA,
  /** {@code schools}: schools and teachers. */
  SCHOOLS,
  /** {@code parentsAndCaregivers}: parents and caregivers ("các bậc cha mẹ"). */
  PARENTS_AND_CAREGIVERS,
  /** {@code communities}: communities. */
  COMMUNITIES,
  /** {@code children}: children themselves. */
  CHILDREN,
  /** {@code other}: another group. */
  OTHER
}
