package org.cpx.core.outcome;

/**
 * What kind of text a {@link Declaration} is.
 *
 * <p>An open list: use {@link org.cpx.core.Code} to hold a value, known or not.
 */
public enum DeclarationKind {
  /** {@code declaration}: a declaration. */
  DECLARATION,
  /** {@code callToAction}: a call to action. */
  CALL_TO_ACTION,
  /** {@code jointStatement}: a joint statement. */
  JOINT_STATEMENT,
  /** {@code communique}: a communiqué. */
  COMMUNIQUE,
  /** {@code resolution}: a resolution. */
  RESOLUTION,
  /** {@code charter}: a charter. */
  CHARTER,
  /** {@code pledge}: a pledge. */
  PLEDGE,
  /** {@code outcomeDocument}: an outcome document. */
  OUTCOME_DOCUMENT,
  /** {@code concludingObservations}: concluding observations of a treaty body. */
  CONCLUDING_OBSERVATIONS,
  /** {@code report}: a report. */
  REPORT,
  /** {@code other}: another kind. */
  OTHER
}
