package org.cpx.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who made, received or answered something: one actor by its {@link Id}, or a group such as
 * "the participants" or "local government".
 */
@Value.Immutable
public abstract class Party implements Extensible, WithParty {
  Party() {}

  /** The organization, network or person, when the party is one actor. */
  public abstract Optional<Id> getActor();

  /** The group, when the party is a group of actors. */
  public abstract Optional<Code<PartyGroup>> getGroup();

  /** How the source names the party ("các địa phương"). */
  public abstract Optional<LocalizedText> getLabel();

  /** Returns the party of one actor. */
  public static Party ofActor(Id actor) {
    return builder().actor(actor).build();
  }

  /** Returns the party of a group. */
  public static Party ofGroup(PartyGroup group) {
    return builder().group(Code.of(group)).build();
  }

  /** Returns a builder of a party. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getActor().isPresent() == getGroup().isPresent()) {
      throw new IllegalArgumentException("party: needs exactly one of actor and group");
    }
  }

  /** Builds a {@link Party}. Not thread-safe. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
