package org.cpx.core.actor;

import jakarta.validation.Valid;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Period;
import org.immutables.value.Value;

/** A member of a network, or an office held in it (chair, co-chair, coordinator). */
@Value.Immutable
public abstract class Membership implements Extensible, WithMembership {
  Membership() {}

  /** The organization, network or person who is a member. */
  public abstract Id getMember();

  /** The role held; a plain member when absent. */
  public abstract Optional<Code<MembershipRole>> getRole();

  /** An office held ex officio ("Trưởng ban điều phối", Head of the Coordination Board). */
  public abstract Optional<LocalizedText> getTitle();

  /** The organization or network a person holds the role for. */
  public abstract Optional<Id> getOnBehalfOf();

  /** When the membership lasted. */
  public abstract Optional<@Valid Period> getPeriod();

  /** The date a source confirms the membership on. */
  public abstract Optional<PartialDate> getAsOf();

  /** A remark on the membership. */
  public abstract Optional<LocalizedText> getNote();

  /** Returns a builder of a membership. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}. Not thread-safe. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
