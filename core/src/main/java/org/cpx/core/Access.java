package org.cpx.core;

/** Who a publisher allows a record to be passed on to; absent means {@link #PUBLIC}. */
public enum Access {
  /** Anyone. */
  PUBLIC,
  /** The publisher's partners only. */
  PARTNERS,
  /** Not to be passed on. */
  RESTRICTED
}
