package org.cpx.testing;

import java.util.ArrayList;
import java.util.List;
import org.cpx.core.Code;
import org.cpx.core.Codes;
import org.cpx.core.ContactKind;
import org.cpx.core.ContactPoint;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.Money;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.Source;
import org.cpx.core.Theme;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.OrganizationClassification;
import org.cpx.core.actor.Person;
import org.cpx.core.actor.Position;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.event.EventKind;
import org.cpx.core.event.Participation;
import org.cpx.core.event.ParticipationRole;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.Indicator;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;

/**
 * Generates datasets that break no rule of the format: unique ids, references to records of the
 * right type and without cycles, known codes, assigned countries, texts in every dataset language,
 * sources on every record, consistent counts, progress in date order. Mutation tests break one
 * thing in them.
 */
final class ValidDatasets {
  private static final String[] COUNTRIES = {"VN", "CN", "FR", "GB", "CO"};
  private static final String[] SDG_TARGETS = {"16.2", "5.3", "8.7", "4.2", "17.17", "1.b"};

  private final Generators random;

  ValidDatasets(Generators random) {
    this.random = random;
  }

  Dataset generate() {
    int size = random.between(1, 6);
    List<Id> organizations = ids("org", size);
    List<Id> persons = ids("person", random.between(0, 4));
    List<Id> events = ids("event", size);
    List<Id> declarations = ids("declaration", random.between(1, 3));
    List<Id> recommendations = ids("recommendation", random.between(0, 4));
    Dataset.Builder dataset = Dataset.builder().languages(List.of("vi", "en"));
    for (int i = 0; i < organizations.size(); i++) {
      Organization.Builder organization = Organization.builder()
          .id(organizations.get(i))
          .name(text())
          .classification(Code.of(random.oneOf(OrganizationClassification.values())))
          .country(random.oneOf(COUNTRIES))
          .themes(Codes.of(random.oneOf(Theme.values())))
          .website("https://example.org/" + i)
          .addContactPoints(ContactPoint.builder().kind(Code.of(ContactKind.HOTLINE)).value("111").country("VN").build())
          .addSources(source());
      if (i > 0 && random.chance(0.5)) {
        organization.parent(organizations.get(random.between(0, i)));
      }
      dataset.addOrganizations(organization.build());
    }
    List<Id> actors = new ArrayList<>(organizations);
    actors.addAll(persons);
    dataset.addNetworks(Network.builder()
        .id(Id.of("network:0"))
        .name(text())
        .host(organizations.get(0))
        .memberships(memberships(actors))
        .memberCount(Count.of(actors.size(), CountQualifier.AT_LEAST))
        .addSources(source())
        .build());
    for (Id person : persons) {
      dataset.addPersons(Person.builder()
          .id(person)
          .name(random.text())
          .addPositions(Position.builder().title(text()).organization(random.oneOf(organizations.toArray(new Id[0]))).build())
          .addSources(source())
          .build());
    }
    for (int i = 0; i < events.size(); i++) {
      PartialDate start = PartialDate.of(random.between(2000, 2025), random.between(1, 13), random.between(1, 29));
      Event.Builder event = Event.builder()
          .id(events.get(i))
          .kind(Code.of(random.oneOf(EventKind.values())))
          .title(text())
          .period(Period.of(start, PartialDate.of(start.earliest().plusDays(random.between(0, 5)))))
          .location(Place.builder().locality(text()).subdivision("VN-HN").country("VN").build())
          .addParticipants(Participation.of(random.oneOf(actors.toArray(new Id[0])), random.oneOf(ParticipationRole.values())))
          .coverage(List.of(random.oneOf("VN", "142", "global", "VN-SG")))
          .sdgTargets(List.of(random.oneOf(SDG_TARGETS)))
          .addSources(source());
      if (i > 0 && random.chance(0.3)) {
        event.partOf(events.get(random.between(0, i)));
      }
      dataset.addEvents(event.build());
    }
    for (Id declaration : declarations) {
      dataset.addDeclarations(Declaration.builder()
          .id(declaration)
          .title(text())
          .adoptedAt(random.oneOf(events.toArray(new Id[0])))
          .addEndorsedBy(Party.ofActor(organizations.get(0)))
          .addArticles(Article.of("1", text()), Article.of("2", text()))
          .addSources(source())
          .build());
    }
    for (Id recommendation : recommendations) {
      dataset.addRecommendations(Recommendation.builder()
          .id(recommendation)
          .text(text())
          .addMadeBy(Party.ofActor(random.oneOf(actors.toArray(new Id[0]))))
          .madeAt(random.oneOf(events.toArray(new Id[0])))
          .declaration(declarations.get(0))
          .article(random.oneOf("1", "2"))
          .addSources(source())
          .build());
    }
    for (int i = 0; i < size; i++) {
      List<Id> answerable = new ArrayList<>(recommendations);
      answerable.addAll(declarations);
      dataset.addCommitments(Commitment.builder()
          .id(Id.of("commitment:" + i))
          .text(text())
          .addCommittedBy(Party.ofActor(random.oneOf(organizations.toArray(new Id[0]))))
          .addRespondsTo(random.oneOf(answerable.toArray(new Id[0])))
          .madeOn(PartialDate.ofYear(2019))
          .dueBy(PartialDate.ofYear(2030))
          .addIndicators(Indicator.builder().description(text()).baseline("0").target("100").unit("%").build())
          .budget(Money.of(Integer.toString(random.between(1, 1_000_000)), random.oneOf("VND", "USD", "EUR")))
          .addProgress(
              ProgressReport.of(PartialDate.ofYear(2020), CommitmentStatus.IN_PROGRESS),
              ProgressReport.of(PartialDate.ofYear(2022), random.oneOf(CommitmentStatus.values())))
          .addSources(source())
          .build());
    }
    return dataset.build();
  }

  private List<Membership> memberships(List<Id> actors) {
    List<Membership> memberships = new ArrayList<>();
    for (Id actor : actors) {
      memberships.add(Membership.builder().member(actor).role(Code.of(random.oneOf(MembershipRole.values()))).build());
    }
    return memberships;
  }

  private List<Id> ids(String prefix, int count) {
    List<Id> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(Id.of(prefix + ":" + i));
    }
    return ids;
  }

  private LocalizedText text() {
    return LocalizedText.of("vi", random.text(), "en", random.text());
  }

  private Source source() {
    return Source.builder().url("https://example.org/source/" + random.between(0, 1000)).build();
  }
}
