package org.cpx.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.Party;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.event.Event;
import org.cpx.core.event.Participation;
import org.cpx.core.event.ParticipationRole;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private final Organization first = Organization.builder().id(Id.of("o")).name(en("First")).build();
  private final Organization duplicate = Organization.builder().id(Id.of("o")).name(en("Duplicate")).build();
  private final Person person = Person.builder().id(Id.of("p")).name("Person").build();
  private final Network network =
      Network.builder()
          .id(Id.of("n"))
          .name(en("Network"))
          .addMemberships(Membership.builder().member(Id.of("o")).build())
          .addMemberships(Membership.builder().member(Id.of("p")).build())
          .build();
  private final Event conference =
      Event.builder()
          .id(Id.of("e"))
          .title(en("Conference"))
          .addParticipants(Participation.of(Id.of("p"), ParticipationRole.SPEAKER))
          .build();
  private final Event session =
      Event.builder().id(Id.of("s")).title(en("Session")).partOf(Id.of("e")).build();
  private final Declaration declaration =
      Declaration.builder().id(Id.of("d")).title(en("Declaration")).adoptedAt(Id.of("e")).build();
  private final Commitment commitment =
      Commitment.builder()
          .id(Id.of("c"))
          .text(en("Commitment"))
          .addCommittedBy(Party.ofActor(Id.of("o")))
          .addRespondsTo(Id.of("d"))
          .build();
  private final Dataset dataset =
      Dataset.builder()
          .languages(List.of("VI", "en"))
          .addOrganizations(first, duplicate)
          .addNetworks(network)
          .addPersons(person)
          .addEvents(conference, session)
          .addDeclarations(declaration)
          .addCommitments(commitment)
          .build();

  @Test
  void listsRecordsInTheOrderOfTheArrays() {
    assertThat(dataset.records())
        .extracting(CpxRecord::getId)
        .containsExactly(Id.of("o"), Id.of("o"), Id.of("n"), Id.of("p"), Id.of("e"), Id.of("s"), Id.of("d"), Id.of("c"));
  }

  @Test
  void findsRecordsByIdTheFirstOfADuplicate() {
    DatasetIndex index = dataset.index();
    assertThat(index.find(Id.of("o"))).containsSame(first);
    assertThat(index.find(Id.of("p"), Person.class)).containsSame(person);
    assertThat(index.find(Id.of("p"), Organization.class)).isEmpty();
    assertThat(index.find(Id.of("missing"))).isEmpty();
    assertThat(dataset.index()).isSameAs(index);
  }

  @Test
  void answersTheInverseReferences() {
    DatasetIndex index = dataset.index();
    assertThat(index.declarationsAdoptedAt(Id.of("e"))).containsExactly(declaration);
    assertThat(index.subEvents(Id.of("e"))).containsExactly(session);
    assertThat(index.commitmentsAnswering(Id.of("d"))).containsExactly(commitment);
    assertThat(index.membershipsOf(Id.of("p")))
        .containsExactly(new NetworkMembership(network, network.getMemberships().get(1)));
    assertThat(index.participationsOf(Id.of("p")))
        .containsExactly(new EventParticipation(conference, conference.getParticipants().get(0)));
    assertThat(index.participationsOf(Id.of("o"))).isEmpty();
  }

  @Test
  void fallsBackOnTheDefaultLanguageBeforeAnyOther() {
    assertThat(dataset.getLanguages()).containsExactly("vi", "en");
    LocalizedText text = LocalizedText.of("de", "Netz", "vi", "Mạng");
    assertThat(dataset.text(text, Locale.FRENCH)).isEqualTo("Mạng");
    assertThat(dataset.text(text, Locale.GERMAN)).isEqualTo("Netz");
  }

  @Test
  void defaultsToFormatVersionOneAndChecksItsForm() {
    assertThat(dataset.getCpx()).isEqualTo("1.0");
    assertThat(dataset.withCpx("1.12").getCpx()).isEqualTo("1.12");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> dataset.withCpx("1"))
        .withMessage("cpx: the format version must be major.minor, such as 1.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> dataset.withLanguages("vi", "en_GB"))
        .withMessage("languages[1]: not a well-formed BCP 47 language tag");
  }
}
