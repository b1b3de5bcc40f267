package org.cpx.core.dataset;

import org.cpx.core.event.Event;
import org.cpx.core.event.Participation;

/**
 * A participation found through a dataset's index, with the event it belongs to.
 *
 * @param event the event that lists the participation
 * @param participation the participation
 */
public record EventParticipation(Event event, Participation participation) {}
