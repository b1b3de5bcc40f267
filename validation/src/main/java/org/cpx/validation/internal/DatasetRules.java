package org.cpx.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.RecordType;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.finding.Severity;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;
import org.cpx.validation.FindingMessages;
import org.jspecify.annotations.Nullable;

/**
 * The rules of spec §6 that look across records: unique ids, references and the types they may
 * point at, article numbers, cycles of parents and parts, counts that cannot all be true, the
 * order of progress reports. Findings come record by record in the order of the dataset arrays,
 * each record's by path.
 */
public final class DatasetRules {
  private static final Set<RecordType> ACTORS = EnumSet.of(RecordType.ORGANIZATION, RecordType.NETWORK, RecordType.PERSON);
  private static final Set<RecordType> BODIES = EnumSet.of(RecordType.ORGANIZATION, RecordType.NETWORK);
  private static final Set<RecordType> EVENTS = EnumSet.of(RecordType.EVENT);
  private static final Set<RecordType> DECLARATIONS = EnumSet.of(RecordType.DECLARATION);
  private static final Set<RecordType> ANSWERABLE = EnumSet.of(RecordType.RECOMMENDATION, RecordType.DECLARATION);
  private static final Set<CommitmentStatus> TERMINAL =
      EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.NOT_FULFILLED, CommitmentStatus.WITHDRAWN);

  private final boolean openReferences;

  /** Rules under which an unresolved reference is an error, or a warning when {@code openReferences}. */
  public DatasetRules(boolean openReferences) {
    this.openReferences = openReferences;
  }

  /** The findings of the rules across the records of {@code dataset}. */
  public List<Finding> check(Dataset dataset) {
    return new Run(dataset).check();
  }

  /** One check of one dataset. */
  private final class Run {
    private final Dataset dataset;
    private final ArrayPositions positions;
    private final Map<Id, CpxRecord> first = new HashMap<>();
    private final Map<CpxRecord, List<Finding>> findings = new IdentityHashMap<>();

    Run(Dataset dataset) {
      this.dataset = dataset;
      this.positions = new ArrayPositions(dataset);
    }

    List<Finding> check() {
      for (RecordType type : RecordType.values()) {
        List<? extends CpxRecord> records = dataset.records(type);
        for (int i = 0; i < records.size(); i++) {
          CpxRecord record = records.get(i);
          String base = positions.pointer(type, i);
          if (first.putIfAbsent(record.getId(), record) != null) {
            add(record, base + "/id", FindingCode.ID_DUPLICATE, Severity.ERROR);
          }
        }
      }
      for (RecordType type : RecordType.values()) {
        List<? extends CpxRecord> records = dataset.records(type);
        for (int i = 0; i < records.size(); i++) {
          CpxRecord record = records.get(i);
          String base = positions.pointer(type, i);
          references(record, base);
          rules(record, base);
        }
      }
      cycles(RecordType.ORGANIZATION, record -> ((Organization) record).getParent(), "/parent",
          FindingCode.ORGANIZATION_PARENT_CYCLE);
      cycles(RecordType.EVENT, record -> ((Event) record).getPartOf(), "/partOf", FindingCode.EVENT_PART_OF_CYCLE);
      List<Finding> ordered = new ArrayList<>();
      for (RecordType type : RecordType.values()) {
        for (CpxRecord record : dataset.records(type)) {
          List<Finding> own = findings.get(record);
          if (own != null) {
            own.sort(Finding.byPath());
            ordered.addAll(own);
          }
        }
      }
      return ordered;
    }

    private void add(CpxRecord record, String path, FindingCode code, Severity severity) {
      findings.computeIfAbsent(record, r -> new ArrayList<>()).add(Finding.builder()
          .code(code)
          .severity(severity)
          .path(path)
          .recordId(record.getId().getValue())
          .message(FindingMessages.message(code, Locale.ROOT))
          .build());
    }

    // References.

    private void reference(CpxRecord record, String path, Optional<Id> target, Set<RecordType> allowed) {
      target.ifPresent(id -> reference(record, path, id, allowed));
    }

    private void reference(CpxRecord record, String path, Id target, Set<RecordType> allowed) {
      CpxRecord found = first.get(target);
      if (found == null) {
        add(record, path, FindingCode.REFERENCE_UNRESOLVED, openReferences ? Severity.WARNING : Severity.ERROR);
      } else if (!allowed.contains(found.getType())) {
        add(record, path, FindingCode.REFERENCE_WRONG_TYPE, Severity.ERROR);
      }
    }

    private void references(CpxRecord record, List<Id> targets, String path, Set<RecordType> allowed) {
      for (int i = 0; i < targets.size(); i++) {
        reference(record, path + "/" + i, targets.get(i), allowed);
      }
    }

    private void parties(CpxRecord record, List<Party> parties, String path) {
      for (int i = 0; i < parties.size(); i++) {
        party(record, parties.get(i), path + "/" + i);
      }
    }

    private void party(CpxRecord record, Party party, String path) {
      reference(record, path + "/actor", party.getActor(), ACTORS);
    }

    private void references(CpxRecord record, String base) {
      switch (record.getType()) {
        case ORGANIZATION:
          Organization organization = (Organization) record;
          reference(record, base + "/parent", organization.getParent(), EnumSet.of(RecordType.ORGANIZATION));
          references(record, organization.getSucceededBy(), base + "/succeededBy", BODIES);
          break;
        case NETWORK:
          Network network = (Network) record;
          references(record, network.getSucceededBy(), base + "/succeededBy", BODIES);
          reference(record, base + "/host", network.getHost(), BODIES);
          for (int i = 0; i < network.getMemberships().size(); i++) {
            Membership membership = network.getMemberships().get(i);
            reference(record, base + "/memberships/" + i + "/member", membership.getMember(), ACTORS);
            reference(record, base + "/memberships/" + i + "/onBehalfOf", membership.getOnBehalfOf(), BODIES);
          }
          for (int i = 0; i < network.getGoverningDocuments().size(); i++) {
            reference(record, base + "/governingDocuments/" + i + "/adoptedBy",
                network.getGoverningDocuments().get(i).getAdoptedBy(), ACTORS);
          }
          break;
        case PERSON:
          Person person = (Person) record;
          for (int i = 0; i < person.getPositions().size(); i++) {
            reference(record, base + "/positions/" + i + "/organization",
                person.getPositions().get(i).getOrganization(), BODIES);
          }
          break;
        case EVENT:
          Event event = (Event) record;
          reference(record, base + "/partOf", event.getPartOf(), EVENTS);
          for (int i = 0; i < event.getRelatedEvents().size(); i++) {
            reference(record, base + "/relatedEvents/" + i + "/event", event.getRelatedEvents().get(i).getEvent(), EVENTS);
          }
          for (int i = 0; i < event.getParticipants().size(); i++) {
            reference(record, base + "/participants/" + i + "/actor", event.getParticipants().get(i).getActor(), ACTORS);
            reference(record, base + "/participants/" + i + "/onBehalfOf",
                event.getParticipants().get(i).getOnBehalfOf(), BODIES);
          }
          break;
        case DECLARATION:
          Declaration declaration = (Declaration) record;
          reference(record, base + "/adoptedAt", declaration.getAdoptedAt(), EVENTS);
          parties(record, declaration.getEndorsedBy(), base + "/endorsedBy");
          break;
        case RECOMMENDATION:
          Recommendation recommendation = (Recommendation) record;
          parties(record, recommendation.getMadeBy(), base + "/madeBy");
          parties(record, recommendation.getAddressees(), base + "/addressees");
          reference(record, base + "/madeAt", recommendation.getMadeAt(), EVENTS);
          reference(record, base + "/declaration", recommendation.getDeclaration(), DECLARATIONS);
          for (int i = 0; i < recommendation.getResponses().size(); i++) {
            party(record, recommendation.getResponses().get(i).getBy(), base + "/responses/" + i + "/by");
          }
          break;
        default:
          Commitment commitment = (Commitment) record;
          parties(record, commitment.getCommittedBy(), base + "/committedBy");
          references(record, commitment.getRespondsTo(), base + "/respondsTo", ANSWERABLE);
          reference(record, base + "/madeAt", commitment.getMadeAt(), EVENTS);
          reference(record, base + "/declaration", commitment.getDeclaration(), DECLARATIONS);
          for (int i = 0; i < commitment.getProgress().size(); i++) {
            Optional<Party> reporter = commitment.getProgress().get(i).getReportedBy();
            if (reporter.isPresent()) {
              party(record, reporter.get(), base + "/progress/" + i + "/reportedBy");
            }
          }
          break;
      }
    }

    // Rules of one record that need the others.

    private void rules(CpxRecord record, String base) {
      switch (record.getType()) {
        case NETWORK:
          network((Network) record, base);
          break;
        case EVENT:
          ((Event) record).getAttendance().ifPresent(attendance -> attendance(record, attendance, base + "/attendance"));
          break;
        case DECLARATION:
          declaration((Declaration) record, base);
          break;
        case RECOMMENDATION:
          Recommendation recommendation = (Recommendation) record;
          article(record, recommendation.getDeclaration(), recommendation.getArticle(), base);
          break;
        case COMMITMENT:
          Commitment commitment = (Commitment) record;
          article(record, commitment.getDeclaration(), commitment.getArticle(), base);
          progress(commitment, base);
          break;
        default:
          break;
      }
    }

    private void network(Network network, String base) {
      Set<Id> members = new HashSet<>();
      List<Membership> memberships = network.getMemberships();
      for (int i = 0; i < memberships.size(); i++) {
        Membership membership = memberships.get(i);
        if (membership.getMember().equals(network.getId())) {
          add(network, base + "/memberships/" + i + "/member", FindingCode.MEMBERSHIP_SELF, Severity.ERROR);
        }
        if (!membership.getRole().map(role -> role.is(MembershipRole.OBSERVER)).orElse(false)) {
          members.add(membership.getMember());
        }
      }
      network.getMemberCount().ifPresent(count -> {
        if (exceeds(members.size(), count)) {
          add(network, base + "/memberCount", FindingCode.COUNT_INCONSISTENT, Severity.ERROR);
        }
      });
    }

    private void attendance(CpxRecord event, Attendance attendance, String base) {
      if (attendance.getTotal().isEmpty()) {
        return;
      }
      Count total = attendance.getTotal().get();
      for (int i = 0; i < attendance.getBreakdown().size(); i++) {
        Optional<Count> count = attendance.getBreakdown().get(i).getCount();
        if (count.isPresent() && exceeds(count.get().lowerBound(), total)) {
          add(event, base + "/breakdown/" + i + "/count", FindingCode.COUNT_INCONSISTENT, Severity.ERROR);
        }
      }
    }

    private void declaration(Declaration declaration, String base) {
      Set<String> numbers = new HashSet<>();
      List<Article> articles = declaration.getArticles();
      for (int i = 0; i < articles.size(); i++) {
        if (!numbers.add(articles.get(i).getNumber())) {
          add(declaration, base + "/articles/" + i + "/number", FindingCode.ARTICLE_DUPLICATE, Severity.ERROR);
        }
      }
      Set<Id> endorsers = new HashSet<>();
      declaration.getEndorsedBy().forEach(party -> party.getActor().ifPresent(endorsers::add));
      declaration.getEndorsementCount().ifPresent(count -> {
        if (exceeds(endorsers.size(), count)) {
          add(declaration, base + "/endorsementCount", FindingCode.COUNT_INCONSISTENT, Severity.ERROR);
        }
      });
    }

    private void article(CpxRecord record, Optional<Id> declarationId, Optional<String> number, String base) {
      if (declarationId.isEmpty() || number.isEmpty()) {
        return;
      }
      CpxRecord found = first.get(declarationId.get());
      if (found instanceof Declaration) {
        Declaration declaration = (Declaration) found;
        if (!declaration.getArticles().isEmpty() && declaration.article(number.get()).isEmpty()) {
          add(record, base + "/article", FindingCode.ARTICLE_UNRESOLVED, Severity.ERROR);
        }
      }
    }

    private void progress(Commitment commitment, String base) {
      List<ProgressReport> reports = commitment.getProgress();
      boolean reported = false;
      Set<List<Object>> finished = new HashSet<>();
      for (int i = 0; i < reports.size(); i++) {
        ProgressReport report = reports.get(i);
        if (!reported && isBeforeAnEarlierDate(commitment, i)) {
          add(commitment, base + "/progress/" + i + "/on", FindingCode.PROGRESS_ORDER, Severity.ERROR);
          reported = true;
        }
        List<Object> reporter = reporter(report.getReportedBy());
        if (finished.contains(reporter)) {
          add(commitment, base + "/progress/" + i, FindingCode.PROGRESS_AFTER_TERMINAL, Severity.WARNING);
        }
        if (report.getStatus().getKnown().map(TERMINAL::contains).orElse(false)) {
          finished.add(reporter);
        }
      }
    }

    /** Whether report {@code i} is certainly before the commitment was made or before a report listed earlier. */
    private boolean isBeforeAnEarlierDate(Commitment commitment, int i) {
      PartialDate on = commitment.getProgress().get(i).getOn();
      if (commitment.getMadeOn().map(on::isBefore).orElse(false)) {
        return true;
      }
      for (int j = 0; j < i; j++) {
        if (on.isBefore(commitment.getProgress().get(j).getOn())) {
          return true;
        }
      }
      return false;
    }

    private List<Object> reporter(Optional<Party> party) {
      List<Object> key = new ArrayList<>(2);
      key.add(party.flatMap(Party::getActor).map(Object.class::cast).orElse(""));
      key.add(party.flatMap(Party::getGroup).map(Code::getValue).orElse(""));
      return key;
    }

    /** Whether a number at least {@code lower} cannot be within {@code count}'s bounds. */
    private boolean exceeds(long lower, Count count) {
      return count.upperBound().isPresent() && lower > count.upperBound().getAsLong();
    }

    // Cycles.

    private void cycles(RecordType type, Function<CpxRecord, Optional<Id>> link, String member, FindingCode code) {
      List<? extends CpxRecord> records = dataset.records(type);
      Map<CpxRecord, Integer> order = new IdentityHashMap<>();
      for (int i = 0; i < records.size(); i++) {
        order.put(records.get(i), i);
      }
      Set<CpxRecord> done = Collections.newSetFromMap(new IdentityHashMap<>());
      for (CpxRecord start : records) {
        List<CpxRecord> path = new ArrayList<>();
        Set<CpxRecord> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        CpxRecord current = start;
        while (current != null && !done.contains(current) && onPath.add(current)) {
          path.add(current);
          current = next(current, link, type);
        }
        if (current != null && onPath.contains(current) && !done.contains(current)) {
          int from = 0;
          while (path.get(from) != current) {
            from++;
          }
          CpxRecord firstInInput = path.get(from);
          for (CpxRecord node : path.subList(from, path.size())) {
            if (order.get(node) < order.get(firstInInput)) {
              firstInInput = node;
            }
          }
          add(firstInInput, positions.pointer(type, order.get(firstInInput)) + member, code, Severity.ERROR);
        }
        done.addAll(path);
      }
    }

    private @Nullable CpxRecord next(CpxRecord record, Function<CpxRecord, Optional<Id>> link, RecordType type) {
      return link.apply(record).map(first::get).filter(found -> found.getType() == type).orElse(null);
    }
  }
}
