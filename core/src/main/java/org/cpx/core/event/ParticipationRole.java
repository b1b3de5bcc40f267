package org.cpx.core.event;

/**
 * The part an actor plays in an {@link Event}.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum ParticipationRole {
  /** {@code organizer}: organizes it. */
  ORGANIZER,
  /** {@code coOrganizer}: organizes it with others. */
  CO_ORGANIZER,
  /** {@code host}: hosts it. */
  HOST,
  /** {@code sponsor}: sponsors it. */
  SPONSOR,
  /** {@code supporter}: supports it. */
  SUPPORTER,
  /** {@code funder}: funds it. */
  FUNDER,
  /** {@code partner}: is a partner. */
  PARTNER,
  /** {@code speaker}: speaks. */
  SPEAKER,
  /** {@code guestOfHonour}: is the guest of honour. */
  GUEST_OF_HONOUR,
  /** {@code participant}: takes part. */
  PARTICIPANT,
  /** {@code observer}: observes. */
  OBSERVER,
  /** {@code facilitator}: facilitates. */
  FACILITATOR,
  /** {@code media}: reports on it. */
  MEDIA
}
