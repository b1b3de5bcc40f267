package org.cpx.core.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.Network;
import org.cpx.core.event.Event;
import org.cpx.core.event.Participation;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;

/**
 * The questions a dataset's one-way references do not answer directly: a record by id, and which
 * records point at a given one. Built once per dataset in time proportional to its size; immutable
 * and thread-safe. Where an id is used twice, it stands for its first record.
 */
public final class DatasetIndex {
  private final Map<Id, CpxRecord> records = new HashMap<>();
  private final Map<Id, List<Declaration>> declarationsByEvent = new HashMap<>();
  private final Map<Id, List<NetworkMembership>> membershipsByMember = new HashMap<>();
  private final Map<Id, List<EventParticipation>> participationsByActor = new HashMap<>();
  private final Map<Id, List<Commitment>> commitmentsByAnswered = new HashMap<>();
  private final Map<Id, List<Event>> eventsByParent = new HashMap<>();

  DatasetIndex(Dataset dataset) {
    for (CpxRecord record : dataset.records()) {
      records.putIfAbsent(record.getId(), record);
    }
    for (Network network : dataset.getNetworks()) {
      for (Membership membership : network.getMemberships()) {
        add(membershipsByMember, membership.getMember(), new NetworkMembership(network, membership));
      }
    }
    for (Event event : dataset.getEvents()) {
      event.getPartOf().ifPresent(parent -> add(eventsByParent, parent, event));
      for (Participation participation : event.getParticipants()) {
        add(participationsByActor, participation.getActor(), new EventParticipation(event, participation));
      }
    }
    for (Declaration declaration : dataset.getDeclarations()) {
      declaration.getAdoptedAt().ifPresent(event -> add(declarationsByEvent, event, declaration));
    }
    for (Commitment commitment : dataset.getCommitments()) {
      for (Id answered : commitment.getRespondsTo()) {
        add(commitmentsByAnswered, answered, commitment);
      }
    }
  }

  /** The record with the id {@code id}, the first one if the id is used twice. */
  public Optional<CpxRecord> find(Id id) {
    return Optional.ofNullable(records.get(id));
  }

  /** The record with the id {@code id} if it is of the type {@code type}. */
  public <T extends CpxRecord> Optional<T> find(Id id, Class<T> type) {
    return find(id).filter(type::isInstance).map(type::cast);
  }

  /** The declarations adopted at the event {@code event}, in dataset order. */
  public List<Declaration> declarationsAdoptedAt(Id event) {
    return lookUp(declarationsByEvent, event);
  }

  /** The memberships of the actor {@code member} in every network, in dataset order. */
  public List<NetworkMembership> membershipsOf(Id member) {
    return lookUp(membershipsByMember, member);
  }

  /** The participations of the actor {@code actor} in every event, in dataset order. */
  public List<EventParticipation> participationsOf(Id actor) {
    return lookUp(participationsByActor, actor);
  }

  /** The commitments that answer the recommendation or declaration {@code answered}. */
  public List<Commitment> commitmentsAnswering(Id answered) {
    return lookUp(commitmentsByAnswered, answered);
  }

  /** The events that are part of the event {@code event}: its sessions or editions. */
  public List<Event> subEvents(Id event) {
    return lookUp(eventsByParent, event);
  }

  private static <T> List<T> lookUp(Map<Id, List<T>> index, Id key) {
    List<T> values = index.get(key);
    return values == null ? List.of() : Collections.unmodifiableList(values);
  }

  private static <T> void add(Map<Id, List<T>> index, Id key, T value) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }
}
