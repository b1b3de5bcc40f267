package org.cpx.core;

/**
 * The kind of a {@link Document}.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum DocumentKind {
  /** {@code agenda}: an agenda. */
  AGENDA,
  /** {@code programme}: a programme of sessions. */
  PROGRAMME,
  /** {@code report}: a report. */
  REPORT,
  /** {@code statement}: a statement. */
  STATEMENT,
  /** {@code presentation}: slides or a talk. */
  PRESENTATION,
  /** {@code pressRelease}: a press release. */
  PRESS_RELEASE,
  /** {@code photo}: a photograph. */
  PHOTO,
  /** {@code video}: a video. */
  VIDEO,
  /** {@code other}: another kind. */
  OTHER
}
