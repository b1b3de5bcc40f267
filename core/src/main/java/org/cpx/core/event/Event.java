package org.cpx.core.event;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.ContactPoint;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.RecordType;
import org.cpx.core.Scoped;
import org.cpx.core.ScopedBuilder;
import org.cpx.core.constraints.HttpUrl;
import org.cpx.core.internal.TextRules;
import org.immutables.value.Value;

/**
 * A summit, conference, roundtable dialogue, training, campaign or one of their sessions, with who
 * took part and how many attended.
 */
@Value.Immutable
public abstract sealed class Event implements CpxRecord, Scoped, WithEvent permits ImmutableEvent {
  Event() {}

  /** What kind of event it is. */
  public abstract Optional<Code<EventKind>> getKind();

  /** The event's title. */
  public abstract LocalizedText getTitle();

  /** Whether it took place. */
  public abstract Optional<Code<EventStatus>> getStatus();

  /** When it took place. */
  public abstract Optional<@Valid Period> getPeriod();

  /** How often a series recurs. */
  public abstract Optional<Code<Recurrence>> getRecurrence();

  /** Which edition it is ("2023", "5th"). */
  public abstract Optional<String> getEdition();

  /** Where it took place. */
  public abstract Optional<@Valid Place> getLocation();

  /** Whether it was held in person, online or both. */
  public abstract Optional<Code<AttendanceMode>> getAttendanceMode();

  /** Its website. */
  public abstract Optional<@HttpUrl String> getWebsite();

  /** The event it is part of: the conference of a session, the series of an edition. */
  public abstract Optional<Id> getPartOf();

  /** Events it prepares, follows up or relates to. */
  public abstract List<RelatedEvent> getRelatedEvents();

  /** Who took part, and in what role. */
  public abstract List<Participation> getParticipants();

  /** How many attended. */
  public abstract Optional<Attendance> getAttendance();

  /** What it set out to achieve, in order. */
  public abstract List<LocalizedText> getObjectives();

  /** A campaign's theme line ("Chung tay giảm thiểu tổn hại trẻ em"). */
  public abstract Optional<LocalizedText> getSlogan();

  /** The messages it carries, in order. */
  public abstract List<LocalizedText> getKeyMessages();

  /** The activities planned, in order. */
  public abstract List<LocalizedText> getPlannedActivities();

  /** How to reach it, such as a hotline it promotes. */
  public abstract List<@Valid ContactPoint> getContactPoints();

  /** Always {@link RecordType#EVENT}. */
  @Override
  public final RecordType getType() {
    return RecordType.EVENT;
  }

  /** Returns a builder of an event. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Event normalize() {
    return withEdition(TextRules.clean("edition", getEdition()))
        .withWebsite(TextRules.clean("website", getWebsite()))
        .withCoverage(TextRules.cleanAll("coverage", getCoverage()))
        .withSdgTargets(TextRules.cleanAll("sdgTargets", getSdgTargets()));
  }

  /** Builds an {@link Event}. Not thread-safe. */
  public static final class Builder extends ImmutableEvent.Builder implements ScopedBuilder<Builder> {
    Builder() {}
  }
}
