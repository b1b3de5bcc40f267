package org.cpx.core.event;

import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.immutables.value.Value;

/** An actor's part in an event: organizer, host, speaker, participant. */
@Value.Immutable
public abstract class Participation implements Extensible, WithParticipation {
  Participation() {}

  /** The organization, network or person taking part. */
  public abstract Id getActor();

  /** The part it plays. */
  public abstract Optional<Code<ParticipationRole>> getRole();

  /** The organization or network it takes part for. */
  public abstract Optional<Id> getOnBehalfOf();

  /** A remark on the participation. */
  public abstract Optional<LocalizedText> getNote();

  /** Returns the participation of {@code actor} as {@code role}. */
  public static Participation of(Id actor, ParticipationRole role) {
    return builder().actor(actor).role(Code.of(role)).build();
  }

  /** Returns a builder of a participation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participation}. Not thread-safe. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
