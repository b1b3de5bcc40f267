package org.cpx.core;

/**
 * The kind of a {@link ContactPoint}.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum ContactKind {
  /** {@code hotline}: a hotline: a phone number or a national short code such as Viet Nam's 111. */
  HOTLINE,
  /** {@code phone}: a phone number. */
  PHONE,
  /** {@code email}: an e-mail address. */
  EMAIL,
  /** {@code website}: a web address. */
  WEBSITE
}
