package org.cpx.core.actor;

/**
 * What kind of body an {@link Organization} is.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum OrganizationClassification {
  /** {@code government}: a government body: a ministry, a department, a local authority. */
  GOVERNMENT,
  /** {@code intergovernmental}: an intergovernmental body, such as a UN office. */
  INTERGOVERNMENTAL,
  /** {@code internationalNgo}: an international non-governmental organization. */
  INTERNATIONAL_NGO,
  /** {@code nationalNgo}: a national non-governmental organization. */
  NATIONAL_NGO,
  /** {@code association}: an association ("hội"). */
  ASSOCIATION,
  /** {@code communityBased}: a community-based organization. */
  COMMUNITY_BASED,
  /** {@code serviceProvider}: a provider of services to children. */
  SERVICE_PROVIDER,
  /** {@code business}: a business. */
  BUSINESS,
  /** {@code academic}: a university or research body. */
  ACADEMIC,
  /** {@code media}: a media organization. */
  MEDIA,
  /** {@code faithBased}: a faith-based organization. */
  FAITH_BASED,
  /** {@code foundation}: a foundation. */
  FOUNDATION,
  /** {@code other}: another kind. */
  OTHER
}
