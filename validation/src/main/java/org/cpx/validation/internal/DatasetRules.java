package org.cpx.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.PartialDate;
import org.cpx.core.Party;
import org.cpx.core.RecordType;
import org.cpx.core.actor.Membership;
import org.cpx.core.actor.MembershipRole;
import org.cpx.core.actor.Network;
import org.cpx.core.actor.Organization;
import org.cpx.core.actor.Person;
import org.cpx.core.event.Attendance;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.finding.Severity;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;
import org.cpx.core.outcome.Article;
import org.cpx.core.outcome.Commitment;
import org.cpx.core.outcome.CommitmentStatus;
import org.cpx.core.outcome.Declaration;
import org.cpx.core.outcome.ProgressReport;
import org.cpx.core.outcome.Recommendation;
import org.cpx.json.internal.Path;
import org.cpx.validation.FindingMessages;
import org.jspecify.annotations.Nullable;

/**
 * The rules of spec §6 that need more than one value: within a record (counts, article numbers,
 * progress order, a network among its members) and across records (unique ids, references and the
 * types they may point at, articles of other declarations, cycles of parents and parts).
 *
 * <p>A {@link Pass} takes records one at a time and keeps only what the rules across records need
 * — ids, types, links, article numbers and the references still to resolve — never their content,
 * so a stream of any length is validated in memory proportional to its ids.
 */
public final class DatasetRules {
  private static final Set<CommitmentStatus> TERMINAL =
      EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.NOT_FULFILLED, CommitmentStatus.WITHDRAWN);

  private final boolean openReferences;

  /** Rules under which an unresolved reference is an error, or a warning when {@code openReferences}. */
  public DatasetRules(boolean openReferences) {
    this.openReferences = openReferences;
  }

  /** Starts a pass over the records of one document. */
  public Pass start() {
    return new Pass();
  }

  /**
   * Where a finding about a record goes: the record's pointer ({@code ""} in a stream), the number
   * of its id, its line in a stream, and its place in the input.
   */
  private record Place(String base, int record, long line, int order) {}

  /** A reference to a record not seen yet, kept under the number of the id it refers to. */
  private record Reference(Place place, String path, Set<RecordType> allowed) {}

  /** An article of a declaration not seen yet. */
  private record ArticleReference(Place place, int declaration, String number) {}

  /**
   * The links of records to their parent or whole, for cycles, in input order: in arrays, as every
   * organization of a national registry may have one.
   */
  /** Checks one record of a type, adding what it finds now to {@code findings}. */
  @FunctionalInterface
  private interface RecordCheck {
    void check(CpxRecord record, Place place, List<Finding> findings);
  }

  private static final class Links {
    private int size;
    private int[] records = new int[16];
    private int[] targets = new int[16];
    private int[] orders = new int[16];
    private long[] lines = new long[16];
    /** The records' pointers, kept only once one is not empty (in a dataset document). */
    private String @Nullable [] bases;

    void add(Place place, int target) {
      if (size == records.length) {
        int capacity = size + (size >> 1);
        records = Arrays.copyOf(records, capacity);
        targets = Arrays.copyOf(targets, capacity);
        orders = Arrays.copyOf(orders, capacity);
        lines = Arrays.copyOf(lines, capacity);
        bases = bases == null ? null : Arrays.copyOf(bases, capacity);
      }
      if (bases == null && !place.base().isEmpty()) {
        bases = new String[records.length];
        Arrays.fill(bases, 0, size, "");
      }
      records[size] = place.record();
      targets[size] = target;
      orders[size] = place.order();
      lines[size] = place.line();
      if (bases != null) {
        bases[size] = place.base();
      }
      size++;
    }

    Place place(int link) {
      return new Place(bases == null ? "" : bases[link], records[link], lines[link], orders[link]);
    }
  }

  /**
   * Findings across records, kept until the end of the pass in blocks of arrays rather than as
   * objects, so that a stream of a million duplicated ids is reported in some twenty bytes per
   * finding: the record's input place and number, the finding's code and path within the record.
   * Blocks are never copied to grow.
   */
  private static final class Placed {
    private static final int BLOCK = 4096;

    /** One block of findings. */
    private static final class Block {
      final int[] orders = new int[BLOCK];
      final int[] records = new int[BLOCK];
      final long[] lines = new long[BLOCK];
      final byte[] codes = new byte[BLOCK];
      final String[] paths = new String[BLOCK];
      /** The records' pointers, kept only once one is not empty (in a dataset document). */
      String @Nullable [] bases;
    }

    private final List<Block> blocks = new ArrayList<>();
    private int size;

    void add(Place place, String path, FindingCode code) {
      if (size == blocks.size() * BLOCK) {
        blocks.add(new Block());
      }
      Block block = blocks.get(size / BLOCK);
      int i = size % BLOCK;
      if (block.bases == null && !place.base().isEmpty()) {
        block.bases = new String[BLOCK];
        Arrays.fill(block.bases, "");
      }
      block.orders[i] = place.order();
      block.records[i] = place.record();
      block.lines[i] = place.line();
      block.codes[i] = (byte) code.ordinal();
      block.paths[i] = path;
      if (block.bases != null) {
        block.bases[i] = place.base();
      }
      size++;
    }

    /** Passes every finding to {@code sink} in input order of their records, each record's by path. */
    void emit(Pass pass, Consumer<Finding> sink) {
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        keys[i] = (long) blocks.get(i / BLOCK).orders[i % BLOCK] << 32 | i;
      }
      Arrays.sort(keys);
      List<Finding> sameRecord = new ArrayList<>();
      long order = -1;
      for (long key : keys) {
        if (key >>> 32 != order) {
          flush(sameRecord, sink);
          order = key >>> 32;
        }
        Block block = blocks.get((int) key / BLOCK);
        int i = (int) key % BLOCK;
        Place place = new Place(block.bases == null ? "" : block.bases[i], block.records[i], block.lines[i], block.orders[i]);
        sameRecord.add(pass.finding(place, block.paths[i], FindingCode.values()[block.codes[i]]));
      }
      flush(sameRecord, sink);
    }

    private static void flush(List<Finding> findings, Consumer<Finding> sink) {
      findings.sort(Finding.byPath());
      findings.forEach(sink);
      findings.clear();
    }
  }

  /** One pass over the records of one document, in input order. Not thread-safe. */
  public final class Pass {
    private final IdIndex ids = new IdIndex();
    /** The article numbers of each declaration that has articles, each between NULs (no text holds one). */
    private final Map<Integer, String> articles = new HashMap<>();
    /** References to records not seen yet, by the number of the id they refer to. */
    private final Map<Integer, List<Reference>> references = new HashMap<>();
    /** Articles of declarations not seen yet, by the number of the declaration's id. */
    private final Map<Integer, List<ArticleReference>> articleReferences = new HashMap<>();
    private final Links parents = new Links();
    private final Links wholes = new Links();
    private final Placed placed = new Placed();
    private final Path path = new Path();
    private final List<RecordCheck> checks = Stream.of(RecordType.values()).map(this::check).toList();
    private int order;

    private Pass() {}

    /**
     * Takes the next record, found at {@code base} (and {@code line} of a stream, or 0), and
     * returns the findings that need no later record.
     */
    public List<Finding> add(CpxRecord record, String base, long line) {
      int number = ids.number(record.getId());
      Place place = new Place(base, number, line, order);
      List<Finding> findings = new ArrayList<>();
      if (define(number, record.getType(), place)) {
        index(record, place);
      }
      path.truncate(0);
      references(CpxModel.typeOf(record), record, place, path);
      checks.get(record.getType().ordinal()).check(record, place, findings);
      order++;
      return findings;
    }

    /**
     * Takes the next record, one kept as read — unreadable, or of a type this version does not know
     * ({@code type} {@code null}) — with the valid id {@code id}: it takes part in the rules across
     * records through its id and type only (spec §1); its own references are not followed.
     */
    public void addKeptAsRead(Id id, @Nullable RecordType type, String base, long line) {
      int number = ids.number(id);
      define(number, type, new Place(base, number, line, order));
      order++;
    }

    /** Another record, with no valid id, takes its place in the input order. */
    public void skip() {
      order++;
    }

    /** Defines the id {@code number} for a record of {@code type}; {@code false} when it is a duplicate. */
    private boolean define(int number, @Nullable RecordType type, Place place) {
      if (ids.isDefined(number)) {
        placed.add(place, "/id", FindingCode.ID_DUPLICATE);
        return false;
      }
      ids.define(number, type);
      resolve(number, type);
      return true;
    }

    /**
     * Resolves what the records left open — references, articles of other records, cycles — and
     * passes the findings to {@code sink} in input order, each record's by path.
     */
    public void finish(Consumer<Finding> sink) {
      for (List<Reference> unresolved : references.values()) {
        for (Reference reference : unresolved) {
          placed.add(reference.place(), reference.path(), FindingCode.REFERENCE_UNRESOLVED);
        }
      }
      references.clear();
      cycles(parents, "/parent", FindingCode.ORGANIZATION_PARENT_CYCLE);
      cycles(wholes, "/partOf", FindingCode.EVENT_PART_OF_CYCLE);
      placed.emit(this, sink);
    }

    private void index(CpxRecord record, Place place) {
      if (record instanceof Declaration && !((Declaration) record).getArticles().isEmpty()) {
        StringBuilder numbers = new StringBuilder("\0");
        ((Declaration) record).getArticles().forEach(article -> numbers.append(article.getNumber()).append('\0'));
        articles.put(place.record(), numbers.toString());
      } else if (record instanceof Organization) {
        ((Organization) record).getParent().ifPresent(parent -> parents.add(place, ids.number(parent)));
      } else if (record instanceof Event) {
        ((Event) record).getPartOf().ifPresent(whole -> wholes.add(place, ids.number(whole)));
      }
    }

    // References.

    /**
     * Resolves or keeps every reference of {@code value}, a value of {@code type} found at {@code
     * path}: each id of a member whose description names the record types it may point at.
     */
    private <T extends Extensible> void references(ObjectType<T> type, T value, Place place, Path path) {
      for (Member<T, ?> member : References.of(type)) {
        List<?> values = member.values(value);
        for (int i = 0; i < values.size(); i++) {
          path.push(member.name());
          if (member.cardinality() == Member.Cardinality.LIST) {
            path.push(i);
          }
          Object one = values.get(i);
          if (one instanceof Id) {
            reference(place, path.pointer(), (Id) one, member.kind().targets());
          } else {
            nested(member, one, place, path);
          }
          if (member.cardinality() == Member.Cardinality.LIST) {
            path.pop();
          }
          path.pop();
        }
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void nested(Member<?, ?> member, Object value, Place place, Path path) {
      references((ObjectType) member.kind().objectType().orElseThrow(), (Extensible) value, place, path);
    }

    /** Resolves a reference to an earlier record now, and keeps one to a later record until it comes. */
    private void reference(Place place, String path, Id target, Set<RecordType> allowed) {
      int number = ids.number(target);
      RecordType type = ids.type(number);
      if (!ids.isDefined(number)) {
        references.computeIfAbsent(number, n -> new ArrayList<>(1)).add(new Reference(place, path, allowed));
      } else if (type != null && !allowed.contains(type)) {
        placed.add(place, path, FindingCode.REFERENCE_WRONG_TYPE);
      }
    }

    /**
     * Resolves what waited for the record of {@code type} that defines id {@code number}; a record
     * of a type this version does not know ({@code null}) satisfies any reference.
     */
    private void resolve(int number, @Nullable RecordType type) {
      List<Reference> waiting = references.remove(number);
      if (waiting != null) {
        for (Reference reference : waiting) {
          if (type != null && !reference.allowed().contains(type)) {
            placed.add(reference.place(), reference.path(), FindingCode.REFERENCE_WRONG_TYPE);
          }
        }
      }
      List<ArticleReference> articlesWaiting = articleReferences.remove(number);
      if (articlesWaiting != null) {
        articlesWaiting.forEach(this::article);
      }
    }

    /** The rules of {@code type} that need other records but its references, checked on one record of it. */
    private RecordCheck check(RecordType type) {
      return switch (type) {
        case ORGANIZATION, PERSON -> (record, place, findings) -> { };
        case NETWORK -> (record, place, findings) -> network((Network) record, place, findings);
        case EVENT -> (record, place, findings) ->
            ((Event) record).getAttendance().ifPresent(attendance -> attendance(attendance, place, findings));
        case DECLARATION -> (record, place, findings) -> declaration((Declaration) record, place, findings);
        case RECOMMENDATION -> (record, place, findings) -> {
          Recommendation recommendation = (Recommendation) record;
          article(place, recommendation.getDeclaration(), recommendation.getArticle());
        };
        case COMMITMENT -> (record, place, findings) -> {
          Commitment commitment = (Commitment) record;
          article(place, commitment.getDeclaration(), commitment.getArticle());
          progress(commitment, place, findings);
        };
      };
    }

    /** Looks the article up now when its declaration has been seen, else at the end. */
    private void article(Place place, Optional<Id> declaration, Optional<String> number) {
      if (declaration.isPresent() && number.isPresent()) {
        ArticleReference reference = new ArticleReference(place, ids.number(declaration.get()), number.get());
        if (!ids.isDefined(reference.declaration())) {
          articleReferences.computeIfAbsent(reference.declaration(), n -> new ArrayList<>(1)).add(reference);
        } else {
          article(reference);
        }
      }
    }

    /** Reports an article its declaration, seen now, does not have; one without articles has any. */
    private void article(ArticleReference reference) {
      String numbers = articles.get(reference.declaration());
      if (numbers != null && !numbers.contains("\0" + reference.number() + "\0")) {
        placed.add(reference.place(), "/article", FindingCode.ARTICLE_UNRESOLVED);
      }
    }

    // Rules within one record.

    private void network(Network network, Place place, List<Finding> findings) {
      Set<Id> members = new HashSet<>();
      List<Membership> memberships = network.getMemberships();
      for (int i = 0; i < memberships.size(); i++) {
        Membership membership = memberships.get(i);
        if (membership.getMember().equals(network.getId())) {
          findings.add(finding(place, "/memberships/" + i + "/member", FindingCode.MEMBERSHIP_SELF, Severity.ERROR));
        }
        if (!membership.getRole().map(role -> role.is(MembershipRole.OBSERVER)).orElse(false)) {
          members.add(membership.getMember());
        }
      }
      if (network.getMemberCount().map(count -> exceeds(members.size(), count)).orElse(false)) {
        findings.add(finding(place, "/memberCount", FindingCode.COUNT_INCONSISTENT, Severity.ERROR));
      }
    }

    private void attendance(Attendance attendance, Place place, List<Finding> findings) {
      if (attendance.getTotal().isEmpty()) {
        return;
      }
      Count total = attendance.getTotal().get();
      for (int i = 0; i < attendance.getBreakdown().size(); i++) {
        Optional<Count> count = attendance.getBreakdown().get(i).getCount();
        if (count.isPresent() && exceeds(count.get().lowerBound(), total)) {
          findings.add(finding(place, "/attendance/breakdown/" + i + "/count", FindingCode.COUNT_INCONSISTENT,
              Severity.ERROR));
        }
      }
    }

    private void declaration(Declaration declaration, Place place, List<Finding> findings) {
      Set<String> numbers = new HashSet<>();
      List<Article> list = declaration.getArticles();
      for (int i = 0; i < list.size(); i++) {
        if (!numbers.add(list.get(i).getNumber())) {
          findings.add(finding(place, "/articles/" + i + "/number", FindingCode.ARTICLE_DUPLICATE, Severity.ERROR));
        }
      }
      Set<Id> endorsers = new HashSet<>();
      declaration.getEndorsedBy().forEach(party -> party.getActor().ifPresent(endorsers::add));
      if (declaration.getEndorsementCount().map(count -> exceeds(endorsers.size(), count)).orElse(false)) {
        findings.add(finding(place, "/endorsementCount", FindingCode.COUNT_INCONSISTENT, Severity.ERROR));
      }
    }

    private void progress(Commitment commitment, Place place, List<Finding> findings) {
      List<ProgressReport> reports = commitment.getProgress();
      boolean reported = false;
      Set<List<String>> finished = new HashSet<>();
      for (int i = 0; i < reports.size(); i++) {
        ProgressReport report = reports.get(i);
        if (!reported && isBeforeAnEarlierDate(commitment, i)) {
          findings.add(finding(place, "/progress/" + i + "/on", FindingCode.PROGRESS_ORDER, Severity.ERROR));
          reported = true;
        }
        List<String> reporter = reporter(report.getReportedBy());
        if (finished.contains(reporter)) {
          findings.add(finding(place, "/progress/" + i, FindingCode.PROGRESS_AFTER_TERMINAL, Severity.WARNING));
        }
        if (report.getStatus().getKnown().map(TERMINAL::contains).orElse(false)) {
          finished.add(reporter);
        }
      }
    }

    // Cycles.

    /** Reports each cycle of {@code links} once, at the link of its record first in the input. */
    private void cycles(Links links, String member, FindingCode code) {
      long[] byRecord = new long[links.size];
      for (int i = 0; i < links.size; i++) {
        byRecord[i] = (long) links.records[i] << 32 | i;
      }
      Arrays.sort(byRecord);
      BitSet done = new BitSet(links.size);
      BitSet onPath = new BitSet(links.size);
      List<Integer> path = new ArrayList<>();
      for (int start = 0; start < links.size; start++) {
        path.clear();
        int link = start;
        while (link >= 0 && !done.get(link) && !onPath.get(link)) {
          onPath.set(link);
          path.add(link);
          link = linkOf(byRecord, links.targets[link]);
        }
        if (link >= 0 && onPath.get(link)) {
          int first = link;
          for (int inCycle : path.subList(path.indexOf(link), path.size())) {
            first = links.orders[inCycle] < links.orders[first] ? inCycle : first;
          }
          placed.add(links.place(first), member, code);
        }
        for (int onIt : path) {
          onPath.clear(onIt);
          done.set(onIt);
        }
      }
    }

    /** The index of the link of the record with id {@code record}, or -1 when it has none. */
    private int linkOf(long[] byRecord, int record) {
      int low = 0;
      int high = byRecord.length - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int at = (int) (byRecord[middle] >>> 32);
        if (at < record) {
          low = middle + 1;
        } else if (at > record) {
          high = middle - 1;
        } else {
          return (int) byRecord[middle];
        }
      }
      return -1;
    }

    /** A finding across records: an error, but an unresolved reference under the open-references option. */
    private Finding finding(Place place, String path, FindingCode code) {
      return finding(place, path, code,
          code == FindingCode.REFERENCE_UNRESOLVED && openReferences ? Severity.WARNING : Severity.ERROR);
    }

    private Finding finding(Place place, String path, FindingCode code, Severity severity) {
      Finding.Builder finding = Finding.builder()
          .code(code)
          .severity(severity)
          .path(place.base() + path)
          .recordId(ids.id(place.record()))
          .message(FindingMessages.message(code, Locale.ROOT));
      if (place.line() > 0) {
        finding.line(place.line());
      }
      return finding.build();
    }
  }

  /** Whether the true number is certainly more than {@code count} allows, {@code lower} being known. */
  private static boolean exceeds(long lower, Count count) {
    return count.upperBound().isPresent() && lower > count.upperBound().getAsLong();
  }

  /** Whether report {@code i} is certainly before the commitment was made or before a report listed earlier. */
  private static boolean isBeforeAnEarlierDate(Commitment commitment, int i) {
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

  /** The reporter of a progress report as a key: its actor or group; one key for reports without one. */
  private static List<String> reporter(Optional<Party> party) {
    return List.of(
        party.flatMap(Party::getActor).map(Id::getValue).orElse(""),
        party.flatMap(Party::getGroup).map(Code::getValue).orElse(""));
  }

}
