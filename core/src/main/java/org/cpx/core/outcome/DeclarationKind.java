package org.cpx.core.outcome;

/** What kind of text a {@link Declaration} is. */
public enum DeclarationKind {
  DECLARATION,
  CALL_TO_ACTION,
  JOINT_STATEMENT,
  COMMUNIQUE,
  RESOLUTION,
  CHARTER,
  PLEDGE,
  OUTCOME_DOCUMENT,
  CONCLUDING_OBSERVATIONS,
  REPORT,
  OTHER
}
