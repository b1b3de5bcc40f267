package org.cpx.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Period;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.AttendanceMode;
import org.cpx.core.event.Event;
import org.cpx.core.event.EventKind;
import org.cpx.core.event.Participation;
import org.cpx.core.event.ParticipationRole;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;
import org.junit.jupiter.api.Test;

/** The examples of README.md and docs/model.md, run as written there. */
class DocumentationExamplesTest {
  @Test
  void readmeExample() {
    Network crnet = Network.builder()
        .id(Id.of("vacr:crnet"))
        .name(LocalizedText.of("vi", "Mạng bảo vệ quyền trẻ em", "en", "Child Rights Network"))
        .founded(PartialDate.ofYear(2013))
        .host(Id.of("vacr:vacr"))
        .memberCount(Count.of(58, CountQualifier.MORE_THAN))          // "hơn 58 thành viên"
        .addMemberships(Membership.builder()
            .member(Id.of("vacr:vacr"))
            .role(Code.of(MembershipRole.COORDINATOR))
            .build())
        .build();

    assertThat(crnet.getName().get(Locale.forLanguageTag("vi-VN"))).isEqualTo("Mạng bảo vệ quyền trẻ em");
    assertThat(crnet.getMemberCount().orElseThrow().lowerBound()).isEqualTo(59);
    Network approximate = crnet.withFounded(PartialDate.parse("2013~"));
    assertThat(approximate.getFounded()).contains(PartialDate.parse("2013~"));
    assertThat(crnet.getFounded()).contains(PartialDate.ofYear(2013));

    Dataset seed = SeedData.dataset();
    assertThat(seed.index().declarationsAdoptedAt(Id.of("seed:summit-2018"))).hasSize(1);
    assertThat(seed.index().commitmentsAnswering(Id.of("seed:hanoi-call-to-action-2019")).size()).isEqualTo(5);
  }

  @Test
  void modelGuideExamples() {
    Event dialogue = Event.builder()
        .id(Id.of("seed:roundtable-2022"))
        .kind(Code.of(EventKind.ROUNDTABLE_DIALOGUE))
        .title(LocalizedText.of("vi", "Đối thoại bàn tròn", "en", "Roundtable dialogue"))
        .period(Period.of(PartialDate.parse("2022-11-10?")))
        .addParticipants(Participation.of(Id.of("seed:vacr"), ParticipationRole.SPEAKER))
        .build();
    Event online = dialogue.withAttendanceMode(Code.of(AttendanceMode.ONLINE));
    assertThat(online.getAttendanceMode()).contains(Code.of(AttendanceMode.ONLINE));
    assertThat(dialogue.getAttendanceMode()).isEmpty();

    ObjectType<Event> type = CpxModel.typeOf(dialogue);
    List<String> lines = new java.util.ArrayList<>();
    for (Member<Event, ?> member : type.members()) {
      List<?> values = member.values(dialogue);
      if (!values.isEmpty()) {
        lines.add(member.name() + " = " + values + "  // " + member.description().get("vi").orElseThrow());
      }
    }
    assertThat(lines).startsWith(
        "id = [seed:roundtable-2022]  // Mã định danh của bản ghi, duy nhất trong bộ dữ liệu.",
        "kind = [roundtableDialogue]  // Loại sự kiện.");
    assertThat(lines).extracting(line -> line.substring(0, line.indexOf(' ')))
        .containsExactly("id", "kind", "title", "period", "participants");

    Code<EventKind> kind = Code.parse(EventKind.class, "hackathon");
    assertThat(kind.isKnown()).isFalse();
    assertThat(kind.getValue()).isEqualTo("hackathon");
  }
}
