package org.cpx.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpx.core.Code;
import org.cpx.core.Codes;
import org.cpx.core.CpxRecord;
import org.cpx.core.Extensible;
import org.cpx.core.Id;
import org.cpx.core.LegalReference;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordType;
import org.cpx.core.Source;
import org.cpx.core.actor.Person;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.outcome.Commitment;
import org.cpx.json.internal.Elements;
import org.cpx.json.internal.KeptElements;
import org.cpx.json.internal.Path;
import org.cpx.json.internal.PersonalData;
import org.cpx.validation.FindingMessages;
import org.jspecify.annotations.Nullable;

/**
 * The rules of spec §6 about one record that need no other record and are not constraints:
 * unknown codes and members, private personal data on a person, texts missing a dataset language,
 * records without sources, events without a period, commitments without deadline or indicators. It
 * walks a record through its getters, whose names are the members' names, skipping the members
 * whose type holds nothing these rules look at; a path is written out only for a finding.
 */
public final class RecordWalk {
  /** A getter worth walking, as a handle taking and returning {@code Object}, with the name of its member. */
  private record Member(String name, MethodHandle getter) {}

  /** What the walk does with a value of a class. */
  private enum Kind {
    CODE,
    TEXT,
    OPTIONAL,
    ELEMENTS,
    OBJECT,
    OTHER
  }

  /** The kind of a class and, for objects with members, the getters worth walking. */
  private record Shape(Kind kind, List<Member> members, boolean quoted) {}

  /** Shapes by class, so that a value's class is looked up once instead of tested against each type. */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      if (Code.class.isAssignableFrom(type)) {
        return new Shape(Kind.CODE, List.of(), false);
      }
      if (LocalizedText.class.isAssignableFrom(type)) {
        return new Shape(Kind.TEXT, List.of(), false);
      }
      if (Optional.class.isAssignableFrom(type)) {
        return new Shape(Kind.OPTIONAL, List.of(), false);
      }
      if (List.class.isAssignableFrom(type) || Codes.class.isAssignableFrom(type)) {
        return new Shape(Kind.ELEMENTS, List.of(), false);
      }
      if (!Extensible.class.isAssignableFrom(type)) {
        return new Shape(Kind.OTHER, List.of(), false);
      }
      boolean quoted = Source.class.isAssignableFrom(type) || LegalReference.class.isAssignableFrom(type);
      return new Shape(Kind.OBJECT, members(type), quoted);
    }
  };

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
    walk(record, true);
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
      walk(publisher, false);
      path.pop();
    });
    findings.sort(Finding.byPath());
    return findings;
  }

  private void walk(Object value, boolean languagesExpected) {
    Shape shape = SHAPES.get(value.getClass());
    switch (shape.kind()) {
      case CODE:
        if (!((Code<?>) value).isKnown()) {
          add(FindingCode.CODE_UNKNOWN);
        }
        break;
      case TEXT:
        if (languagesExpected && !coversLanguages((LocalizedText) value)) {
          add(FindingCode.TEXT_MISSING_LANGUAGE);
        }
        // A tag is kept in its normal case, not as read: the finding is the text's.
        if (person && ((LocalizedText) value).getEntries().keySet().stream().anyMatch(Person::isPersonalDataMember)) {
          add(FindingCode.PRIVACY_PERSONAL_DATA);
        }
        break;
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          walk(optional.get(), languagesExpected);
        }
        break;
      case ELEMENTS:
        int index = 0;
        for (Object element : (Iterable<?>) value) {
          path.push(index++);
          walk(element, languagesExpected);
          path.pop();
        }
        break;
      case OBJECT:
        for (Member member : shape.members()) {
          path.push(member.name());
          walk(invoke(member.getter(), value), languagesExpected && !shape.quoted());
          path.pop();
        }
        unknownMembers((Extensible) value);
        break;
      default:
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

  /** The getters of {@code type} whose values may hold what the walk checks, by member name. */
  private static List<Member> members(Class<?> type) {
    List<Member> members = new ArrayList<>();
    for (Method method : type.getMethods()) {
      String name = method.getName();
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && name.startsWith("get")
          && name.length() > 3
          && !name.equals("getUnknownMembers")
          && method.getDeclaringClass() != Object.class
          && mayHoldChecked(method.getGenericReturnType())) {
        members.add(new Member(Character.toLowerCase(name.charAt(3)) + name.substring(4), handle(method)));
      }
    }
    members.sort(Comparator.comparing(Member::name));
    return List.copyOf(members);
  }

  /**
   * Whether a value of {@code type} may hold a code, a text or an object with members: false for
   * final classes that are none of these (strings, ids, dates, numbers) and containers of them.
   */
  private static boolean mayHoldChecked(Type type) {
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (raw == Optional.class || raw == List.class) {
        return mayHoldChecked(parameterized.getActualTypeArguments()[0]);
      }
      return mayHoldChecked(raw);
    }
    if (!(type instanceof Class)) {
      return true;
    }
    Class<?> raw = (Class<?>) type;
    boolean leaf = raw.isPrimitive() || raw.isEnum() || Modifier.isFinal(raw.getModifiers());
    return !leaf || raw == Code.class || raw == Codes.class || raw == LocalizedText.class
        || Extensible.class.isAssignableFrom(raw);
  }

  private static MethodHandle handle(Method getter) {
    try {
      return MethodHandles.publicLookup().unreflect(getter).asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + getter.getName(), e);
    }
  }

  private static Object invoke(MethodHandle getter, Object value) {
    try {
      return (Object) getter.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("a getter threw a checked exception", e);
    }
  }
}
