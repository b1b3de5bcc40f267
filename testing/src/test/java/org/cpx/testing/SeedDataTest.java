package org.cpx.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cpx.core.Code;
import org.cpx.core.ContactKind;
import org.cpx.core.ContactPoint;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LegalReference;
import org.cpx.core.PartialDate;
import org.cpx.core.PartyGroup;
import org.cpx.core.actor.GoverningDocument;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.DatasetIndex;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.AttendanceCategory;
import org.cpx.core.event.Event;
import org.cpx.core.event.EventKind;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.DeclarationKind;
import org.cpx.core.outcome.Recommendation;
import org.junit.jupiter.api.Test;

/** The facts of the five seed documents, read back through the public API. */
class SeedDataTest {
  private final Dataset seed = SeedData.dataset();
  private final DatasetIndex index = seed.index();

  private <T extends CpxRecord> T record(String id, Class<T> type) {
    return index.find(Id.of(id), type).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + id));
  }

  @Test
  void everyRecordHasAUniqueIdAndASource() {
    List<Id> ids = seed.records().stream().map(CpxRecord::getId).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(seed.records()).allSatisfy(record -> assertThat(record.getSources()).isNotEmpty());
    assertThat(seed.getLanguages()).containsExactly("vi", "en");
  }

  @Test
  void departmentsBelongToTheirMinistries() {
    assertThat(record("seed:molisa-dc", Organization.class).getParent()).contains(Id.of("seed:molisa"));
    assertThat(record("seed:mic-ais", Organization.class).getParent()).contains(Id.of("seed:mic"));
    assertThat(record("seed:mps-cyber", Organization.class).getParent()).contains(Id.of("seed:mps"));
    assertThat(record("seed:molisa", Organization.class).getAcronyms()).containsExactly("MOLISA");
    assertThat(record("seed:vnisa", Organization.class).getName().get(new Locale("vi")))
        .isEqualTo("Hiệp hội an toàn thông tin Việt Nam");
  }

  @Test
  void theChildRightsWorkingGroupHasAChairAndACoChair() {
    Network crwg = record("seed:crwg", Network.class);
    assertThat(crwg.getMemberships())
        .extracting(Membership::getMember, membership -> membership.getRole().orElseThrow())
        .containsExactly(
            tuple(Id.of("seed:vacr"), Code.of(MembershipRole.CHAIR)),
            tuple(Id.of("seed:childfund-vn"), Code.of(MembershipRole.CO_CHAIR)),
            tuple(Id.of("seed:sos-vn"), Code.of(MembershipRole.MEMBER)));
    assertThat(crwg.getAlternateNames()).anySatisfy(name -> assertThat(name.get("en")).contains("CRGW"));
    assertThat(index.membershipsOf(Id.of("seed:sos-vn"))).extracting(m -> m.network().getId())
        .containsExactly(Id.of("seed:crwg"));
  }

  @Test
  void crnetWasFoundedIn2013WithMoreThan58MembersAndA2020Regulation() {
    Network crnet = record("seed:crnet", Network.class);
    assertThat(crnet.getFounded()).contains(PartialDate.ofYear(2013));
    assertThat(crnet.getHost()).contains(Id.of("seed:vacr"));
    Count members = crnet.getMemberCount().orElseThrow();
    assertThat(members.getValue()).isEqualTo(58);
    assertThat(members.getQualifier()).isEqualTo(Code.of(CountQualifier.MORE_THAN));
    assertThat(members.lowerBound()).isEqualTo(59);
    Membership coordinator = crnet.getMemberships().get(0);
    assertThat(coordinator.getRole()).contains(Code.of(MembershipRole.COORDINATOR));
    assertThat(coordinator.getTitle().orElseThrow().get("vi")).contains("Trưởng ban điều phối");
    GoverningDocument regulation = crnet.getGoverningDocuments().get(0);
    assertThat(regulation.getAdoptedOn()).contains(PartialDate.of(2020, 8, 26));
    LegalReference basis = regulation.getLegalBasis().get(0);
    assertThat(basis.getInstrument().get("en")).contains("Law on Children");
    assertThat(basis.getIdentifier()).contains("102/2016/QH13");
    assertThat(basis.getArticle()).contains("92");
    assertThat(basis.getClause()).contains("4");
    assertThat(crnet.getFunctions()).hasSize(5);
  }

  @Test
  void theSummitOf2018AdoptedADeclarationOfFourPoints() {
    Event summit = record("seed:summit-2018", Event.class);
    assertThat(summit.getKind()).contains(Code.of(EventKind.SUMMIT));
    assertThat(summit.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2018, 3, 18));
    assertThat(summit.getLocation().orElseThrow().getCountry()).contains("CN");
    assertThat(summit.getAttendance().flatMap(Attendance::getCountries)).contains(Count.of(20));
    Declaration declaration = index.declarationsAdoptedAt(summit.getId()).get(0);
    assertThat(declaration.getKind()).contains(Code.of(DeclarationKind.DECLARATION));
    assertThat(declaration.getArticles()).extracting(Article::getNumber).containsExactly("1", "2", "3", "4");
    assertThat(declaration.getEndorsedBy()).singleElement()
        .satisfies(party -> assertThat(party.getGroup()).contains(Code.of(PartyGroup.PARTICIPANTS)));
    assertThat(declaration.article("4").orElseThrow().getText().get("vi").orElseThrow())
        .startsWith("Xây dựng một cộng đồng hợp tác quốc tế về bảo vệ trẻ em.");
  }

  @Test
  void theRoundtableDateIsHonestAboutTheDisagreeingSources() {
    Event dialogue = record("seed:roundtable-2022", Event.class);
    PartialDate date = dialogue.getPeriod().orElseThrow().getStart().orElseThrow();
    assertThat(date).hasToString("2022-11-10?");
    assertThat(date.getQualifier()).contains(PartialDate.Qualifier.UNCERTAIN);
    assertThat(dialogue.getSources()).hasSize(2);
    assertThat(dialogue.getSources().get(1).getNote().orElseThrow().get("en").orElseThrow())
        .contains("10 October 2022");
    assertThat(dialogue.getLocation().orElseThrow().getName().orElseThrow().get("en")).contains("Green One UN House");
    assertThat(index.participationsOf(Id.of("seed:najat-maalla-mjid"))).hasSize(2);
    Person najat = record("seed:najat-maalla-mjid", Person.class);
    assertThat(najat.getHonorificPrefix().orElseThrow().get("vi")).contains("Tiến sĩ");
  }

  @Test
  void theTrainingCountedFiftyDelegatesAndNearlyFortyJournalists() {
    Attendance attendance = record("seed:training-2023", Event.class).getAttendance().orElseThrow();
    assertThat(attendance.getTotal()).contains(Count.of(50));
    assertThat(attendance.getBreakdown()).singleElement().satisfies(group -> {
      assertThat(group.getCategory()).contains(Code.of(AttendanceCategory.JOURNALISTS));
      assertThat(group.getCount()).contains(Count.of(40, CountQualifier.APPROXIMATELY));
    });
    assertThat(record("seed:dang-hoa-nam", Person.class).getName()).isEqualTo("Đặng Hoa Nam");
  }

  @Test
  void theActionMonthHasItsSloganNineMessagesAndThe111Hotline() {
    Event month = record("seed:action-month-2023", Event.class);
    assertThat(month.getKind()).contains(Code.of(EventKind.CAMPAIGN));
    assertThat(month.getSlogan().orElseThrow().get("vi")).contains("Chung tay giảm thiểu tổn hại trẻ em");
    assertThat(month.getKeyMessages()).hasSize(9);
    assertThat(month.getKeyMessages().get(3).get("vi").orElseThrow()).contains("111");
    assertThat(month.getPlannedActivities()).hasSize(5);
    ContactPoint hotline = month.getContactPoints().get(0);
    assertThat(hotline.getKind()).isEqualTo(Code.of(ContactKind.HOTLINE));
    assertThat(hotline.getValue()).isEqualTo("111");
    assertThat(hotline.getCountry()).contains("VN");
    assertThat(month.getCoverage()).containsExactly("VN");
    assertThat(index.subEvents(month.getId())).extracting(CpxRecord::getId)
        .containsExactly(Id.of("seed:action-month-2023-launch"));
    assertThat(month.getPeriod().orElseThrow().contains(PartialDate.of(2023, 6, 1))).isTrue();
  }

  @Test
  void theAsiaPacificConferenceHadMoreThan500DelegatesFrom35Countries() {
    Event conference = record("seed:ecd-conference-2019", Event.class);
    Attendance attendance = conference.getAttendance().orElseThrow();
    assertThat(attendance.getTotal()).contains(Count.of(500, CountQualifier.MORE_THAN));
    assertThat(attendance.getCountries()).contains(Count.of(35));
    assertThat(attendance.getOrganizations()).contains(Count.of(44));
    assertThat(index.subEvents(conference.getId())).hasSize(1);
  }

  @Test
  void theMinistryMadeFiveCommitmentsAnsweringTheHanoiCallToAction() {
    Declaration call = record("seed:hanoi-call-to-action-2019", Declaration.class);
    assertThat(call.getKind()).contains(Code.of(DeclarationKind.CALL_TO_ACTION));
    assertThat(index.declarationsAdoptedAt(Id.of("seed:ecd-conference-2019"))).containsExactly(call);
    List<Commitment> commitments = index.commitmentsAnswering(call.getId());
    assertThat(commitments).hasSize(5).allSatisfy(commitment -> {
      assertThat(commitment.getCommittedBy()).extracting(party -> party.getActor().orElseThrow())
          .containsExactly(Id.of("seed:molisa"));
      assertThat(commitment.currentStatus()).isEqualTo(Code.of(CommitmentStatus.ANNOUNCED));
    });
  }

  @Test
  void recommendationsGoToLocalitiesAndParents() {
    Recommendation localities = record("seed:training-2023-localities", Recommendation.class);
    assertThat(localities.getAddressees()).singleElement()
        .satisfies(party -> assertThat(party.getGroup()).contains(Code.of(PartyGroup.LOCAL_GOVERNMENT)));
    assertThat(localities.getMadeBy()).singleElement()
        .satisfies(party -> assertThat(party.getActor()).contains(Id.of("seed:dang-hoa-nam")));
    Recommendation parents = record("seed:training-2023-parents", Recommendation.class);
    assertThat(parents.getAddressees().get(0).getGroup()).contains(Code.of(PartyGroup.PARENTS_AND_CAREGIVERS));
    Recommendation csos = record("seed:summit-2018-support-csos", Recommendation.class);
    assertThat(csos.getArticle()).contains("2");
    assertThat(record("seed:summit-2018-declaration", Declaration.class).article("2")).isPresent();
  }
}
