package org.cpx.core;

/** The kind of a {@link Document}. */
public enum DocumentKind {
  AGENDA,
  PROGRAMME,
  REPORT,
  STATEMENT,
  PRESENTATION,
  PRESS_RELEASE,
  PHOTO,
  VIDEO,
  OTHER
}
