package org.cpx.core.actor;

/** The role a member holds in a {@link Network}. */
public enum MembershipRole {
  MEMBER,
  ASSOCIATE_MEMBER,
  OBSERVER,
  CHAIR,
  CO_CHAIR,
  VICE_CHAIR,
  COORDINATOR,
  SECRETARIAT,
  FOUNDER
}
