package org.cpx.core.model;

import static org.cpx.core.RecordType.DECLARATION;
import static org.cpx.core.RecordType.EVENT;
import static org.cpx.core.RecordType.NETWORK;
import static org.cpx.core.RecordType.ORGANIZATION;
import static org.cpx.core.RecordType.PERSON;
import static org.cpx.core.RecordType.RECOMMENDATION;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpx.core.Access;
import org.cpx.core.Codes;
import org.cpx.core.ContactKind;
import org.cpx.core.ContactPoint;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.CpxRecord;
import org.cpx.core.Document;
import org.cpx.core.DocumentKind;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.Identifier;
import org.cpx.core.LegalReference;
import org.cpx.core.Money;
import org.cpx.core.Party;
import org.cpx.core.PartyGroup;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.RecordBuilder;
import org.cpx.core.RecordType;
import org.cpx.core.Scoped;
import org.cpx.core.ScopedBuilder;
import org.cpx.core.Source;
import org.cpx.core.TargetGroup;
import org.cpx.core.TargetGroupKind;
import org.cpx.core.Theme;
import org.cpx.core.actor.FormerName;
import org.cpx.core.actor.GoverningDocument;
import org.cpx.core.actor.Institution;
import org.cpx.core.actor.InstitutionBuilder;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.OrganizationClassification;
import org.cpx.core.actor.Person;
import org.cpx.core.actor.Position;
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
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.DeclarationKind;
import org.cpx.core.outcome.Indicator;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;
import org.cpx.core.outcome.Response;
import org.cpx.core.outcome.ResponseKind;

/**
 * The one description of the CPX 1.0 model (spec §2–§4): every record type and nested object type
 * with its members in the order of the format. The JSON codecs, the schema, the format's tables and
 * the validator's walk are driven by it or checked against it; users' tools can walk any CPX value
 * with it, without knowing each type.
 */
public final class CpxModel {
  private CpxModel() {}

  private static Kind<Id> actor() {
    return Kind.reference(ORGANIZATION, NETWORK, PERSON);
  }

  private static Kind<Id> body() {
    return Kind.reference(ORGANIZATION, NETWORK);
  }

  // Value types.

  /** A span of time. */
  public static final ObjectType<Period> PERIOD =
      ObjectType.declare("Period", Period.class, Period::builder, Period.Builder::build, Period.Builder::unknownMembers,
              "A span of time: its start, its end or both.", "Một khoảng thời gian: bắt đầu, kết thúc hoặc cả hai.")
          .optional("start", Kind.partialDate(), Period::getStart, Period.Builder::start,
              "When it starts, if known.", "Thời điểm bắt đầu, nếu biết.")
          .optional("end", Kind.partialDate(), Period::getEnd, Period.Builder::end,
              "When it ends, if known.", "Thời điểm kết thúc, nếu biết.")
          .atLeastOneOf("start", "end")
          .build();

  /** A number as a source states it. */
  public static final ObjectType<Count> COUNT =
      ObjectType.declare("Count", Count.class, Count::builder, Count.Builder::build, Count.Builder::unknownMembers,
              "A number as a source states it: exact, approximate or a bound; a bare number when exact, undated and without other members.",
              "Một con số như nguồn nêu: chính xác, xấp xỉ hoặc một giới hạn; viết là một số khi chính xác, không có ngày và thành viên khác.")
          .one("value", Kind.naturalNumber(Count.MAX_VALUE), Count::getValue, Count.Builder::value,
              "The number stated, 0 to 2^53 - 1.", "Con số được nêu, từ 0 đến 2^53 - 1.")
          .defaulted("qualifier", Kind.code(CountQualifier.class), Count::getQualifier, Count.Builder::qualifier,
              "Whether the number is exact, approximate or a bound; exact when absent.",
              "Con số chính xác, xấp xỉ hay là một giới hạn; chính xác khi để trống.")
          .optional("asOf", Kind.partialDate(), Count::getAsOf, Count.Builder::asOf,
              "The date the number was true on, if the source says.", "Ngày con số đúng, nếu nguồn có nêu.")
          .build();

  private static final Kind<Count> A_COUNT = Kind.count(COUNT);

  /** An amount of money. */
  public static final ObjectType<Money> MONEY =
      ObjectType.declare("Money", Money.class, Money::builder, Money.Builder::build, Money.Builder::unknownMembers,
              "An amount of money in a currency.", "Một số tiền và đơn vị tiền tệ.")
          .one("amount", Kind.decimal(), Money::getAmount, Money.Builder::amount,
              "The amount as written: digits, optionally a point and more digits.",
              "Số tiền như được viết: các chữ số, có thể có dấu chấm và phần thập phân.")
          .one("currency", Kind.currency(), Money::getCurrency, Money.Builder::currency,
              "The ISO 4217 currency code (VND).", "Mã tiền tệ ISO 4217 (VND).")
          .build();

  /** Where something took place. */
  public static final ObjectType<Place> PLACE =
      ObjectType.declare("Place", Place.class, Place::builder, Place.Builder::build, Place.Builder::unknownMembers,
              "A place: a venue, an address, a locality, a subdivision, a country.",
              "Một địa điểm: nơi tổ chức, địa chỉ, địa phương, tỉnh/thành, quốc gia.")
          .optional("name", Kind.localizedText(), Place::getName, Place.Builder::name,
              "The venue's name.", "Tên nơi tổ chức.")
          .optional("address", Kind.localizedText(), Place::getAddress, Place.Builder::address,
              "The street address.", "Địa chỉ.")
          .optional("locality", Kind.localizedText(), Place::getLocality, Place.Builder::locality,
              "The city or town.", "Thành phố hoặc thị trấn.")
          .optional("subdivision", Kind.subdivision(), Place::getSubdivision, Place.Builder::subdivision,
              "The ISO 3166-2 subdivision (VN-HN); its prefix is the country.",
              "Mã tỉnh/thành ISO 3166-2 (VN-HN); tiền tố là mã quốc gia.")
          .optional("country", Kind.country(), Place::getCountry, Place.Builder::country,
              "The ISO 3166-1 alpha-2 country (VN).", "Mã quốc gia ISO 3166-1 alpha-2 (VN).")
          .atLeastOneOf("name", "address", "locality", "subdivision", "country")
          .build();

  /** A way to reach an actor or an event. */
  public static final ObjectType<ContactPoint> CONTACT_POINT =
      ObjectType.declare("ContactPoint", ContactPoint.class, ContactPoint::builder, ContactPoint.Builder::build,
              ContactPoint.Builder::unknownMembers,
              "A way to reach someone: a hotline, a phone number, an e-mail address or a website.",
              "Một cách liên lạc: đường dây nóng, số điện thoại, thư điện tử hoặc trang web.")
          .one("kind", Kind.code(ContactKind.class), ContactPoint::getKind, ContactPoint.Builder::kind,
              "What kind of contact it is.", "Loại liên lạc.")
          .one("value", Kind.text(), ContactPoint::getValue, ContactPoint.Builder::value,
              "The number, address or URL (111).", "Số, địa chỉ hoặc URL (111).")
          .optional("country", Kind.country(), ContactPoint::getCountry, ContactPoint.Builder::country,
              "The country a national number or short code belongs to (VN).",
              "Quốc gia của số điện thoại trong nước hoặc số ngắn (VN).")
          .optional("label", Kind.localizedText(), ContactPoint::getLabel, ContactPoint.Builder::label,
              "What the contact is for.", "Liên lạc này dùng để làm gì.")
          .optional("availability", Kind.localizedText(), ContactPoint::getAvailability,
              ContactPoint.Builder::availability, "When it can be reached.", "Thời gian có thể liên lạc.")
          .build();

  /** A provision of law. */
  public static final ObjectType<LegalReference> LEGAL_REFERENCE =
      ObjectType.declare("LegalReference", LegalReference.class, LegalReference::builder, LegalReference.Builder::build,
              LegalReference.Builder::unknownMembers,
              "A provision of law: an instrument, and its article, clause and point.",
              "Một quy định pháp luật: văn bản, và điều, khoản, điểm của nó.")
          .one("instrument", Kind.localizedText(), LegalReference::getInstrument, LegalReference.Builder::instrument,
              "The instrument's name (Luật Trẻ em).", "Tên văn bản (Luật Trẻ em).")
          .optional("identifier", Kind.text(), LegalReference::getIdentifier, LegalReference.Builder::identifier,
              "The instrument's official number (102/2016/QH13).", "Số hiệu chính thức của văn bản (102/2016/QH13).")
          .optional("article", Kind.text(), LegalReference::getArticle, LegalReference.Builder::article,
              "The article's label (92).", "Số điều (92).")
          .optional("clause", Kind.text(), LegalReference::getClause, LegalReference.Builder::clause,
              "The clause's label (4).", "Số khoản (4).")
          .optional("point", Kind.text(), LegalReference::getPoint, LegalReference.Builder::point,
              "The point's label (a).", "Điểm (a).")
          .optional("text", Kind.localizedText(), LegalReference::getText, LegalReference.Builder::text,
              "The provision's text, as published.", "Nội dung quy định, như được công bố.")
          .optional("url", Kind.url(), LegalReference::getUrl, LegalReference.Builder::url,
              "Where the instrument is published.", "Nơi văn bản được công bố.")
          .build();

  /** Where a record's facts came from. */
  public static final ObjectType<Source> SOURCE =
      ObjectType.declare("Source", Source.class, Source::builder, Source.Builder::build, Source.Builder::unknownMembers,
              "Where a record's facts came from.", "Nơi các thông tin của bản ghi được lấy từ đó.")
          .optional("url", Kind.url(), Source::getUrl, Source.Builder::url,
              "Where the source can be read.", "Nơi có thể đọc nguồn.")
          .optional("title", Kind.localizedText(), Source::getTitle, Source.Builder::title,
              "The source's title.", "Tiêu đề của nguồn.")
          .optional("publisher", Kind.localizedText(), Source::getPublisher, Source.Builder::publisher,
              "Who published it.", "Đơn vị công bố.")
          .optional("author", Kind.text(), Source::getAuthor, Source.Builder::author,
              "Who wrote it, as credited.", "Tác giả, như được ghi.")
          .optional("publishedOn", Kind.partialDate(), Source::getPublishedOn, Source.Builder::publishedOn,
              "When it was published.", "Ngày công bố.")
          .optional("accessedOn", Kind.day(), Source::getAccessedOn, Source.Builder::accessedOn,
              "When it was read.", "Ngày truy cập.")
          .optional("language", Kind.language(), Source::getLanguage, Source.Builder::language,
              "The language it is written in.", "Ngôn ngữ của nguồn.")
          .optional("note", Kind.localizedText(), Source::getNote, Source.Builder::note,
              "A remark on the source, such as where it disagrees with another.",
              "Ghi chú về nguồn, chẳng hạn chỗ nó khác với một nguồn khác.")
          .atLeastOneOf("url", "title")
          .build();

  /** A document a record produced or attached. */
  public static final ObjectType<Document> DOCUMENT =
      ObjectType.declare("Document", Document.class, Document::builder, Document.Builder::build,
              Document.Builder::unknownMembers,
              "A document a record produced or attached.", "Một tài liệu do bản ghi tạo ra hoặc đính kèm.")
          .optional("kind", Kind.code(DocumentKind.class), Document::getKind, Document.Builder::kind,
              "What kind of document it is.", "Loại tài liệu.")
          .optional("title", Kind.localizedText(), Document::getTitle, Document.Builder::title,
              "The document's title.", "Tiêu đề tài liệu.")
          .optional("url", Kind.url(), Document::getUrl, Document.Builder::url,
              "Where it can be read.", "Nơi có thể đọc tài liệu.")
          .optional("symbol", Kind.text(), Document::getSymbol, Document.Builder::symbol,
              "Its document symbol (CRC/C/VNM/CO/5-6).", "Ký hiệu tài liệu (CRC/C/VNM/CO/5-6).")
          .optional("language", Kind.language(), Document::getLanguage, Document.Builder::language,
              "The language it is written in.", "Ngôn ngữ của tài liệu.")
          .optional("publishedOn", Kind.partialDate(), Document::getPublishedOn, Document.Builder::publishedOn,
              "When it was published.", "Ngày công bố.")
          .atLeastOneOf("title", "url")
          .build();

  /** An identifier in another scheme. */
  public static final ObjectType<Identifier> IDENTIFIER =
      ObjectType.declare("Identifier", Identifier.class, Identifier::builder, Identifier.Builder::build,
              Identifier.Builder::unknownMembers,
              "An identifier in another scheme.", "Một mã định danh trong một hệ thống khác.")
          .one("scheme", Kind.scheme(), Identifier::getScheme, Identifier.Builder::scheme,
              "The scheme (org-id).", "Hệ thống mã (org-id).")
          .one("value", Kind.text(), Identifier::getValue, Identifier.Builder::value,
              "The identifier in that scheme (XM-DAC-41122).", "Mã trong hệ thống đó (XM-DAC-41122).")
          .build();

  /** One actor, or a group of actors. */
  public static final ObjectType<Party> PARTY =
      ObjectType.declare("Party", Party.class, Party::builder, Party.Builder::build, Party.Builder::unknownMembers,
              "One actor, or a group of actors.", "Một chủ thể, hoặc một nhóm chủ thể.")
          .optional("actor", actor(), Party::getActor, Party.Builder::actor,
              "The organization, network or person, when the party is one actor.",
              "Tổ chức, mạng lưới hoặc cá nhân, khi bên này là một chủ thể.")
          .optional("group", Kind.code(PartyGroup.class), Party::getGroup, Party.Builder::group,
              "The group, when the party is a group of actors.", "Nhóm, khi bên này là một nhóm chủ thể.")
          .optional("label", Kind.localizedText(), Party::getLabel, Party.Builder::label,
              "How the source names the party.", "Cách nguồn gọi bên này.")
          .exactlyOneOf("actor", "group")
          .build();

  /** The people a record is for. */
  public static final ObjectType<TargetGroup> TARGET_GROUP =
      ObjectType.declare("TargetGroup", TargetGroup.class, TargetGroup::builder, TargetGroup.Builder::build,
              TargetGroup.Builder::unknownMembers,
              "The people a record is for: a group, an age range, or both.",
              "Những người mà bản ghi hướng tới: một nhóm, một độ tuổi, hoặc cả hai.")
          .optional("group", Kind.code(TargetGroupKind.class), TargetGroup::getGroup, TargetGroup.Builder::group,
              "The group.", "Nhóm đối tượng.")
          .optional("ageMin", Kind.naturalNumber(Integer.MAX_VALUE), group -> age(group.getAgeMin()),
              (TargetGroup.Builder b, Long age) -> b.ageMin(Math.toIntExact(age)),
              "The youngest age included, in completed years.", "Tuổi nhỏ nhất, tính theo năm tròn.")
          .optional("ageMax", Kind.naturalNumber(Integer.MAX_VALUE), group -> age(group.getAgeMax()),
              (TargetGroup.Builder b, Long age) -> b.ageMax(Math.toIntExact(age)),
              "The oldest age included, in completed years.", "Tuổi lớn nhất, tính theo năm tròn.")
          .optional("label", Kind.localizedText(), TargetGroup::getLabel, TargetGroup.Builder::label,
              "How the source names the group.", "Cách nguồn gọi nhóm này.")
          .build();

  private static Optional<Long> age(java.util.OptionalInt age) {
    return age.isPresent() ? Optional.of((long) age.getAsInt()) : Optional.empty();
  }

  // The members records share.

  private static <T extends CpxRecord, B extends RecordBuilder<B>> void recordStart(
      ObjectType.Declaration<T, B> type) {
    type.one("id", Kind.id(), CpxRecord::getId, RecordBuilder::id,
        "The record's identifier, unique in its dataset.", "Mã định danh của bản ghi, duy nhất trong bộ dữ liệu.");
  }

  private static <T extends CpxRecord, B extends RecordBuilder<B>> void recordEnd(ObjectType.Declaration<T, B> type) {
    type.optional("description", Kind.localizedText(), CpxRecord::getDescription, RecordBuilder::description,
            "A description of the record.", "Mô tả bản ghi.")
        .list("references", Kind.object(LEGAL_REFERENCE), CpxRecord::getReferences, RecordBuilder::references,
            "The legal provisions the record rests on or cites.",
            "Các quy định pháp luật mà bản ghi dựa vào hoặc trích dẫn.")
        .list("documents", Kind.object(DOCUMENT), CpxRecord::getDocuments, RecordBuilder::documents,
            "The documents the record produced or attached.", "Các tài liệu bản ghi tạo ra hoặc đính kèm.")
        .optional("access", Kind.code(Access.class), CpxRecord::getAccess, RecordBuilder::access,
            "Who the record may be passed on to; absent means public.",
            "Bản ghi được phép chia sẻ cho ai; để trống nghĩa là công khai.")
        .list("sources", Kind.object(SOURCE), CpxRecord::getSources, RecordBuilder::sources,
            "Where the record's facts came from.", "Nguồn của các thông tin trong bản ghi.");
  }

  private static <T extends CpxRecord & Scoped, B extends ScopedBuilder<B>> void scope(
      ObjectType.Declaration<T, B> type) {
    type.list("targetGroups", Kind.object(TARGET_GROUP), Scoped::getTargetGroups, ScopedBuilder::targetGroups,
            "The people it is for.", "Những người mà nó hướng tới.")
        .list("coverage", Kind.area(), Scoped::getCoverage, ScopedBuilder::coverage,
            "Where it applies: global, countries, subdivisions or UN M49 regions.",
            "Nơi nó áp dụng: toàn cầu, quốc gia, tỉnh/thành hoặc khu vực M49.")
        .list("themes", Kind.code(Theme.class), (T value) -> value.getThemes().asList(),
            (B builder, List<org.cpx.core.Code<Theme>> themes) -> builder.themes(Codes.ofAll(themes)),
            "The themes it is about.", "Các chủ đề của nó.")
        .list("sdgTargets", Kind.sdgTarget(), Scoped::getSdgTargets, ScopedBuilder::sdgTargets,
            "The Sustainable Development Goal targets it serves (16.2).",
            "Các chỉ tiêu của Mục tiêu Phát triển Bền vững mà nó phục vụ (16.2).");
  }

  // Organizations and networks.

  /** A name an organization or network went by before. */
  public static final ObjectType<FormerName> FORMER_NAME =
      ObjectType.declare("FormerName", FormerName.class, FormerName::builder, FormerName.Builder::build,
              FormerName.Builder::unknownMembers, "A name it went by before.", "Một tên trước đây.")
          .one("name", Kind.localizedText(), FormerName::getName, FormerName.Builder::name,
              "The former name.", "Tên trước đây.")
          .list("acronyms", Kind.text(), FormerName::getAcronyms, FormerName.Builder::acronyms,
              "The acronyms it had then.", "Các tên viết tắt khi đó.")
          .optional("period", Kind.object(PERIOD), FormerName::getPeriod, FormerName.Builder::period,
              "When the name was used.", "Thời gian dùng tên này.")
          .build();

  private static <T extends Institution, B extends InstitutionBuilder<B>> void names(
      ObjectType.Declaration<T, B> type) {
    type.one("name", Kind.localizedText(), Institution::getName, InstitutionBuilder::name,
            "The name, in one or more languages.", "Tên, bằng một hoặc nhiều ngôn ngữ.")
        .list("acronyms", Kind.text(), Institution::getAcronyms, InstitutionBuilder::acronyms,
            "Its acronyms (VACR).", "Các tên viết tắt (VACR).")
        .list("alternateNames", Kind.localizedText(), Institution::getAlternateNames, InstitutionBuilder::alternateNames,
            "Other spellings and translations of the name seen in sources.",
            "Các cách viết và bản dịch khác của tên trong các nguồn.")
        .list("formerNames", Kind.object(FORMER_NAME), Institution::getFormerNames, InstitutionBuilder::formerNames,
            "The names it went by before.", "Các tên trước đây.");
  }

  private static <T extends Institution, B extends InstitutionBuilder<B>> void seat(
      ObjectType.Declaration<T, B> type) {
    type.list("succeededBy", body(), Institution::getSucceededBy, InstitutionBuilder::succeededBy,
            "The organizations or networks that took it over, after a merger or renaming.",
            "Các tổ chức hoặc mạng lưới kế tục, sau khi sáp nhập hoặc đổi tên.")
        .optional("country", Kind.country(), Institution::getCountry, InstitutionBuilder::country,
            "The country of its seat (VN).", "Quốc gia đặt trụ sở (VN).")
        .list("areasServed", Kind.area(), Institution::getAreasServed, InstitutionBuilder::areasServed,
            "Where it works: global, countries, subdivisions or UN M49 regions.",
            "Nơi nó hoạt động: toàn cầu, quốc gia, tỉnh/thành hoặc khu vực M49.")
        .optional("founded", Kind.partialDate(), Institution::getFounded, InstitutionBuilder::founded,
            "When it was founded.", "Ngày thành lập.")
        .optional("dissolved", Kind.partialDate(), Institution::getDissolved, InstitutionBuilder::dissolved,
            "When it was dissolved.", "Ngày giải thể.")
        .list("identifiers", Kind.object(IDENTIFIER), Institution::getIdentifiers, InstitutionBuilder::identifiers,
            "Its identifiers in other schemes.", "Các mã định danh trong hệ thống khác.")
        .optional("website", Kind.url(), Institution::getWebsite, InstitutionBuilder::website,
            "Its website.", "Trang web.")
        .list("contactPoints", Kind.object(CONTACT_POINT), Institution::getContactPoints,
            InstitutionBuilder::contactPoints, "How to reach it.", "Cách liên lạc.")
        .list("themes", Kind.code(Theme.class), (T value) -> value.getThemes().asList(),
            (B builder, List<org.cpx.core.Code<Theme>> themes) -> builder.themes(Codes.ofAll(themes)),
            "The themes it works on.", "Các chủ đề nó hoạt động.");
  }

  /** An organization record. */
  public static final ObjectType<Organization> ORGANIZATION_RECORD =
      ObjectType.declare("Organization", Organization.class, Organization::builder, Organization.Builder::build,
              Organization.Builder::unknownMembers,
              "A government body, an NGO, an association, an agency or a business.",
              "Một cơ quan nhà nước, tổ chức phi chính phủ, hiệp hội, cơ quan quốc tế hoặc doanh nghiệp.")
          .record(ORGANIZATION)
          .with(CpxModel::recordStart)
          .with(CpxModel::names)
          .optional("classification", Kind.code(OrganizationClassification.class), Organization::getClassification,
              Organization.Builder::classification, "What kind of body it is.", "Loại tổ chức.")
          .optional("parent", Kind.reference(ORGANIZATION), Organization::getParent, Organization.Builder::parent,
              "The organization it is part of, such as the ministry of a department.",
              "Tổ chức mà nó trực thuộc, như bộ chủ quản của một cục.")
          .with(CpxModel::seat)
          .with(CpxModel::recordEnd)
          .build();

  /** A network's member or office holder. */
  public static final ObjectType<Membership> MEMBERSHIP =
      ObjectType.declare("Membership", Membership.class, Membership::builder, Membership.Builder::build,
              Membership.Builder::unknownMembers,
              "A member or office holder of a network.", "Một thành viên hoặc người giữ chức vụ của mạng lưới.")
          .one("member", actor(), Membership::getMember, Membership.Builder::member,
              "The organization, network or person who is a member.",
              "Tổ chức, mạng lưới hoặc cá nhân là thành viên.")
          .optional("role", Kind.code(MembershipRole.class), Membership::getRole, Membership.Builder::role,
              "The role held; a plain member when absent.", "Vai trò; thành viên thường khi để trống.")
          .optional("title", Kind.localizedText(), Membership::getTitle, Membership.Builder::title,
              "An office held ex officio.", "Chức danh kiêm nhiệm.")
          .optional("onBehalfOf", body(), Membership::getOnBehalfOf, Membership.Builder::onBehalfOf,
              "The organization or network a person holds the role for.",
              "Tổ chức hoặc mạng lưới mà cá nhân thay mặt khi giữ vai trò.")
          .optional("period", Kind.object(PERIOD), Membership::getPeriod, Membership.Builder::period,
              "When the membership lasted.", "Thời gian là thành viên.")
          .optional("asOf", Kind.partialDate(), Membership::getAsOf, Membership.Builder::asOf,
              "The date a source confirms the membership on.", "Ngày một nguồn xác nhận tư cách thành viên.")
          .optional("note", Kind.localizedText(), Membership::getNote, Membership.Builder::note,
              "A remark on the membership.", "Ghi chú về tư cách thành viên.")
          .build();

  /** A charter or regulation of a network. */
  public static final ObjectType<GoverningDocument> GOVERNING_DOCUMENT =
      ObjectType.declare("GoverningDocument", GoverningDocument.class, GoverningDocument::builder,
              GoverningDocument.Builder::build, GoverningDocument.Builder::unknownMembers,
              "A charter or regulation that governs a network.", "Một điều lệ hoặc quy chế của mạng lưới.")
          .one("title", Kind.localizedText(), GoverningDocument::getTitle, GoverningDocument.Builder::title,
              "The document's title.", "Tên văn bản.")
          .optional("identifier", Kind.text(), GoverningDocument::getIdentifier, GoverningDocument.Builder::identifier,
              "Its official number.", "Số hiệu chính thức.")
          .optional("adoptedOn", Kind.partialDate(), GoverningDocument::getAdoptedOn,
              GoverningDocument.Builder::adoptedOn, "When it was adopted.", "Ngày thông qua.")
          .optional("adoptedBy", actor(), GoverningDocument::getAdoptedBy, GoverningDocument.Builder::adoptedBy,
              "The organization, network or person who adopted or signed it.",
              "Tổ chức, mạng lưới hoặc cá nhân đã thông qua hoặc ký.")
          .list("legalBasis", Kind.object(LEGAL_REFERENCE), GoverningDocument::getLegalBasis,
              GoverningDocument.Builder::legalBasis, "The legal provisions it rests on.", "Căn cứ pháp lý.")
          .optional("url", Kind.url(), GoverningDocument::getUrl, GoverningDocument.Builder::url,
              "Where it is published.", "Nơi công bố.")
          .build();

  /** A network record. */
  public static final ObjectType<Network> NETWORK_RECORD =
      ObjectType.declare("Network", Network.class, Network::builder, Network.Builder::build,
              Network.Builder::unknownMembers,
              "A network, alliance or working group of organizations and people.",
              "Một mạng lưới, liên minh hoặc nhóm công tác của các tổ chức và cá nhân.")
          .record(NETWORK)
          .with(CpxModel::recordStart)
          .with(CpxModel::names)
          .with(CpxModel::seat)
          .optional("host", body(), Network::getHost, Network.Builder::host,
              "The organization or network that runs it.", "Tổ chức hoặc mạng lưới điều hành nó.")
          .optional("purpose", Kind.localizedText(), Network::getPurpose, Network.Builder::purpose,
              "What it is for.", "Mục đích của nó.")
          .list("functions", Kind.localizedText(), Network::getFunctions, Network.Builder::functions,
              "Its functions and tasks, in source order.", "Các chức năng và nhiệm vụ, theo thứ tự trong nguồn.")
          .list("memberships", Kind.object(MEMBERSHIP), Network::getMemberships, Network.Builder::memberships,
              "Its members and office holders, in source order.",
              "Các thành viên và người giữ chức vụ, theo thứ tự trong nguồn.")
          .optional("memberCount", A_COUNT, Network::getMemberCount, Network.Builder::memberCount,
              "How many members it has, as a source states it.", "Số thành viên, như một nguồn nêu.")
          .list("governingDocuments", Kind.object(GOVERNING_DOCUMENT), Network::getGoverningDocuments,
              Network.Builder::governingDocuments, "The charters and regulations that govern it.",
              "Các điều lệ và quy chế của nó.")
          .with(CpxModel::recordEnd)
          .build();

  // Persons.

  /** A public office a person held. */
  public static final ObjectType<Position> POSITION =
      ObjectType.declare("Position", Position.class, Position::builder, Position.Builder::build,
              Position.Builder::unknownMembers, "A public office a person held.", "Một chức vụ công mà cá nhân đã giữ.")
          .one("title", Kind.localizedText(), Position::getTitle, Position.Builder::title,
              "The office's title.", "Tên chức vụ.")
          .optional("organization", body(), Position::getOrganization, Position.Builder::organization,
              "The organization or network the office belongs to.", "Tổ chức hoặc mạng lưới của chức vụ.")
          .optional("period", Kind.object(PERIOD), Position::getPeriod, Position.Builder::period,
              "When the office was held.", "Thời gian giữ chức vụ.")
          .optional("asOf", Kind.partialDate(), Position::getAsOf, Position.Builder::asOf,
              "The date a source confirms the office on.", "Ngày một nguồn xác nhận chức vụ.")
          .optional("note", Kind.localizedText(), Position::getNote, Position.Builder::note,
              "A remark on the position.", "Ghi chú về chức vụ.")
          .build();

  /** A person record. */
  public static final ObjectType<Person> PERSON_RECORD =
      ObjectType.declare("Person", Person.class, Person::builder, Person.Builder::build, Person.Builder::unknownMembers,
              "A person acting in public; never private personal data.",
              "Một cá nhân hoạt động công khai; không bao giờ có dữ liệu cá nhân riêng tư.")
          .record(PERSON)
          .with(CpxModel::recordStart)
          .one("name", Kind.text(), Person::getName, Person.Builder::name,
              "The name as written in the source.", "Họ tên như được viết trong nguồn.")
          .optional("honorificPrefix", Kind.localizedText(), Person::getHonorificPrefix,
              Person.Builder::honorificPrefix, "A title before the name (Dr.).", "Danh xưng trước tên (Tiến sĩ).")
          .list("alternateNames", Kind.text(), Person::getAlternateNames, Person.Builder::alternateNames,
              "Other spellings of the name.", "Các cách viết khác của tên.")
          .list("identifiers", Kind.object(IDENTIFIER), Person::getIdentifiers, Person.Builder::identifiers,
              "Identifiers in other schemes.", "Các mã định danh trong hệ thống khác.")
          .list("positions", Kind.object(POSITION), Person::getPositions, Person.Builder::positions,
              "The public offices held.", "Các chức vụ công đã giữ.")
          .with(CpxModel::recordEnd)
          .build();

  // Events.

  /** How an event relates to another. */
  public static final ObjectType<RelatedEvent> RELATED_EVENT =
      ObjectType.declare("RelatedEvent", RelatedEvent.class, RelatedEvent::builder, RelatedEvent.Builder::build,
              RelatedEvent.Builder::unknownMembers,
              "Another event this one prepares, follows up or relates to.",
              "Một sự kiện khác mà sự kiện này chuẩn bị, tiếp nối hoặc liên quan.")
          .one("event", Kind.reference(EVENT), RelatedEvent::getEvent, RelatedEvent.Builder::event,
              "The other event.", "Sự kiện kia.")
          .optional("relation", Kind.code(EventRelation.class), RelatedEvent::getRelation,
              RelatedEvent.Builder::relation, "How this event relates to it.", "Quan hệ của sự kiện này với nó.")
          .build();

  /** An actor's part in an event. */
  public static final ObjectType<Participation> PARTICIPATION =
      ObjectType.declare("Participation", Participation.class, Participation::builder, Participation.Builder::build,
              Participation.Builder::unknownMembers,
              "An actor's part in an event.", "Phần tham gia của một chủ thể trong sự kiện.")
          .one("actor", actor(), Participation::getActor, Participation.Builder::actor,
              "The organization, network or person taking part.", "Tổ chức, mạng lưới hoặc cá nhân tham gia.")
          .optional("role", Kind.code(ParticipationRole.class), Participation::getRole, Participation.Builder::role,
              "The part it plays.", "Vai trò của nó.")
          .optional("onBehalfOf", body(), Participation::getOnBehalfOf, Participation.Builder::onBehalfOf,
              "The organization or network it takes part for.", "Tổ chức hoặc mạng lưới mà nó thay mặt.")
          .optional("note", Kind.localizedText(), Participation::getNote, Participation.Builder::note,
              "A remark on the participation.", "Ghi chú về sự tham gia.")
          .build();

  /** How many of a category or group attended. */
  public static final ObjectType<AttendanceGroup> ATTENDANCE_GROUP =
      ObjectType.declare("AttendanceGroup", AttendanceGroup.class, AttendanceGroup::builder,
              AttendanceGroup.Builder::build, AttendanceGroup.Builder::unknownMembers,
              "How many of a category or group attended.", "Số người tham dự của một nhóm.")
          .optional("category", Kind.code(AttendanceCategory.class), AttendanceGroup::getCategory,
              AttendanceGroup.Builder::category, "The category of people counted.", "Loại người được đếm.")
          .optional("group", Kind.localizedText(), AttendanceGroup::getGroup, AttendanceGroup.Builder::group,
              "The group counted, in the source's words.", "Nhóm được đếm, theo lời của nguồn.")
          .optional("count", A_COUNT, AttendanceGroup::getCount, AttendanceGroup.Builder::count,
              "How many attended.", "Số người tham dự.")
          .atLeastOneOf("category", "group")
          .build();

  /** How many attended an event. */
  public static final ObjectType<Attendance> ATTENDANCE =
      ObjectType.declare("Attendance", Attendance.class, Attendance::builder, Attendance.Builder::build,
              Attendance.Builder::unknownMembers, "How many attended an event.", "Số người tham dự một sự kiện.")
          .optional("total", A_COUNT, Attendance::getTotal, Attendance.Builder::total,
              "How many people attended in all.", "Tổng số người tham dự.")
          .optional("countries", A_COUNT, Attendance::getCountries, Attendance.Builder::countries,
              "From how many countries and territories.", "Đến từ bao nhiêu quốc gia và vùng lãnh thổ.")
          .optional("organizations", A_COUNT, Attendance::getOrganizations, Attendance.Builder::organizations,
              "From how many organizations.", "Đến từ bao nhiêu tổ chức.")
          .list("breakdown", Kind.object(ATTENDANCE_GROUP), Attendance::getBreakdown, Attendance.Builder::breakdown,
              "How many of some categories or groups attended; subsets of the total that may overlap.",
              "Số người của từng nhóm; là phần của tổng số và có thể chồng lên nhau.")
          .optional("note", Kind.localizedText(), Attendance::getNote, Attendance.Builder::note,
              "A remark on the attendance.", "Ghi chú về số người tham dự.")
          .build();

  /** An event record. */
  public static final ObjectType<Event> EVENT_RECORD =
      ObjectType.declare("Event", Event.class, Event::builder, Event.Builder::build, Event.Builder::unknownMembers,
              "A summit, conference, dialogue, training, campaign or one of their sessions.",
              "Một hội nghị thượng đỉnh, hội nghị, đối thoại, tập huấn, chiến dịch hoặc một phiên của chúng.")
          .record(EVENT)
          .with(CpxModel::recordStart)
          .optional("kind", Kind.code(EventKind.class), Event::getKind, Event.Builder::kind,
              "What kind of event it is.", "Loại sự kiện.")
          .one("title", Kind.localizedText(), Event::getTitle, Event.Builder::title,
              "The event's title.", "Tên sự kiện.")
          .optional("status", Kind.code(EventStatus.class), Event::getStatus, Event.Builder::status,
              "Whether it took place.", "Sự kiện đã diễn ra hay chưa.")
          .optional("period", Kind.object(PERIOD), Event::getPeriod, Event.Builder::period,
              "When it took place.", "Thời gian diễn ra.")
          .optional("recurrence", Kind.code(Recurrence.class), Event::getRecurrence, Event.Builder::recurrence,
              "How often a series recurs.", "Chuỗi sự kiện lặp lại bao lâu một lần.")
          .optional("edition", Kind.text(), Event::getEdition, Event.Builder::edition,
              "Which edition it is (2023, 5th).", "Lần tổ chức thứ mấy (2023, lần thứ 5).")
          .optional("location", Kind.object(PLACE), Event::getLocation, Event.Builder::location,
              "Where it took place.", "Nơi diễn ra.")
          .optional("attendanceMode", Kind.code(AttendanceMode.class), Event::getAttendanceMode,
              Event.Builder::attendanceMode, "Whether it was held in person, online or both.",
              "Tổ chức trực tiếp, trực tuyến hay kết hợp.")
          .optional("website", Kind.url(), Event::getWebsite, Event.Builder::website, "Its website.", "Trang web.")
          .optional("partOf", Kind.reference(EVENT), Event::getPartOf, Event.Builder::partOf,
              "The event it is part of: the conference of a session, the series of an edition.",
              "Sự kiện mà nó là một phần: hội nghị của một phiên, chuỗi của một lần tổ chức.")
          .list("relatedEvents", Kind.object(RELATED_EVENT), Event::getRelatedEvents, Event.Builder::relatedEvents,
              "Events it prepares, follows up or relates to.", "Các sự kiện mà nó chuẩn bị, tiếp nối hoặc liên quan.")
          .list("participants", Kind.object(PARTICIPATION), Event::getParticipants, Event.Builder::participants,
              "Who took part, and in what role.", "Ai tham gia, với vai trò gì.")
          .optional("attendance", Kind.object(ATTENDANCE), Event::getAttendance, Event.Builder::attendance,
              "How many attended.", "Số người tham dự.")
          .list("objectives", Kind.localizedText(), Event::getObjectives, Event.Builder::objectives,
              "What it set out to achieve, in order.", "Các mục tiêu đề ra, theo thứ tự.")
          .optional("slogan", Kind.localizedText(), Event::getSlogan, Event.Builder::slogan,
              "A campaign's theme line.", "Khẩu hiệu của chiến dịch.")
          .list("keyMessages", Kind.localizedText(), Event::getKeyMessages, Event.Builder::keyMessages,
              "The messages it carries, in order.", "Các thông điệp chính, theo thứ tự.")
          .list("plannedActivities", Kind.localizedText(), Event::getPlannedActivities,
              Event.Builder::plannedActivities, "The activities planned, in order.", "Các hoạt động dự kiến, theo thứ tự.")
          .list("contactPoints", Kind.object(CONTACT_POINT), Event::getContactPoints, Event.Builder::contactPoints,
              "How to reach it, such as a hotline it promotes.", "Cách liên lạc, như đường dây nóng được giới thiệu.")
          .with(CpxModel::scope)
          .with(CpxModel::recordEnd)
          .build();

  // Outcomes.

  /** A numbered point of a declaration. */
  public static final ObjectType<Article> ARTICLE =
      ObjectType.declare("Article", Article.class, Article::builder, Article.Builder::build,
              Article.Builder::unknownMembers, "A numbered article of a declaration.", "Một điều được đánh số của văn bản.")
          .one("number", Kind.text(), Article::getNumber, Article.Builder::number,
              "The article's label as printed (1, 4.b).", "Số của điều, như được in (1, 4.b).")
          .optional("title", Kind.localizedText(), Article::getTitle, Article.Builder::title,
              "The article's heading.", "Tiêu đề của điều.")
          .one("text", Kind.localizedText(), Article::getText, Article.Builder::text,
              "The article's text.", "Nội dung của điều.")
          .build();

  /** A declaration record. */
  public static final ObjectType<Declaration> DECLARATION_RECORD =
      ObjectType.declare("Declaration", Declaration.class, Declaration::builder, Declaration.Builder::build,
              Declaration.Builder::unknownMembers,
              "A declaration, call to action, joint statement, communiqué or outcome document.",
              "Một tuyên bố, lời kêu gọi hành động, tuyên bố chung, thông cáo hoặc văn kiện kết quả.")
          .record(DECLARATION)
          .with(CpxModel::recordStart)
          .optional("kind", Kind.code(DeclarationKind.class), Declaration::getKind, Declaration.Builder::kind,
              "What kind of text it is.", "Loại văn bản.")
          .one("title", Kind.localizedText(), Declaration::getTitle, Declaration.Builder::title,
              "Its title.", "Tên văn bản.")
          .optional("symbol", Kind.text(), Declaration::getSymbol, Declaration.Builder::symbol,
              "Its document symbol (CRC/C/VNM/CO/5-6).", "Ký hiệu văn bản (CRC/C/VNM/CO/5-6).")
          .optional("adoptedAt", Kind.reference(EVENT), Declaration::getAdoptedAt, Declaration.Builder::adoptedAt,
              "The event it was adopted at.", "Sự kiện thông qua nó.")
          .optional("adoptedOn", Kind.partialDate(), Declaration::getAdoptedOn, Declaration.Builder::adoptedOn,
              "When it was adopted.", "Ngày thông qua.")
          .list("endorsedBy", Kind.object(PARTY), Declaration::getEndorsedBy, Declaration.Builder::endorsedBy,
              "Who endorsed it; the group participants for \"we, the participants\".",
              "Các bên tán thành; nhóm participants cho \"chúng tôi, những người tham dự\".")
          .optional("endorsementCount", A_COUNT, Declaration::getEndorsementCount,
              Declaration.Builder::endorsementCount, "How many endorsed it, as a source states it.",
              "Số bên tán thành, như một nguồn nêu.")
          .optional("preamble", Kind.localizedText(), Declaration::getPreamble, Declaration.Builder::preamble,
              "The text before its articles.", "Phần mở đầu trước các điều.")
          .list("articles", Kind.object(ARTICLE), Declaration::getArticles, Declaration.Builder::articles,
              "Its numbered articles, in order.", "Các điều được đánh số, theo thứ tự.")
          .with(CpxModel::scope)
          .with(CpxModel::recordEnd)
          .build();

  /** An addressee's answer to a recommendation. */
  public static final ObjectType<Response> RESPONSE =
      ObjectType.declare("Response", Response.class, Response::builder, Response.Builder::build,
              Response.Builder::unknownMembers,
              "An addressee's answer to a recommendation.", "Câu trả lời của một bên cho khuyến nghị.")
          .one("by", Kind.object(PARTY), Response::getBy, Response.Builder::by, "Who answered.", "Bên trả lời.")
          .one("response", Kind.code(ResponseKind.class), Response::getResponse, Response.Builder::response,
              "The answer.", "Câu trả lời.")
          .optional("on", Kind.partialDate(), Response::getOn, Response.Builder::on, "When.", "Ngày trả lời.")
          .optional("note", Kind.localizedText(), Response::getNote, Response.Builder::note,
              "A remark on the answer.", "Ghi chú về câu trả lời.")
          .list("sources", Kind.object(SOURCE), Response::getSources, Response.Builder::sources,
              "Where the answer is recorded.", "Nơi ghi nhận câu trả lời.")
          .build();

  /** A recommendation record. */
  public static final ObjectType<Recommendation> RECOMMENDATION_RECORD =
      ObjectType.declare("Recommendation", Recommendation.class, Recommendation::builder,
              Recommendation.Builder::build, Recommendation.Builder::unknownMembers,
              "A recommendation, and how its addressees answered.", "Một khuyến nghị, và các bên được khuyến nghị đã trả lời ra sao.")
          .record(RECOMMENDATION)
          .with(CpxModel::recordStart)
          .one("text", Kind.localizedText(), Recommendation::getText, Recommendation.Builder::text,
              "What is recommended.", "Nội dung khuyến nghị.")
          .list("madeBy", Kind.object(PARTY), Recommendation::getMadeBy, Recommendation.Builder::madeBy,
              "Who made it.", "Bên đưa ra khuyến nghị.")
          .list("addressees", Kind.object(PARTY), Recommendation::getAddressees, Recommendation.Builder::addressees,
              "To whom it is addressed.", "Bên được khuyến nghị.")
          .optional("madeAt", Kind.reference(EVENT), Recommendation::getMadeAt, Recommendation.Builder::madeAt,
              "The event it was made at.", "Sự kiện đưa ra khuyến nghị.")
          .optional("declaration", Kind.reference(DECLARATION), Recommendation::getDeclaration,
              Recommendation.Builder::declaration, "The declaration it is written in.", "Văn bản chứa khuyến nghị.")
          .optional("article", Kind.text(), Recommendation::getArticle, Recommendation.Builder::article,
              "The article of that declaration it is written in.", "Điều của văn bản đó chứa khuyến nghị.")
          .optional("issuedOn", Kind.partialDate(), Recommendation::getIssuedOn, Recommendation.Builder::issuedOn,
              "When it was issued.", "Ngày ban hành.")
          .list("responses", Kind.object(RESPONSE), Recommendation::getResponses, Recommendation.Builder::responses,
              "How the addressees answered.", "Các bên được khuyến nghị đã trả lời ra sao.")
          .with(CpxModel::scope)
          .with(CpxModel::recordEnd)
          .build();

  /** How a commitment's progress is measured. */
  public static final ObjectType<Indicator> INDICATOR =
      ObjectType.declare("Indicator", Indicator.class, Indicator::builder, Indicator.Builder::build,
              Indicator.Builder::unknownMembers,
              "How a commitment's progress is measured.", "Cách đo tiến độ thực hiện cam kết.")
          .one("description", Kind.localizedText(), Indicator::getDescription, Indicator.Builder::description,
              "What is measured.", "Điều được đo.")
          .optional("baseline", Kind.text(), Indicator::getBaseline, Indicator.Builder::baseline,
              "The value at the start.", "Giá trị ban đầu.")
          .optional("target", Kind.text(), Indicator::getTarget, Indicator.Builder::target,
              "The value aimed for.", "Giá trị mục tiêu.")
          .optional("unit", Kind.text(), Indicator::getUnit, Indicator.Builder::unit,
              "The unit of both.", "Đơn vị của cả hai.")
          .build();

  /** A report on a commitment's progress. */
  public static final ObjectType<ProgressReport> PROGRESS_REPORT =
      ObjectType.declare("ProgressReport", ProgressReport.class, ProgressReport::builder,
              ProgressReport.Builder::build, ProgressReport.Builder::unknownMembers,
              "A report on a commitment's progress.", "Một báo cáo về tiến độ thực hiện cam kết.")
          .one("on", Kind.partialDate(), ProgressReport::getOn, ProgressReport.Builder::on,
              "The date the status was true on.", "Ngày mà tình trạng đúng như vậy.")
          .one("status", Kind.code(CommitmentStatus.class), ProgressReport::getStatus, ProgressReport.Builder::status,
              "The status reported.", "Tình trạng được báo cáo.")
          .optional("reportedBy", Kind.object(PARTY), ProgressReport::getReportedBy, ProgressReport.Builder::reportedBy,
              "Who reported it.", "Bên báo cáo.")
          .optional("note", Kind.localizedText(), ProgressReport::getNote, ProgressReport.Builder::note,
              "A remark on the report.", "Ghi chú về báo cáo.")
          .list("sources", Kind.object(SOURCE), ProgressReport::getSources, ProgressReport.Builder::sources,
              "Where the report is published.", "Nơi công bố báo cáo.")
          .build();

  /** A commitment record. */
  public static final ObjectType<Commitment> COMMITMENT_RECORD =
      ObjectType.declare("Commitment", Commitment.class, Commitment::builder, Commitment.Builder::build,
              Commitment.Builder::unknownMembers,
              "A commitment, how it is measured and how it progresses.",
              "Một cam kết, cách đo lường và tiến độ thực hiện.")
          .record(RecordType.COMMITMENT)
          .with(CpxModel::recordStart)
          .one("text", Kind.localizedText(), Commitment::getText, Commitment.Builder::text,
              "What is committed.", "Nội dung cam kết.")
          .requiredList("committedBy", Kind.object(PARTY), Commitment::getCommittedBy, Commitment.Builder::committedBy,
              "Who committed; at least one party.", "Bên cam kết; ít nhất một bên.")
          .list("respondsTo", Kind.reference(RECOMMENDATION, DECLARATION), Commitment::getRespondsTo,
              Commitment.Builder::respondsTo, "The recommendations or declarations it answers or implements.",
              "Các khuyến nghị hoặc tuyên bố mà nó đáp lại hoặc thực hiện.")
          .optional("madeAt", Kind.reference(EVENT), Commitment::getMadeAt, Commitment.Builder::madeAt,
              "The event it was made at.", "Sự kiện đưa ra cam kết.")
          .optional("declaration", Kind.reference(DECLARATION), Commitment::getDeclaration,
              Commitment.Builder::declaration, "The declaration it is written in.", "Văn bản chứa cam kết.")
          .optional("article", Kind.text(), Commitment::getArticle, Commitment.Builder::article,
              "The article of that declaration it is written in.", "Điều của văn bản đó chứa cam kết.")
          .optional("madeOn", Kind.partialDate(), Commitment::getMadeOn, Commitment.Builder::madeOn,
              "When it was made.", "Ngày cam kết.")
          .optional("dueBy", Kind.partialDate(), Commitment::getDueBy, Commitment.Builder::dueBy,
              "When it is due.", "Hạn hoàn thành.")
          .list("indicators", Kind.object(INDICATOR), Commitment::getIndicators, Commitment.Builder::indicators,
              "How its progress is measured.", "Cách đo tiến độ.")
          .optional("budget", Kind.object(MONEY), Commitment::getBudget, Commitment.Builder::budget,
              "The money set aside for it.", "Kinh phí dành cho cam kết.")
          .list("progress", Kind.object(PROGRESS_REPORT), Commitment::getProgress, Commitment.Builder::progress,
              "Reports on its progress, in date order.", "Các báo cáo tiến độ, theo thứ tự ngày.")
          .with(CpxModel::scope)
          .with(CpxModel::recordEnd)
          .build();

  // The document.

  /** A dataset's publisher. */
  public static final ObjectType<Publisher> PUBLISHER =
      ObjectType.declare("Publisher", Publisher.class, Publisher::builder, Publisher.Builder::build,
              Publisher.Builder::unknownMembers, "Who publishes a dataset.", "Đơn vị công bố bộ dữ liệu.")
          .one("name", Kind.localizedText(), Publisher::getName, Publisher.Builder::name,
              "The publisher's name.", "Tên đơn vị công bố.")
          .optional("id", Kind.text(), Publisher::getId, Publisher.Builder::id,
              "The publisher's own identifier, the prefix of its record ids; informative.",
              "Mã riêng của đơn vị công bố, tiền tố của mã bản ghi; chỉ để tham khảo.")
          .build();

  private static final List<ObjectType<?>> TYPES = List.of(ORGANIZATION_RECORD, NETWORK_RECORD, PERSON_RECORD,
      EVENT_RECORD, DECLARATION_RECORD, RECOMMENDATION_RECORD, COMMITMENT_RECORD, PERIOD, COUNT, MONEY, PLACE,
      CONTACT_POINT, LEGAL_REFERENCE, SOURCE, DOCUMENT, IDENTIFIER, PARTY, TARGET_GROUP, FORMER_NAME, MEMBERSHIP,
      GOVERNING_DOCUMENT, POSITION, RELATED_EVENT, PARTICIPATION, ATTENDANCE, ATTENDANCE_GROUP, ARTICLE, RESPONSE,
      INDICATOR, PROGRESS_REPORT, PUBLISHER);

  private static final Map<Class<?>, ObjectType<?>> BY_CLASS =
      TYPES.stream().collect(Collectors.toUnmodifiableMap(ObjectType::javaType, Function.identity()));

  /** The type of each class of value, found through its superclasses: a value's class is generated. */
  private static final ClassValue<Optional<ObjectType<?>>> OF_CLASS = new ClassValue<>() {
    @Override
    protected Optional<ObjectType<?>> computeValue(Class<?> type) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        ObjectType<?> found = BY_CLASS.get(c);
        if (found != null) {
          return Optional.of(found);
        }
      }
      return Optional.empty();
    }
  };

  /** Every type, the record types first in the order of the dataset arrays, then the nested types. */
  public static List<ObjectType<?>> types() {
    return TYPES;
  }

  /** The type of records of {@code type}. */
  public static ObjectType<? extends CpxRecord> record(RecordType type) {
    return switch (type) {
      case ORGANIZATION -> ORGANIZATION_RECORD;
      case NETWORK -> NETWORK_RECORD;
      case PERSON -> PERSON_RECORD;
      case EVENT -> EVENT_RECORD;
      case DECLARATION -> DECLARATION_RECORD;
      case RECOMMENDATION -> RECOMMENDATION_RECORD;
      case COMMITMENT -> COMMITMENT_RECORD;
    };
  }

  /**
   * The type of {@code value}, any value of the model such as an event or a period, typed by the
   * model's class ({@code Event}), which the value's generated class extends.
   */
  @SuppressWarnings("unchecked")
  public static <T extends Extensible> ObjectType<T> typeOf(T value) {
    return (ObjectType<T>) OF_CLASS.get(value.getClass())
        .orElseThrow(() -> new IllegalArgumentException(value.getClass().getName() + " is not a type of the model"));
  }

  /** The type whose values are of {@code javaType}, a class of the model such as {@code Event.class}, if it is one. */
  @SuppressWarnings("unchecked")
  public static <T extends Extensible> Optional<ObjectType<T>> of(Class<T> javaType) {
    return Optional.ofNullable((ObjectType<T>) BY_CLASS.get(javaType));
  }
}
