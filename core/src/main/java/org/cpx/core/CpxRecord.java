package org.cpx.core;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.actor.Institution;
import org.cpx.core.actor.Person;
import org.cpx.core.event.Event;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.Recommendation;

/**
 * A record of a dataset: an organization, network, person, event, declaration, recommendation or
 * commitment. Records refer to each other by {@link Id}, one way only; a dataset's index answers
 * the inverse questions.
 */
public sealed interface CpxRecord extends Extensible
    permits Institution, Person, Event, Declaration, Recommendation, Commitment {
  /** The record's type, the value of its {@code type} member. */
  RecordType getType();

  /** The record's identifier, unique in its dataset. */
  Id getId();

  /** A description of the record. */
  Optional<LocalizedText> getDescription();

  /** The legal provisions the record rests on or cites. */
  List<@Valid LegalReference> getReferences();

  /** The documents the record produced or attached. */
  List<@Valid Document> getDocuments();

  /** Who the publisher allows the record to be passed on to; absent means public. */
  Optional<Code<Access>> getAccess();

  /** Where the record's facts came from. */
  List<@Valid Source> getSources();

  /** Whether the record may be passed on to anyone: its access is absent or {@code public}. */
  default boolean isPublic() {
    return getAccess().map(access -> access.is(Access.PUBLIC)).orElse(true);
  }
}
