package org.cpx.core.event;

import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.immutables.value.Value;

/** Another event this one prepares, follows up or relates to. */
@Value.Immutable
public abstract class RelatedEvent implements Extensible, WithRelatedEvent {
  RelatedEvent() {}

  /** The other event. */
  public abstract Id getEvent();

  /** How this event relates to it. */
  public abstract Optional<Code<EventRelation>> getRelation();

  /** Returns the relation {@code relation} to {@code event}. */
  public static RelatedEvent of(Id event, EventRelation relation) {
    return builder().event(event).relation(Code.of(relation)).build();
  }

  /** Returns a builder of a related event. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelatedEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableRelatedEvent.Builder {
    Builder() {}
  }
}
