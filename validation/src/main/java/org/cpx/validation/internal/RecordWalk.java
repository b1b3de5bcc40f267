package org.cpx.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import org.cpx.core.LegalReference;
import org.cpx.core.LocalizedText;
import org.cpx.core.RecordType;
import org.cpx.core.Source;
import org.cpx.core.actor.Person;
import org.cpx.core.event.Event;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.outcome.Commitment;
import org.cpx.json.internal.PersonalData;
import org.cpx.validation.FindingMessages;

/**
 * The rules of spec §6 about one record that need no other record and are not constraints:
 * unknown codes and members, private personal data on a person, texts missing a dataset language,
 * records without sources, events without a period, commitments without deadline or indicators. It walks a record through its
 * getters, whose names are the members' names.
 */
public final class RecordWalk {
  private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      List<Method> getters = new ArrayList<>();
      for (Method method : type.getMethods()) {
        String name = method.getName();
        if (method.getParameterCount() == 0
            && !Modifier.isStatic(method.getModifiers())
            && name.startsWith("get")
            && name.length() > 3
            && !name.equals("getClass")
            && !name.equals("getUnknownMembers")
            && !name.equals("getType")
            && method.getDeclaringClass() != Object.class
            && !method.getDeclaringClass().isEnum()) {
          getters.add(method);
        }
      }
      getters.sort(Comparator.comparing(Method::getName));
      return List.copyOf(getters);
    }
  };

  private static final JsonFactory JSON = new JsonFactory();

  private final List<String> languages;

  /** A walk checking texts against the dataset languages {@code languages}. */
  public RecordWalk(List<String> languages) {
    this.languages = languages;
  }

  /** The findings of {@code record}, found at {@code path}, sorted by path. */
  public List<Finding> check(CpxRecord record, String path) {
    List<Finding> findings = new ArrayList<>();
    String id = record.getId().getValue();
    if (record.getSources().isEmpty()) {
      findings.add(finding(FindingCode.SOURCE_MISSING, path, id));
    }
    if (record.getType() == RecordType.EVENT && ((Event) record).getPeriod().isEmpty()) {
      findings.add(finding(FindingCode.EVENT_NO_PERIOD, path, id));
    }
    if (record.getType() == RecordType.COMMITMENT) {
      Commitment commitment = (Commitment) record;
      if (commitment.getDueBy().isEmpty()) {
        findings.add(finding(FindingCode.COMMITMENT_NO_DEADLINE, path + "/dueBy", id));
      }
      if (commitment.getIndicators().isEmpty()) {
        findings.add(finding(FindingCode.COMMITMENT_NOT_MEASURABLE, path + "/indicators", id));
      }
    }
    walk(record, path, id, true, record.getType() == RecordType.PERSON, findings);
    findings.sort(Finding.byPath());
    return findings;
  }

  private void walk(
      Object value, String path, String id, boolean languagesExpected, boolean person, List<Finding> findings) {
    if (value instanceof Code) {
      if (!((Code<?>) value).isKnown()) {
        findings.add(finding(FindingCode.CODE_UNKNOWN, path, id));
      }
    } else if (value instanceof LocalizedText) {
      LocalizedText text = (LocalizedText) value;
      if (languagesExpected && languages.stream().anyMatch(language -> !text.covers(language))) {
        findings.add(finding(FindingCode.TEXT_MISSING_LANGUAGE, path, id));
      }
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(present -> walk(present, path, id, languagesExpected, person, findings));
    } else if (value instanceof List || value instanceof Codes) {
      int index = 0;
      for (Object element : (Iterable<?>) value) {
        walk(element, path + "/" + index++, id, languagesExpected, person, findings);
      }
    } else if (value instanceof Extensible) {
      boolean quoted = value instanceof Source || value instanceof LegalReference;
      for (Method getter : GETTERS.get(value.getClass())) {
        walk(invoke(getter, value), path + "/" + member(getter), id, languagesExpected && !quoted, person, findings);
      }
      for (Map.Entry<String, String> member : ((Extensible) value).getUnknownMembers().entrySet()) {
        String memberPath = path + "/" + escape(member.getKey());
        if (!member.getKey().startsWith("x-")) {
          findings.add(finding(FindingCode.MEMBER_UNKNOWN, memberPath, id));
        }
        if (person) {
          personalData(member.getKey(), member.getValue(), memberPath, id, findings);
        }
      }
    }
  }

  /** Reports a member of a person, or members inside its JSON value, that hold private personal data. */
  private static void personalData(String name, String json, String path, String id, List<Finding> findings) {
    if (Person.isPersonalDataMember(name)) {
      findings.add(finding(FindingCode.PRIVACY_PERSONAL_DATA, path, id));
    }
    try {
      PersonalData.find(JSON, json, path, nested -> findings.add(finding(FindingCode.PRIVACY_PERSONAL_DATA, nested, id)));
    } catch (IOException e) {
      throw new IllegalArgumentException("an unknown member of " + id + " is not JSON text", e);
    }
  }

  private static Object invoke(Method getter, Object value) {
    try {
      return getter.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + getter.getName(), e);
    }
  }

  private static String member(Method getter) {
    String name = getter.getName().substring(3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static Finding finding(FindingCode code, String path, String recordId) {
    return Finding.builder()
        .code(code)
        .path(path)
        .recordId(recordId)
        .message(FindingMessages.message(code, Locale.ROOT))
        .build();
  }
}
