package org.cpx.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cpx.core.Code;
import org.cpx.core.Codes;
import org.cpx.core.ContactKind;
import org.cpx.core.ContactPoint;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.Id;
import org.cpx.core.LegalReference;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.PartyGroup;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.Source;
import org.cpx.core.TargetGroup;
import org.cpx.core.TargetGroupKind;
import org.cpx.core.Theme;
import org.cpx.core.actor.GoverningDocument;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.OrganizationClassification;
import org.cpx.core.actor.Person;
import org.cpx.core.actor.Position;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.Publisher;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.AttendanceCategory;
import org.cpx.core.event.AttendanceGroup;
import org.cpx.core.event.AttendanceMode;
import org.cpx.core.event.Event;
import org.cpx.core.event.EventKind;
import org.cpx.core.event.EventRelation;
import org.cpx.core.event.EventStatus;
import org.cpx.core.event.Participation;
import org.cpx.core.event.ParticipationRole;
import org.cpx.core.event.Recurrence;
import org.cpx.core.event.RelatedEvent;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.DeclarationKind;
import org.cpx.core.outcome.Recommendation;
import org.jspecify.annotations.Nullable;

/**
 * The five source documents CPX was drawn from, as one {@link Dataset}: a global summit in Beijing
 * and its declaration (2018), a roundtable dialogue in Hà Nội with the UN Special Representative on
 * Violence against Children (2022), a training conference preparing the 2023 Action Month for
 * Children, the 2019 Asia-Pacific early childhood conference with the Hanoi Call to Action and the
 * ministry's commitments, and the Child Rights Network CRnet.
 *
 * <p>Where the sources disagree the data says so: the 2022 dialogue is dated 10 November in the
 * Vietnamese text and 10 October in the English one; its date is marked uncertain and both sources
 * carry a note.
 */
public final class SeedData {
  private SeedData() {}

  /** The seed dataset; built once, immutable. */
  public static Dataset dataset() {
    return DATASET;
  }

  private static Dataset build() {
    return Dataset.builder()
        .publisher(
            Publisher.builder()
                .name(text("Kho dữ liệu mẫu CPX", "CPX seed corpus"))
                .id("seed")
                .build())
        .generatedAt(Instant.parse("2026-11-22T00:00:00Z"))
        .license("CC-BY-4.0")
        .languages(List.of("vi", "en"))
        .organizations(organizations())
        .networks(networks())
        .persons(persons())
        .events(events())
        .declarations(declarations())
        .recommendations(recommendations())
        .commitments(commitments())
        .build();
  }

  // The sources, one per seed document.

  private static final Source SUMMIT_SOURCE =
      Source.builder()
          .title(vi("Tuyên bố của Hội nghị thượng đỉnh toàn cầu về bảo vệ trẻ em"))
          .author("VTVV")
          .publishedOn(PartialDate.of(2018, 3, 23))
          .language("vi")
          .build();
  private static final Source DIALOGUE_SOURCE_VI =
      Source.builder()
          .title(vi("Làng trẻ em SOS Việt Nam tham dự đối thoại bàn tròn về phòng chống bạo lực trẻ em"))
          .publisher(text("Làng trẻ em SOS Việt Nam", "SOS Children's Villages Vietnam"))
          .publishedOn(PartialDate.of(2022, 11, 10))
          .language("vi")
          .note(
              text(
                  "Bản tiếng Việt ghi ngày 10/11, trùng với ngày đăng bài.",
                  "The Vietnamese text dates the dialogue 10 November, the date the article was posted."))
          .build();
  private static final Source DIALOGUE_SOURCE_EN =
      Source.builder()
          .title(en("SOS Children's Villages Vietnam attends the roundtable dialogue on violence against children"))
          .publisher(text("Làng trẻ em SOS Việt Nam", "SOS Children's Villages Vietnam"))
          .publishedOn(PartialDate.of(2022, 11, 10))
          .language("en")
          .note(
              text(
                  "Bản tiếng Anh ghi ngày 10/10/2022, khác với bản tiếng Việt.",
                  "The English text dates the dialogue 10 October 2022, unlike the Vietnamese text."))
          .build();
  private static final Source TRAINING_SOURCE =
      Source.builder()
          .title(vi("Hội nghị tập huấn Tháng hành động vì trẻ em năm 2023"))
          .publishedOn(PartialDate.ofMonth(2023, 5))
          .language("vi")
          .build();
  private static final Source ECD_SOURCE =
      Source.builder()
          .title(vi("Hội nghị Phát triển trẻ em khu vực châu Á – Thái Bình Dương năm 2019"))
          .publishedOn(PartialDate.ofYear(2019))
          .language("vi")
          .build();
  private static final Source CRNET_SOURCE =
      Source.builder()
          .title(vi("Kết nối các tổ chức, cá nhân vì trẻ em trong Mạng bảo vệ quyền trẻ em (CRnet)"))
          .publisher(text("Hội Bảo vệ quyền trẻ em Việt Nam", "Vietnam Association for Protection of Children's Rights"))
          .language("vi")
          .build();

  // After the sources it is built from.
  private static final Dataset DATASET = build();

  private static List<Organization> organizations() {
    return List.of(
        organization("seed:bclrc", "Trung tâm Nghiên cứu và Trợ giúp pháp lý trẻ em Bắc Kinh",
                "Beijing Children's Legal Aid and Research Center", OrganizationClassification.NATIONAL_NGO, "CN",
                SUMMIT_SOURCE)
            .build(),
        organization("seed:alibaba", "Tập đoàn Alibaba", "Alibaba Group", OrganizationClassification.BUSINESS, "CN",
                SUMMIT_SOURCE)
            .build(),
        organization("seed:cnie", "Mạng lưới vì hợp tác quốc tế của các tổ chức phi chính phủ Trung Quốc",
                "China NGO Network for International Exchanges", OrganizationClassification.ASSOCIATION, "CN",
                SUMMIT_SOURCE)
            .addAcronyms("CNIE")
            .build(),
        organization("seed:cscl-exchange-center",
                "Trung tâm trao đổi Văn hóa – Khoa học cho thanh niên Trung Quốc Soong Ching Ling",
                "China Soong Ching Ling Youth Science and Culture Exchange Center",
                OrganizationClassification.FOUNDATION, "CN", SUMMIT_SOURCE)
            .build(),
        organization("seed:sos-vn", "Làng trẻ em SOS Việt Nam", "SOS Children's Villages Vietnam",
                OrganizationClassification.NATIONAL_NGO, "VN", DIALOGUE_SOURCE_VI)
            .addSources(DIALOGUE_SOURCE_EN)
            .themes(Codes.of(Theme.ALTERNATIVE_CARE))
            .build(),
        organization("seed:vacr", "Hội Bảo vệ quyền trẻ em Việt Nam",
                "Vietnam Association for Protection of Children's Rights", OrganizationClassification.ASSOCIATION, "VN",
                CRNET_SOURCE)
            .addAcronyms("VACR")
            .addAlternateNames(en("Vietnam Association for the Protection of Children's Rights"))
            .addSources(DIALOGUE_SOURCE_VI)
            .themes(Codes.of(Theme.CHILD_RIGHTS_GOVERNANCE, Theme.CIVIL_SOCIETY_STRENGTHENING))
            .build(),
        organization("seed:childfund-vn", "Tổ chức ChildFund tại Việt Nam", "ChildFund in Viet Nam",
                OrganizationClassification.INTERNATIONAL_NGO, "VN", TRAINING_SOURCE)
            .addAlternateNames(en("Child Fund"))
            .addSources(DIALOGUE_SOURCE_EN)
            .build(),
        organization("seed:srsg-vac",
                "Văn phòng Đại diện đặc biệt Tổng thư ký Liên Hiệp Quốc về phòng chống bạo lực trẻ em",
                "Office of the Special Representative of the UN Secretary-General on Violence against Children",
                OrganizationClassification.INTERGOVERNMENTAL, null, DIALOGUE_SOURCE_EN)
            .addAcronyms("SRSG on VAC")
            .addAreasServed("global")
            .build(),
        organization("seed:molisa", "Bộ Lao động – Thương binh và Xã hội",
                "Ministry of Labour, Invalids and Social Affairs", OrganizationClassification.GOVERNMENT, "VN",
                TRAINING_SOURCE)
            .addAcronyms("MOLISA")
            .addAlternateNames(vi("Bộ LĐTBXH"), vi("Bộ LĐ-TB&XH"))
            .addSources(ECD_SOURCE)
            .build(),
        organization("seed:molisa-dc", "Cục Trẻ em", "Department of Children", OrganizationClassification.GOVERNMENT,
                "VN", TRAINING_SOURCE)
            .parent(Id.of("seed:molisa"))
            .build(),
        organization("seed:mic", "Bộ Thông tin và Truyền thông", "Ministry of Information and Communications",
                OrganizationClassification.GOVERNMENT, "VN", TRAINING_SOURCE)
            .addAcronyms("MIC")
            .build(),
        organization("seed:mic-ais", "Cục An toàn thông tin", "Authority of Information Security",
                OrganizationClassification.GOVERNMENT, "VN", TRAINING_SOURCE)
            .parent(Id.of("seed:mic"))
            .build(),
        organization("seed:mic-abei", "Cục Phát thanh, truyền hình và thông tin điện tử",
                "Authority of Broadcasting and Electronic Information", OrganizationClassification.GOVERNMENT, "VN",
                TRAINING_SOURCE)
            .parent(Id.of("seed:mic"))
            .build(),
        organization("seed:mps", "Bộ Công an", "Ministry of Public Security", OrganizationClassification.GOVERNMENT,
                "VN", TRAINING_SOURCE)
            .build(),
        organization("seed:mps-cyber", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
                "Department of Cyber Security and High-Tech Crime Prevention", OrganizationClassification.GOVERNMENT,
                "VN", TRAINING_SOURCE)
            .parent(Id.of("seed:mps"))
            .build(),
        organization("seed:vnisa", "Hiệp hội an toàn thông tin Việt Nam", "Vietnam Information Security Association",
                OrganizationClassification.ASSOCIATION, "VN", TRAINING_SOURCE)
            .addAcronyms("VNISA")
            .themes(Codes.of(Theme.ONLINE_SAFETY))
            .build());
  }

  private static List<Network> networks() {
    Network crwg =
        Network.builder()
            .id(Id.of("seed:crwg"))
            .name(text("Nhóm Công tác về quyền trẻ em", "Child Rights Working Group"))
            .addAcronyms("CRWG")
            .addAlternateNames(
                text("CRGW", "CRGW"), en("Child Right Working Group"), en("Children's Rights Working Group"))
            .country("VN")
            .addMemberships(
                membership("seed:vacr", MembershipRole.CHAIR, PartialDate.of(2022, 11, 10)),
                membership("seed:childfund-vn", MembershipRole.CO_CHAIR, PartialDate.of(2022, 11, 10)),
                membership("seed:sos-vn", MembershipRole.MEMBER, PartialDate.of(2022, 11, 10)))
            .addSources(DIALOGUE_SOURCE_VI, DIALOGUE_SOURCE_EN)
            .build();
    Network crnet =
        Network.builder()
            .id(Id.of("seed:crnet"))
            .name(text("Mạng bảo vệ quyền trẻ em", "Child Rights Network"))
            .addAcronyms("CRnet")
            .addAlternateNames(vi("Mạng lưới quyền trẻ em Việt Nam"))
            .country("VN")
            .addAreasServed("VN")
            .founded(PartialDate.ofYear(2013))
            .host(Id.of("seed:vacr"))
            .purpose(
                vi("Mạng lưới hoạt động tự nguyện để kết nối giữa các tổ chức xã hội, xã hội nghề nghiệp; các tổ"
                    + " chức phi chính phủ nước ngoài tại Việt Nam; các cá nhân đang hoạt động trong lĩnh vực trẻ em"
                    + " hoặc quan tâm, mong muốn đóng góp vì mục đích làm cho trẻ em được hưởng các quyền cơ bản"
                    + " theo pháp luật Việt Nam và Công ước quốc tế về Quyền trẻ em."))
            .addFunctions(
                vi("Vận động, xây dựng và phát triển CRnet."),
                vi("Hợp tác liên kết với các tổ chức trong và ngoài CRnet."),
                vi("Tăng cường chia sẻ thông tin, kinh nghiệm giữa các tổ chức thành viên CRnet và các tổ chức"
                    + " khác có liên quan đến vận động chính sách để thúc đẩy thực hiện quyền trẻ em."),
                vi("Truyền thông chủ trương, chính sách bảo vệ, chăm sóc và giáo dục trẻ em của Đảng và Nhà nước."),
                vi("Tổ chức diễn đàn tham vấn chính sách định kỳ hàng năm giữa các thành viên CRnet/NGOs nhằm giúp"
                    + " nhau nâng cao năng lực, đặc biệt là năng lực vận động chính sách."))
            .addMemberships(
                Membership.builder()
                    .member(Id.of("seed:vacr"))
                    .role(Code.of(MembershipRole.COORDINATOR))
                    .title(text("Trưởng ban điều phối", "Head of the Coordination Board"))
                    .note(
                        text(
                            "Chủ tịch Hội Bảo vệ quyền trẻ em Việt Nam là Trưởng ban điều phối của mạng CRnet.",
                            "The President of VACR is ex officio Head of CRnet's Coordination Board."))
                    .build())
            .memberCount(
                Count.builder()
                    .value(58)
                    .qualifier(Code.of(CountQualifier.MORE_THAN))
                    .build())
            .addGoverningDocuments(
                GoverningDocument.builder()
                    .title(
                        text(
                            "Quy chế tổ chức và hoạt động của mạng CRnet",
                            "Regulation on the organization and operation of CRnet"))
                    .adoptedOn(PartialDate.of(2020, 8, 26))
                    .adoptedBy(Id.of("seed:vacr"))
                    .addLegalBasis(
                        LegalReference.builder()
                            .instrument(text("Luật Trẻ em", "Law on Children"))
                            .identifier("102/2016/QH13")
                            .article("92")
                            .clause("4")
                            .text(
                                vi("Hội Bảo vệ quyền trẻ em Việt Nam có trách nhiệm tổ chức việc kết nối, thu thập"
                                    + " thông tin, kiến nghị của các tổ chức xã hội và của trẻ em chuyển đến các cơ"
                                    + " quan nhà nước để góp ý, tư vấn cho việc xây dựng và thực hiện chính sách,"
                                    + " pháp luật về quyền trẻ em"))
                            .build())
                    .build())
            .themes(Codes.of(Theme.CHILD_RIGHTS_GOVERNANCE, Theme.CHILD_PARTICIPATION))
            .addSources(CRNET_SOURCE)
            .build();
    return List.of(crwg, crnet);
  }

  private static List<Person> persons() {
    return List.of(
        Person.builder()
            .id(Id.of("seed:najat-maalla-mjid"))
            .name("Najat Maalla M’jid")
            .honorificPrefix(text("Tiến sĩ", "Dr."))
            .addAlternateNames("Najat Maalla M’Jid")
            .addPositions(
                Position.builder()
                    .title(
                        text(
                            "Đại diện đặc biệt Tổng thư ký Liên Hiệp Quốc về phòng chống bạo lực trẻ em",
                            "Special Representative of the UN Secretary-General on Violence against Children"))
                    .organization(Id.of("seed:srsg-vac"))
                    .asOf(PartialDate.ofYear(2022))
                    .build())
            .addSources(DIALOGUE_SOURCE_VI, DIALOGUE_SOURCE_EN)
            .build(),
        Person.builder()
            .id(Id.of("seed:dang-hoa-nam"))
            .name("Đặng Hoa Nam")
            .addPositions(
                Position.builder()
                    .title(text("Cục trưởng Cục Trẻ em", "Director General of the Department of Children"))
                    .organization(Id.of("seed:molisa-dc"))
                    .asOf(PartialDate.of(2023, 5, 18))
                    .build())
            .addSources(TRAINING_SOURCE)
            .build(),
        Person.builder()
            .id(Id.of("seed:le-van-thanh"))
            .name("Lê Văn Thanh")
            .addPositions(
                Position.builder()
                    .title(text("Thứ trưởng Bộ LĐ-TB&XH", "Deputy Minister of Labour, Invalids and Social Affairs"))
                    .organization(Id.of("seed:molisa"))
                    .asOf(PartialDate.ofYear(2019))
                    .build())
            .addSources(ECD_SOURCE)
            .build());
  }

  private static List<Event> events() {
    Event summit =
        Event.builder()
            .id(Id.of("seed:summit-2018"))
            .kind(Code.of(EventKind.SUMMIT))
            .title(
                text(
                    "Hội nghị thượng đỉnh lãnh đạo xã hội toàn cầu về bảo vệ trẻ em",
                    "Global Social Leaders Summit on Child Protection"))
            .status(Code.of(EventStatus.HELD))
            .period(Period.of(PartialDate.of(2018, 3, 18)))
            .location(Place.builder().locality(text("Bắc Kinh", "Beijing")).country("CN").build())
            .addParticipants(
                Participation.of(Id.of("seed:bclrc"), ParticipationRole.ORGANIZER),
                Participation.of(Id.of("seed:alibaba"), ParticipationRole.ORGANIZER),
                Participation.of(Id.of("seed:cnie"), ParticipationRole.SUPPORTER),
                Participation.of(Id.of("seed:cscl-exchange-center"), ParticipationRole.SUPPORTER))
            .attendance(
                Attendance.builder()
                    .countries(Count.of(20))
                    .note(
                        text(
                            "Đại diện các tổ chức xã hội về bảo vệ và chăm sóc trẻ em từ 20 quốc gia của Châu Á,"
                                + " Châu Phi và Châu Âu.",
                            "Representatives of civil society organizations for child care and protection from 20"
                                + " countries of Asia, Africa and Europe."))
                    .build())
            .coverage(List.of("global"))
            .themes(Codes.of(Theme.CIVIL_SOCIETY_STRENGTHENING, Theme.PRIVATE_SECTOR_ENGAGEMENT))
            .addSources(SUMMIT_SOURCE)
            .build();
    Event dialogue =
        Event.builder()
            .id(Id.of("seed:roundtable-2022"))
            .kind(Code.of(EventKind.ROUNDTABLE_DIALOGUE))
            .title(
                text(
                    "Đối thoại bàn tròn với Đại diện đặc biệt Tổng thư ký Liên Hiệp Quốc về phòng chống bạo lực trẻ em",
                    "Roundtable Dialogue with the Special Representative of the UN Secretary-General on Violence"
                        + " against Children"))
            .status(Code.of(EventStatus.HELD))
            .period(Period.of(PartialDate.of(2022, 11, 10).withQualifier(PartialDate.Qualifier.UNCERTAIN)))
            .location(
                Place.builder()
                    .name(text("Tòa nhà Xanh Liên Hiệp Quốc", "Green One UN House"))
                    .locality(text("Hà Nội", "Hanoi"))
                    .subdivision("VN-HN")
                    .country("VN")
                    .build())
            .attendanceMode(Code.of(AttendanceMode.IN_PERSON))
            .addParticipants(
                Participation.of(Id.of("seed:najat-maalla-mjid"), ParticipationRole.GUEST_OF_HONOUR),
                Participation.builder()
                    .actor(Id.of("seed:vacr"))
                    .role(Code.of(ParticipationRole.SPEAKER))
                    .onBehalfOf(Id.of("seed:crwg"))
                    .build(),
                Participation.builder()
                    .actor(Id.of("seed:childfund-vn"))
                    .role(Code.of(ParticipationRole.SPEAKER))
                    .onBehalfOf(Id.of("seed:crwg"))
                    .build(),
                Participation.of(Id.of("seed:sos-vn"), ParticipationRole.PARTICIPANT),
                Participation.of(Id.of("seed:crwg"), ParticipationRole.PARTICIPANT))
            .addObjectives(
                text(
                    "Chia sẻ các mô hình điển hình, thuận lợi và thách thức trong việc thực hiện, áp dụng và nhân"
                        + " rộng mô hình nhằm đảm bảo tốt nhất quyền của trẻ và sự an toàn cho trẻ.",
                    "Share typical models, advantages and challenges in implementing, applying and replicating"
                        + " them to ensure children's rights and keep all children safe in all settings."))
            .coverage(List.of("VN"))
            .themes(Codes.of(Theme.VIOLENCE_AGAINST_CHILDREN, Theme.MENTAL_HEALTH, Theme.CLIMATE_AND_ENVIRONMENT))
            .sdgTargets(List.of("16.2"))
            .addSources(DIALOGUE_SOURCE_VI, DIALOGUE_SOURCE_EN)
            .build();
    Event governmentMeeting =
        Event.builder()
            .id(Id.of("seed:srsg-government-meeting-2022"))
            .kind(Code.of(EventKind.MEETING))
            .title(
                text(
                    "Phiên gặp gỡ của Tiến sĩ Najat với cơ quan chính phủ và nhà hoạch định chính sách",
                    "Dr. Najat's meeting with government agencies and national policy makers"))
            .status(Code.of(EventStatus.PLANNED))
            .addRelatedEvents(RelatedEvent.of(Id.of("seed:roundtable-2022"), EventRelation.FOLLOWS_UP))
            .addParticipants(Participation.of(Id.of("seed:najat-maalla-mjid"), ParticipationRole.GUEST_OF_HONOUR))
            .addSources(DIALOGUE_SOURCE_VI, DIALOGUE_SOURCE_EN)
            .build();
    Event training =
        Event.builder()
            .id(Id.of("seed:training-2023"))
            .kind(Code.of(EventKind.TRAINING_WORKSHOP))
            .title(
                text(
                    "Hội nghị tập huấn Tháng hành động vì trẻ em năm 2023",
                    "Training conference on the 2023 Action Month for Children"))
            .status(Code.of(EventStatus.HELD))
            .period(Period.of(PartialDate.of(2023, 5, 18)))
            .location(Place.builder().locality(text("Hà Nội", "Hanoi")).subdivision("VN-HN").country("VN").build())
            .addRelatedEvents(RelatedEvent.of(Id.of("seed:action-month-2023"), EventRelation.PREPARES))
            .addParticipants(
                Participation.of(Id.of("seed:molisa-dc"), ParticipationRole.ORGANIZER),
                Participation.of(Id.of("seed:childfund-vn"), ParticipationRole.CO_ORGANIZER),
                Participation.of(Id.of("seed:dang-hoa-nam"), ParticipationRole.SPEAKER),
                Participation.of(Id.of("seed:mic-ais"), ParticipationRole.PARTICIPANT),
                Participation.of(Id.of("seed:mps-cyber"), ParticipationRole.PARTICIPANT),
                Participation.of(Id.of("seed:mic-abei"), ParticipationRole.PARTICIPANT),
                Participation.of(Id.of("seed:vnisa"), ParticipationRole.PARTICIPANT))
            .attendance(
                Attendance.builder()
                    .total(Count.of(50))
                    .addBreakdown(
                        AttendanceGroup.of(AttendanceCategory.JOURNALISTS, Count.of(40, CountQualifier.APPROXIMATELY)))
                    .note(
                        text(
                            "50 đại biểu gồm lãnh đạo, chuyên viên các cơ quan, tổ chức và gần 40 phóng viên, báo chí.",
                            "50 delegates, leaders and officers of agencies and organizations, and nearly 40"
                                + " journalists."))
                    .build())
            .themes(Codes.of(Theme.ONLINE_SAFETY, Theme.INJURY_PREVENTION, Theme.CHILD_PARTICIPATION))
            .addSources(TRAINING_SOURCE)
            .build();
    Event actionMonth =
        Event.builder()
            .id(Id.of("seed:action-month-2023"))
            .kind(Code.of(EventKind.CAMPAIGN))
            .title(text("Tháng hành động vì trẻ em năm 2023", "Action Month for Children 2023"))
            .status(Code.of(EventStatus.PLANNED))
            .period(Period.of(PartialDate.ofMonth(2023, 6)))
            .edition("2023")
            .addParticipants(Participation.of(Id.of("seed:molisa-dc"), ParticipationRole.ORGANIZER))
            .addObjectives(
                vi("Xây dựng môi trường sống an toàn, thân thiện, lành mạnh để thực hiện đầy đủ quyền trẻ em, bảo"
                    + " đảm trẻ em được phát triển toàn diện."),
                vi("Nâng cao nhận thức và ý thức trách nhiệm của các cơ quan, tổ chức, cá nhân có thẩm quyền trong"
                    + " việc giải quyết các vấn đề về trẻ em."),
                vi("Thực hiện hiệu quả chính sách, pháp luật về bảo vệ, chăm sóc, giáo dục trẻ em."),
                vi("Phòng ngừa, giảm thiểu các nguy cơ trẻ em bị xâm hại, tai nạn thương tích trẻ em nhất là đuối"
                    + " nước, tai nạn giao thông."),
                vi("Vận động nguồn lực để mọi trẻ em có một mùa hè an toàn, lành mạnh."))
            .slogan(text("Chung tay giảm thiểu tổn hại trẻ em", "Join hands to reduce harm to children"))
            .keyMessages(
                List.of(
                    vi("Chung tay xây dựng môi trường sống an toàn, thân thiện, lành mạnh cho mọi trẻ em."),
                    vi("Phòng, chống tai nạn, thương tích cho trẻ em là bảo đảm quyền được sống của trẻ em."),
                    vi("Hãy cho trẻ em học bơi, học kỹ năng an toàn trong môi trường nước."),
                    vi("Gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em số 111 để thông báo mọi hành vi xâm hại trẻ em."),
                    vi("Lắng nghe trẻ em bằng trái tim, bảo vệ trẻ em bằng hành động."),
                    vi("Gia đình, nhà trường cùng đồng hành để trẻ em được an toàn trên môi trường mạng."),
                    vi("Không gian mạng an toàn, công dân số tương lai."),
                    vi("Roi vọt không làm trẻ nên người, yêu thương mạnh hơn lời quát mắng."),
                    vi("Pháp luật nghiêm trị mọi hành vi bạo lực, xâm hại trẻ em.")))
            .plannedActivities(
                List.of(
                    vi("Xây dựng kế hoạch phối hợp tổ chức các hoạt động trong Tháng hành động vì trẻ em năm 2023."),
                    vi("Tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2023 từ cuối tháng 5 hoặc ngày 01/6/2023."),
                    vi("Tổ chức các hoạt động truyền thông trong Tháng hành động vì trẻ em."),
                    vi("Triển khai các giải pháp, mô hình hoạt động về xây dựng môi trường sống an toàn, thân thiện,"
                        + " lành mạnh cho trẻ em."),
                    vi("Vận động các doanh nghiệp, tổ chức, cá nhân ủng hộ, hỗ trợ trẻ em là nạn nhân của xâm hại,"
                        + " bạo lực; thăm, tặng quà, trao học bổng và hỗ trợ khám, chữa bệnh cho trẻ em nghèo, trẻ em"
                        + " dân tộc thiểu số, trẻ em có hoàn cảnh đặc biệt, trẻ em mồ côi...; hỗ trợ các mô hình hoạt"
                        + " động bảo vệ trẻ em, phòng, chống tai nạn, thương tích trẻ em, thúc đẩy quyền tham gia của"
                        + " trẻ em; xây dựng các công trình, trường, lớp học, nhà bán trú, điểm vui chơi, giải trí cho"
                        + " trẻ em.")))
            .addContactPoints(
                ContactPoint.builder()
                    .kind(Code.of(ContactKind.HOTLINE))
                    .value("111")
                    .country("VN")
                    .label(text("Tổng đài điện thoại quốc gia bảo vệ trẻ em", "National child protection hotline"))
                    .build())
            .addTargetGroups(TargetGroup.of(TargetGroupKind.ALL_CHILDREN), TargetGroup.of(TargetGroupKind.PARENTS_AND_CAREGIVERS))
            .coverage(List.of("VN"))
            .themes(
                Codes.of(
                    Theme.VIOLENCE_AGAINST_CHILDREN,
                    Theme.INJURY_PREVENTION,
                    Theme.ONLINE_SAFETY,
                    Theme.CHILD_PARTICIPATION))
            .addSources(TRAINING_SOURCE)
            .build();
    Event launch =
        Event.builder()
            .id(Id.of("seed:action-month-2023-launch"))
            .kind(Code.of(EventKind.LAUNCH_CEREMONY))
            .title(
                text(
                    "Lễ phát động Tháng hành động vì trẻ em năm 2023",
                    "Launch ceremony of the 2023 Action Month for Children"))
            .status(Code.of(EventStatus.PLANNED))
            .period(Period.of(PartialDate.ofMonth(2023, 5), PartialDate.of(2023, 6, 1)))
            .partOf(Id.of("seed:action-month-2023"))
            .addSources(TRAINING_SOURCE)
            .build();
    Event ecdConference =
        Event.builder()
            .id(Id.of("seed:ecd-conference-2019"))
            .kind(Code.of(EventKind.CONFERENCE))
            .title(
                text(
                    "Hội nghị Phát triển trẻ em khu vực châu Á – Thái Bình Dương năm 2019",
                    "Asia-Pacific Regional Early Childhood Development Conference 2019"))
            .status(Code.of(EventStatus.HELD))
            .period(Period.of(PartialDate.ofYear(2019)))
            .location(Place.builder().locality(text("Hà Nội", "Hanoi")).country("VN").build())
            .addParticipants(Participation.of(Id.of("seed:le-van-thanh"), ParticipationRole.SPEAKER))
            .attendance(
                Attendance.builder()
                    .total(Count.of(500, CountQualifier.MORE_THAN))
                    .countries(Count.of(35))
                    .organizations(Count.of(44))
                    .addBreakdown(
                        AttendanceGroup.of(AttendanceCategory.DELEGATES, Count.of(500, CountQualifier.MORE_THAN)),
                        AttendanceGroup.builder().category(Code.of(AttendanceCategory.PARLIAMENTARIANS)).build(),
                        AttendanceGroup.builder().category(Code.of(AttendanceCategory.GOVERNMENT_OFFICIALS)).build(),
                        AttendanceGroup.builder().category(Code.of(AttendanceCategory.EXPERTS)).build(),
                        AttendanceGroup.builder().category(Code.of(AttendanceCategory.CHILDREN)).build())
                    .note(
                        text(
                            "Hơn 500 đại biểu đến từ 35 quốc gia và vùng lãnh thổ, 44 tổ chức quốc tế; các nghị sĩ,"
                                + " bộ trưởng, thứ trưởng, đại diện các chính phủ, tổ chức, chuyên gia; với sự chứng"
                                + " kiến của trẻ em.",
                            "More than 500 delegates from 35 countries and territories and 44 international"
                                + " organizations: parliamentarians, ministers, deputy ministers, government"
                                + " representatives, organizations and experts, witnessed by children."))
                    .build())
            .addTargetGroups(TargetGroup.builder().group(Code.of(TargetGroupKind.EARLY_CHILDHOOD)).build())
            .coverage(List.of("142", "009"))
            .themes(Codes.of(Theme.EARLY_CHILDHOOD_DEVELOPMENT))
            .addSources(ECD_SOURCE)
            .build();
    Event highLevelSession =
        Event.builder()
            .id(Id.of("seed:ecd-conference-2019-high-level"))
            .kind(Code.of(EventKind.SESSION))
            .title(text("Phiên cấp cao", "High-level session"))
            .status(Code.of(EventStatus.HELD))
            .period(Period.of(PartialDate.ofYear(2019)))
            .partOf(Id.of("seed:ecd-conference-2019"))
            .description(
                text(
                    "Các nghị sĩ, đại biểu Quốc hội, các bộ trưởng, thứ trưởng thảo luận, chia sẻ kinh nghiệm về"
                        + " thực hiện phát triển toàn diện trẻ thơ; sau phiên này là 11 phiên thảo luận chủ đề nhánh.",
                    "Parliamentarians, ministers and deputy ministers shared experience of comprehensive early"
                        + " childhood development; 11 thematic sessions followed."))
            .addSources(ECD_SOURCE)
            .build();
    Event crnetForum =
        Event.builder()
            .id(Id.of("seed:csos-forum-2015"))
            .kind(Code.of(EventKind.FORUM))
            .title(text("Diễn đàn các tổ chức xã hội năm 2015", "Civil society organizations forum 2015"))
            .status(Code.of(EventStatus.HELD))
            .period(Period.of(PartialDate.ofYear(2015)))
            .addSources(CRNET_SOURCE)
            .build();
    Event policyForums =
        Event.builder()
            .id(Id.of("seed:crnet-policy-forum"))
            .kind(Code.of(EventKind.SERIES))
            .title(
                text(
                    "Diễn đàn tham vấn chính sách định kỳ hàng năm giữa các thành viên CRnet/NGOs",
                    "Annual policy consultation forum of CRnet members and NGOs"))
            .recurrence(Code.of(Recurrence.ANNUAL))
            .addParticipants(Participation.of(Id.of("seed:crnet"), ParticipationRole.ORGANIZER))
            .addSources(CRNET_SOURCE)
            .build();
    return List.of(
        summit, dialogue, governmentMeeting, training, actionMonth, launch, ecdConference, highLevelSession,
        crnetForum, policyForums);
  }

  private static List<Declaration> declarations() {
    Declaration summitDeclaration =
        Declaration.builder()
            .id(Id.of("seed:summit-2018-declaration"))
            .kind(Code.of(DeclarationKind.DECLARATION))
            .title(
                text(
                    "Tuyên bố của Hội nghị thượng đỉnh toàn cầu về bảo vệ trẻ em",
                    "Declaration of the Global Summit on Child Protection"))
            .adoptedAt(Id.of("seed:summit-2018"))
            .adoptedOn(PartialDate.of(2018, 3, 18))
            .addEndorsedBy(Party.ofGroup(PartyGroup.PARTICIPANTS))
            .preamble(vi("Sau đây chúng tôi xin thông báo rằng chúng tôi đã đạt được sự đồng thuận trong các vấn đề sau:"))
            .addArticles(
                article("1",
                    "Chăm sóc và bảo vệ trẻ em nên là mối quan tâm hàng đầu của cộng đồng quốc tế.",
                    "Child care and protection should be a top concern of the international community.",
                    "Xã hội ngày nay đối diện với rất nhiều thách thức. Trẻ em không chỉ là những nạn nhân của các"
                        + " thách thức này, mà còn là niềm hy vọng và nguồn lực để giải quyết các vấn đề trong tương"
                        + " lai. Do đó, chúng tôi tin rằng để thực hiện đầy đủ Công ước Quốc tế về Quyền trẻ em và"
                        + " giải quyết những thách thức chung mà con người đang phải đối mặt, cộng đồng quốc tế nên"
                        + " chú trọng hơn nữa đến việc chăm sóc và bảo vệ trẻ em."),
                article("2",
                    "Các tổ chức xã hội nên đóng vai trò chủ động hơn nữa trong hoạt động chăm sóc và bảo vệ trẻ em.",
                    "Civil society organizations should play a more active role in child care and protection.",
                    "Với sự phát triển nhanh chóng của xã hội hiện nay cùng với những thách thức mà nó mang lại,"
                        + " những nỗ lực toàn cầu vì trẻ em của các tổ chức xã hội lại đang bị giảm sút; đặc biệt ở"
                        + " các nước đang phát triển, nơi mà các tổ chức phải đối mặt với các hạn chế về chính sách,"
                        + " tài chính, năng lực, cũng như nhận thức. Vì vậy, để tạo nền móng cho sự phát triển bền"
                        + " vững của tất cả các quốc gia, chúng tôi tin rằng cộng đồng quốc tế nên quan tâm nhiều hơn"
                        + " và tăng cường hỗ trợ cho các tổ chức xã hội trong nước về chăm sóc và bảo vệ trẻ em, đặc"
                        + " biệt là tại các nước đang phát triển."),
                article("3",
                    "Tăng cường sự hợp tác giữa các tổ chức xã hội và khu vực tư nhân nên là mục tiêu hàng đầu trong"
                        + " chương trình chăm sóc và bảo vệ trẻ em.",
                    "Stronger cooperation between civil society organizations and the private sector should be a"
                        + " leading goal of child care and protection.",
                    "Các doanh nghiệp ngày nay có một vai trò then chốt trong sự tồn tại và phát triển của trẻ em."
                        + " Chúng tôi hoàn toàn ý thức được rằng, trong kỷ nguyên Internet, việc tận dụng tối đa các"
                        + " nguồn lực của các công ty công nghệ trong việc chăm sóc và bảo vệ trẻ em là vô cùng quan"
                        + " trọng. Chúng tôi dự đoán sẽ có sự hợp tác chặt chẽ hơn giữa các tổ chức xã hội dân sự và"
                        + " khu vực tư nhân nhằm phát huy hết tiềm năng của các bên, từ đó có những đóng góp lớn hơn"
                        + " cho phúc lợi của trẻ em trên toàn cầu."),
                article("4",
                    "Xây dựng một cộng đồng hợp tác quốc tế về bảo vệ trẻ em.",
                    "Build an international community of cooperation for child protection.",
                    "Chúng tôi nhận thấy rằng còn thiếu hụt các hoạt động hợp tác và truyền thông ở cấp độ khu vực"
                        + " và quốc tế trong lĩnh vực chăm sóc và bảo vệ trẻ em. Ngoài ra, các nền văn hoá nhất định"
                        + " cũng như những thách thức và kinh nghiệm độc đáo ở các nước đang phát triển có xu hướng"
                        + " bị lãng quên. Hội nghị thượng đỉnh là một thời điểm lịch sử để thúc đẩy việc chăm sóc và"
                        + " bảo vệ trẻ em toàn cầu, đặc biệt là ở các nước đang phát triển. Chúng tôi sẽ nhân cơ hội"
                        + " này để trao đổi thông tin và nguồn lực, cũng như chia sẻ kinh nghiệm và thảo luận về các"
                        + " câu hỏi và mối quan tâm. Chúng tôi sẽ làm việc cùng nhau để xây dựng một nền tảng toàn"
                        + " cầu năng động để bảo vệ trẻ em, đặt nền móng cho nền văn hoá hòa bình và thân thiện và"
                        + " cho một tương lai chung của nhân loại."))
            .coverage(List.of("global"))
            .themes(Codes.of(Theme.CIVIL_SOCIETY_STRENGTHENING, Theme.PRIVATE_SECTOR_ENGAGEMENT))
            .addSources(SUMMIT_SOURCE)
            .build();
    Declaration hanoiCall =
        Declaration.builder()
            .id(Id.of("seed:hanoi-call-to-action-2019"))
            .kind(Code.of(DeclarationKind.CALL_TO_ACTION))
            .title(
                text(
                    "Lời kêu gọi hành động Hà Nội về thực hiện phát triển toàn diện trẻ thơ",
                    "Hanoi Call to Action on comprehensive early childhood development"))
            .adoptedAt(Id.of("seed:ecd-conference-2019"))
            .adoptedOn(PartialDate.ofYear(2019))
            .addEndorsedBy(Party.ofGroup(PartyGroup.PARTICIPANTS))
            .description(
                text(
                    "Lời kêu gọi hành động đầu tiên trong khu vực được cùng nhau xây dựng và thống nhất, với sự chứng"
                        + " kiến của trẻ em; được chọn như sự ưu tiên về những giải pháp và hành động cần thúc đẩy.",
                    "The region's first call to action built and agreed together, witnessed by children; chosen"
                        + " as the priority solutions and actions to promote."))
            .addTargetGroups(TargetGroup.of(TargetGroupKind.EARLY_CHILDHOOD))
            .coverage(List.of("142", "009"))
            .themes(Codes.of(Theme.EARLY_CHILDHOOD_DEVELOPMENT))
            .addSources(ECD_SOURCE)
            .build();
    return List.of(summitDeclaration, hanoiCall);
  }

  private static List<Recommendation> recommendations() {
    Party nam = Party.ofActor(Id.of("seed:dang-hoa-nam"));
    return List.of(
        Recommendation.builder()
            .id(Id.of("seed:summit-2018-support-csos"))
            .text(
                vi("Cộng đồng quốc tế nên quan tâm nhiều hơn và tăng cường hỗ trợ cho các tổ chức xã hội trong"
                    + " nước về chăm sóc và bảo vệ trẻ em, đặc biệt là tại các nước đang phát triển."))
            .addMadeBy(Party.ofGroup(PartyGroup.PARTICIPANTS))
            .addAddressees(Party.ofGroup(PartyGroup.INTERNATIONAL_COMMUNITY))
            .madeAt(Id.of("seed:summit-2018"))
            .declaration(Id.of("seed:summit-2018-declaration"))
            .article("2")
            .issuedOn(PartialDate.of(2018, 3, 18))
            .themes(Codes.of(Theme.CIVIL_SOCIETY_STRENGTHENING))
            .addSources(SUMMIT_SOURCE)
            .build(),
        Recommendation.builder()
            .id(Id.of("seed:training-2023-localities"))
            .text(
                text(
                    "Các địa phương cần đầu tư các nguồn lực để thực hiện công tác phòng ngừa tai nạn thương tích"
                        + " trẻ em và phòng chống xâm hại trẻ em, phân bổ ngân sách địa phương dành cho công tác bảo"
                        + " vệ trẻ em.",
                    "Localities should invest resources in preventing injuries to children and child abuse, and"
                        + " allocate local budgets to child protection."))
            .addMadeBy(nam)
            .addAddressees(
                Party.builder()
                    .group(Code.of(PartyGroup.LOCAL_GOVERNMENT))
                    .label(text("Các địa phương", "Localities"))
                    .build())
            .madeAt(Id.of("seed:training-2023"))
            .issuedOn(PartialDate.of(2023, 5, 18))
            .coverage(List.of("VN"))
            .themes(Codes.of(Theme.INJURY_PREVENTION, Theme.VIOLENCE_AGAINST_CHILDREN))
            .addSources(TRAINING_SOURCE)
            .build(),
        Recommendation.builder()
            .id(Id.of("seed:training-2023-parents"))
            .text(
                text(
                    "Các bậc cha mẹ cần thực hiện tốt trách nhiệm bảo vệ trẻ em, tạo môi trường sống an toàn, thân"
                        + " thiện, lành mạnh, đồng thời học tập, tìm hiểu những kiến thức, kỹ năng bảo vệ trẻ em,"
                        + " chăm sóc, giáo dục cho con em mình tại các website chính thống của các cơ quan Nhà nước và"
                        + " các tổ chức đáng tin cậy.",
                    "Parents should fulfil their responsibility to protect children, create a safe, friendly and"
                        + " healthy environment, and learn child protection, care and education skills from official"
                        + " websites of state agencies and trusted organizations."))
            .addMadeBy(nam)
            .addAddressees(
                Party.builder()
                    .group(Code.of(PartyGroup.PARENTS_AND_CAREGIVERS))
                    .label(text("Các bậc cha mẹ", "Parents"))
                    .build())
            .madeAt(Id.of("seed:training-2023"))
            .issuedOn(PartialDate.of(2023, 5, 18))
            .addTargetGroups(TargetGroup.of(TargetGroupKind.PARENTS_AND_CAREGIVERS))
            .coverage(List.of("VN"))
            .themes(Codes.of(Theme.INJURY_PREVENTION, Theme.VIOLENCE_AGAINST_CHILDREN))
            .addSources(TRAINING_SOURCE)
            .build());
  }

  private static List<Commitment> commitments() {
    String[][] texts = {
      {"Hợp tác chặt chẽ với các bộ, ngành, địa phương, các tổ chức để tiếp tục thúc đẩy việc thực hiện Lời kêu"
          + " gọi hành động Hà Nội.",
       "Work closely with ministries, sectors, localities and organizations to keep implementing the Hanoi Call"
          + " to Action."},
      {"Tập trung thúc đẩy phối hợp liên ngành.", "Promote inter-sectoral coordination."},
      {"Tiếp tục rà soát và sửa đổi, bổ sung các chính sách liên quan đến việc hỗ trợ gia đình và trẻ em, ưu tiên"
          + " các chính sách thúc đẩy phát triển toàn diện trẻ em trong những năm đầu đời.",
       "Keep reviewing and amending policies supporting families and children, giving priority to policies for"
          + " comprehensive development in the early years."},
      {"Phát triển chương trình tư vấn, giáo dục làm cha mẹ về phát triển toàn diện trẻ em những năm đầu đời.",
       "Develop counselling and parenting education programmes on comprehensive development in the early years."},
      {"Quan tâm đến những giải pháp để hạn chế tối đa các ảnh hưởng tiêu cực đến phát triển trẻ thơ như ô nhiễm"
          + " môi trường, biến đổi khí hậu, di cư, bất bình đẳng của trẻ em ở các vùng khó khăn.",
       "Seek solutions that minimize harm to early childhood development from pollution, climate change,"
          + " migration and the inequality of children in disadvantaged areas."},
    };
    Commitment.Builder[] builders = new Commitment.Builder[texts.length];
    for (int i = 0; i < texts.length; i++) {
      builders[i] = Commitment.builder();
      builders[i]
          .id(Id.of("seed:molisa-hanoi-call-" + (i + 1)))
          .text(text(texts[i][0], texts[i][1]))
          .addCommittedBy(Party.ofActor(Id.of("seed:molisa")))
          .addRespondsTo(Id.of("seed:hanoi-call-to-action-2019"))
          .madeAt(Id.of("seed:ecd-conference-2019"))
          .madeOn(PartialDate.ofYear(2019))
          .coverage(List.of("VN"))
          .themes(Codes.of(Theme.EARLY_CHILDHOOD_DEVELOPMENT))
          .addSources(ECD_SOURCE);
    }
    builders[4].themes(Codes.of(Theme.EARLY_CHILDHOOD_DEVELOPMENT, Theme.CLIMATE_AND_ENVIRONMENT));
    return Arrays.stream(builders).map(Commitment.Builder::build).collect(Collectors.toList());
  }

  private static Organization.Builder organization(
      String id, String vi, String en, OrganizationClassification classification, @Nullable String country, Source source) {
    Organization.Builder builder =
        Organization.builder()
            .id(Id.of(id))
            .name(text(vi, en))
            .classification(Code.of(classification))
            .addSources(source);
    if (country != null) {
      builder.country(country);
    }
    return builder;
  }

  private static Membership membership(String member, MembershipRole role, PartialDate asOf) {
    return Membership.builder().member(Id.of(member)).role(Code.of(role)).asOf(asOf).build();
  }

  private static Article article(String number, String titleVi, String titleEn, String body) {
    return Article.builder()
        .number(number)
        .title(text(titleVi, titleEn))
        .text(vi(titleVi + " " + body))
        .build();
  }

  private static LocalizedText text(String vi, String en) {
    return LocalizedText.of("vi", vi, "en", en);
  }

  private static LocalizedText vi(String text) {
    return LocalizedText.of("vi", text);
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }
}
