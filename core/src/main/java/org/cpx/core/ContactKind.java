package org.cpx.core;

/** The kind of a {@link ContactPoint}. */
public enum ContactKind {
  /** A hotline: a phone number or a national short code such as Viet Nam's 111. */
  HOTLINE,
  /** A phone number. */
  PHONE,
  /** An e-mail address. */
  EMAIL,
  /** A web address. */
  WEBSITE
}
