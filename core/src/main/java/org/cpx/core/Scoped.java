package org.cpx.core;

import java.util.List;
import org.cpx.core.constraints.AreaCode;
import org.cpx.core.constraints.SdgTarget;
import org.immutables.value.Value;

/**
 * A record that says whom and where it addresses: events, declarations, recommendations and
 * commitments.
 */
public interface Scoped {
  /** The people it is for. */
  List<TargetGroup> getTargetGroups();

  /**
   * Where it applies: {@code global}, an ISO 3166-1 country ({@code VN}), an ISO 3166-2
   * subdivision ({@code VN-HN}) or a UN M49 region ({@code 142}).
   */
  List<@AreaCode String> getCoverage();

  /** The themes it is about; empty when none is stated. */
  @Value.Default
  default Codes<Theme> getThemes() {
    return Codes.empty();
  }

  /** The Sustainable Development Goal targets it serves, by official label ({@code 16.2}). */
  List<@SdgTarget String> getSdgTargets();
}
