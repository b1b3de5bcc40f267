package org.cpx.core.event;

/** How often the editions of a series recur. */
public enum Recurrence {
  ANNUAL,
  SEMIANNUAL,
  QUARTERLY,
  MONTHLY,
  IRREGULAR
}
