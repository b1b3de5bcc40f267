package org.cpx.core.event;

/** The part an actor plays in an {@link Event}. */
public enum ParticipationRole {
  ORGANIZER,
  CO_ORGANIZER,
  HOST,
  SPONSOR,
  SUPPORTER,
  FUNDER,
  PARTNER,
  SPEAKER,
  GUEST_OF_HONOUR,
  PARTICIPANT,
  OBSERVER,
  FACILITATOR,
  MEDIA
}
