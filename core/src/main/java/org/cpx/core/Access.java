package org.cpx.core;

/**
 * Who a publisher allows a record to be passed on to; absent means {@link #PUBLIC}.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum Access {
  /** {@code public}: anyone. */
  PUBLIC,
  /** {@code partners}: the publisher's partners only. */
  PARTNERS,
  /** {@code restricted}: not to be passed on. */
  RESTRICTED
}
