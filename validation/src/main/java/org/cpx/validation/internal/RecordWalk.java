package org.cpx.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.ContactPoint;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.Period;
import org.cpx.core.Place;
import org.cpx.core.RecordType;
import org.cpx.core.actor.Person;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.Kind;
import org.cpx.core.model.Member;
import org.cpx.core.model.ObjectType;
import org.cpx.core.outcome.Commitment;
import org.cpx.json.internal.Elements;
import org.cpx.json.internal.KeptElements;
import org.cpx.json.internal.Path;
import org.cpx.json.internal.PersonalData;
import org.cpx.validation.CodeLists;
import org.cpx.validation.FindingMessages;
import org.jspecify.annotations.Nullable;

/**
 * The rules of spec §6 about one record that need no other record: the values of checked kinds
 * (countries, subdivisions, areas, currencies, URLs, SDG targets) and of checked types (periods,
 * places, contact points) — the constraints of the model, which Jakarta Validation users check
 * with the same {@link Validators} —, unknown codes and members, private personal data on a person,
 * texts missing a dataset language, records without sources, events without a period, commitments
 * without deadline or indicators. It walks a record through its description ({@link CpxModel}),
 * visiting the members whose values a rule looks at; a path is written out only for a finding.
 */
public final class RecordWalk {
  private static final JsonFactory JSON = new JsonFactory();

  private final List<String> languages;
  private final Path path = new Path();
  private String recordPath = "";
  private @Nullable String recordId;
  private boolean person;
  private List<Finding> findings = new ArrayList<>();

  /** A walk checking texts against the dataset languages {@code languages}; not thread-safe. */
  public RecordWalk(List<String> languages) {
    this.languages = List.copyOf(languages);
  }

  /** The findings of {@code record}, found at {@code path}, sorted by path. */
  public List<Finding> check(CpxRecord record, String path) {
    findings = new ArrayList<>();
    this.path.truncate(0);
    recordPath = path;
    recordId = record.getId().getValue();
    person = record.getType() == RecordType.PERSON;
    if (record.getSources().isEmpty()) {
      add(FindingCode.SOURCE_MISSING);
    }
    if (record.getType() == RecordType.EVENT && ((Event) record).getPeriod().isEmpty()) {
      add(FindingCode.EVENT_NO_PERIOD);
    }
    if (record.getType() == RecordType.COMMITMENT) {
      Commitment commitment = (Commitment) record;
      if (commitment.getDueBy().isEmpty()) {
        addAt(FindingCode.COMMITMENT_NO_DEADLINE, "dueBy");
      }
      if (commitment.getIndicators().isEmpty()) {
        addAt(FindingCode.COMMITMENT_NOT_MEASURABLE, "indicators");
      }
    }
    object(CpxModel.typeOf(record), record, true);
    findings.sort(Finding.byPath());
    return findings;
  }

  /**
   * The findings of an element kept as read (spec §1) — {@code json}, found at {@code path} in the
   * array of {@code slot} ({@code null} for {@code otherRecords} and stream lines of no known type),
   * with the valid id {@code id}, a stream line when {@code standalone} — sorted by path: a type
   * this version does not know on a stream line, and private personal data when it is a person's;
   * the other rules of one record apply once it can be read.
   */
  public List<Finding> checkKeptAsRead(String json, String path, @Nullable RecordType slot, @Nullable Id id,
      boolean standalone) {
    findings = new ArrayList<>();
    this.path.truncate(0);
    recordPath = path;
    recordId = id == null ? null : id.getValue();
    String type = KeptElements.member(JSON, json, "type");
    if (standalone && slot == null && type != null && Elements.cleaned(type) != null && !Elements.isHeader(type)) {
      addAt(FindingCode.CODE_UNKNOWN, "type");
    }
    person = KeptElements.isPerson(slot, type);
    if (person) {
      personalDataInside(json, path);
    }
    findings.sort(Finding.byPath());
    return findings;
  }

  /**
   * The findings of a document's own members, sorted by path: unknown members of the document
   * (or a stream's header) and of its {@code publisher}, where texts need no dataset language.
   */
  public List<Finding> checkDocument(Dataset dataset) {
    findings = new ArrayList<>();
    this.path.truncate(0);
    recordPath = "";
    recordId = null;
    person = false;
    unknownMembers(dataset);
    dataset.getPublisher().ifPresent(publisher -> {
      path.push("publisher");
      object(CpxModel.PUBLISHER, publisher, false);
      path.pop();
    });
    findings.sort(Finding.byPath());
    return findings;
  }

  /**
   * Walks {@code value} of {@code type}: its codes, texts and nested objects, then its unknown
   * members. The texts of a source or a legal reference are quotes, not expected in every language.
   */
  private <T extends Extensible> void object(ObjectType<T> type, T value, boolean languagesExpected) {
    boolean languages = languagesExpected && type != CpxModel.SOURCE && type != CpxModel.LEGAL_REFERENCE;
    for (Member<T, ?> member : type.members()) {
      if (!isWalked(member.kind().form())) {
        continue;
      }
      if (member.cardinality() == Member.Cardinality.LIST) {
        List<?> values = member.values(value);
        for (int i = 0; i < values.size(); i++) {
          path.push(member.name());
          path.push(i);
          value(member.kind(), values.get(i), languages);
          path.pop();
          path.pop();
        }
      } else {
        Optional<?> one = member.value(value);
        if (one.isPresent()) {
          path.push(member.name());
          value(member.kind(), one.get(), languages);
          path.pop();
        }
      }
    }
    objectRules(type, value);
    unknownMembers(value);
  }

  /**
   * The rules of a value as a whole (the constraints of its type): a period's end before its start,
   * a place's subdivision outside its country, a contact point's value not of its kind.
   */
  private void objectRules(ObjectType<?> type, Object value) {
    if (type == CpxModel.PERIOD) {
      check(!((Period) value).isReversed(), FindingCode.PERIOD_REVERSED);
    } else if (type == CpxModel.PLACE && !Validators.isInItsCountry((Place) value)) {
      addAt(FindingCode.SUBDIVISION_INVALID, "subdivision");
    } else if (type == CpxModel.CONTACT_POINT) {
      FindingCode contact = Validators.contact((ContactPoint) value);
      if (contact != null) {
        addAt(contact, "value");
      }
    }
  }

  /** Reports {@code code} at the current path unless {@code valid}. */
  private void check(boolean valid, FindingCode code) {
    if (!valid) {
      add(code);
    }
  }

  /** Whether a value of {@code form} is or may hold one that a rule of one record checks. */
  private static boolean isWalked(Kind.Form form) {
    switch (form) {
      case CODE:
      case LOCALIZED_TEXT:
      case COUNTRY:
      case SUBDIVISION:
      case AREA:
      case CURRENCY:
      case URL:
      case SDG_TARGET:
      case COUNT:
      case OBJECT:
        return true;
      default:
        return false;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void value(Kind<?> kind, Object value, boolean languagesExpected) {
    switch (kind.form()) {
      case CODE:
        if (!((Code<?>) value).isKnown()) {
          add(FindingCode.CODE_UNKNOWN);
        }
        break;
      case LOCALIZED_TEXT:
        LocalizedText text = (LocalizedText) value;
        if (languagesExpected && !coversLanguages(text)) {
          add(FindingCode.TEXT_MISSING_LANGUAGE);
        }
        // A tag is kept in its normal case, not as read: the finding is the text's.
        if (person && text.getEntries().keySet().stream().anyMatch(Person::isPersonalDataMember)) {
          add(FindingCode.PRIVACY_PERSONAL_DATA);
        }
        break;
      case COUNTRY:
        check(CodeLists.isCountry((String) value), FindingCode.COUNTRY_UNKNOWN);
        break;
      case SUBDIVISION:
        check(CodeLists.isSubdivision((String) value), FindingCode.SUBDIVISION_INVALID);
        break;
      case AREA:
        FindingCode area = Validators.area((String) value);
        if (area != null) {
          add(area);
        }
        break;
      case CURRENCY:
        check(CodeLists.isCurrency((String) value), FindingCode.CURRENCY_UNKNOWN);
        break;
      case URL:
        check(Validators.isHttpUrl((String) value), FindingCode.URL_INVALID);
        break;
      case SDG_TARGET:
        check(CodeLists.isSdgTarget((String) value), FindingCode.SDG_UNKNOWN);
        break;
      default:
        object((ObjectType) kind.objectType().orElseThrow(), (Extensible) value, languagesExpected);
        break;
    }
  }

  private void unknownMembers(Extensible value) {
    Map<String, String> unknown = value.getUnknownMembers();
    if (unknown.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> member : unknown.entrySet()) {
      path.push(member.getKey());
      boolean personalData = person && Person.isPersonalDataMember(member.getKey());
      if (!personalData && !member.getKey().startsWith("x-")) {
        add(FindingCode.MEMBER_UNKNOWN);
      }
      if (person) {
        personalData(member.getKey(), member.getValue());
      }
      path.pop();
    }
  }

  private boolean coversLanguages(LocalizedText text) {
    for (String language : languages) {
      if (!text.covers(language)) {
        return false;
      }
    }
    return true;
  }

  /** Reports a member of a person, or members inside its JSON value, that hold private personal data. */
  private void personalData(String name, String json) {
    if (Person.isPersonalDataMember(name)) {
      add(FindingCode.PRIVACY_PERSONAL_DATA);
    }
    personalDataInside(json, pointer());
  }

  /** Reports the members inside the JSON text {@code json}, found at {@code base}, that hold private personal data. */
  private void personalDataInside(String json, String base) {
    try {
      PersonalData.find(JSON, json, base, nested -> findings.add(finding(FindingCode.PRIVACY_PERSONAL_DATA, nested)));
    } catch (IOException e) {
      throw new IllegalArgumentException("a member of " + recordId + " is not JSON text", e);
    }
  }

  private void add(FindingCode code) {
    findings.add(finding(code, pointer()));
  }

  private void addAt(FindingCode code, String member) {
    findings.add(finding(code, recordPath + path.pointer(member)));
  }

  private String pointer() {
    return recordPath + path.pointer();
  }

  private Finding finding(FindingCode code, String pointer) {
    Finding.Builder finding = Finding.builder()
        .code(code)
        .path(pointer)
        .message(FindingMessages.message(code, Locale.ROOT));
    if (recordId != null) {
      finding.recordId(recordId);
    }
    return finding.build();
  }
}
