package org.cpx.core.actor;

/**
 * The role a member holds in a {@link Network}.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum MembershipRole {
  /** {@code member}: a member. */
  MEMBER,
  /** {@code associateMember}: an associate member. */
  ASSOCIATE_MEMBER,
  /** {@code observer}: an observer. */
  OBSERVER,
  /** {@code chair}: the chair. */
  CHAIR,
  /** {@code coChair}: a co-chair. */
  CO_CHAIR,
  /** {@code viceChair}: a vice-chair. */
  VICE_CHAIR,
  /** {@code coordinator}: the coordinator. */
  COORDINATOR,
  /** {@code secretariat}: the secretariat. */
  SECRETARIAT,
  /** {@code founder}: a founder. */
  FOUNDER
}
