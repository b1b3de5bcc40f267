package org.cpx.core.actor;

/** What kind of body an {@link Organization} is. */
public enum OrganizationClassification {
  GOVERNMENT,
  INTERGOVERNMENTAL,
  INTERNATIONAL_NGO,
  NATIONAL_NGO,
  ASSOCIATION,
  COMMUNITY_BASED,
  SERVICE_PROVIDER,
  BUSINESS,
  ACADEMIC,
  MEDIA,
  FAITH_BASED,
  FOUNDATION,
  OTHER
}
