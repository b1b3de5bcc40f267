package org.cpx.core;

import java.util.Map;

/**
 * A JSON object of the format that keeps the members this version does not know, so that data from
 * a newer partner is written back unchanged (spec §1).
 */
public interface Extensible {
  /**
   * The members this version does not know, in the order read: name to the member's JSON text
   * exactly as read ({@code 0.10} stays {@code 0.10}).
   */
  Map<String, String> getUnknownMembers();
}
