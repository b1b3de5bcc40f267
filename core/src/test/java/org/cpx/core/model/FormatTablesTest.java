package org.cpx.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpx.core.Code;
import org.cpx.core.RecordType;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/format.md}'s table of the records' members and its table of references are the
 * description's: each sits between markers and is written here from {@link CpxModel}, so that a
 * member left out of the description, or out of the document, fails the build. Run with {@code
 * -Dcpx.docs.write=true} to write the tables into the document after changing the description.
 *
 * <p>The value types of {@code org.cpx.core} (period, place, party…) are named, as the document's
 * table of value types describes them; the nested objects of one kind of record (memberships,
 * participants, articles…) are written out in place, {@code {…}} for one and {@code [{…}]} for a list.
 */
class FormatTablesTest {
  private static final Path FORMAT = Paths.get(System.getProperty("cpx.project.dir", ".."), "docs/format.md");

  @Test
  void theRecordsTableIsTheDescriptions() throws IOException {
    check("records", recordsTable());
  }

  @Test
  void theReferencesTableIsTheDescriptions() throws IOException {
    check("references", referencesTable());
  }

  @Test
  void theCodeListsTableIsTheDescriptions() throws IOException {
    check("code lists", codeListsTable());
  }

  private static void check(String table, String expected) throws IOException {
    String document = Files.readString(FORMAT, StandardCharsets.UTF_8);
    String start = "<!-- " + table + ": written from the model's description by FormatTablesTest -->\n";
    String end = "<!-- end of " + table + " -->";
    int from = document.indexOf(start);
    int to = document.indexOf(end);
    assertThat(from).as("the start marker of " + table).isNotNegative();
    assertThat(to).as("the end marker of " + table).isGreaterThan(from);
    String written = document.substring(from + start.length(), to);
    if (Boolean.getBoolean("cpx.docs.write")) {
      Files.writeString(FORMAT, document.substring(0, from + start.length()) + expected + document.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(written).as("docs/format.md, the " + table + " table; -Dcpx.docs.write=true writes it").isEqualTo(expected);
  }

  /** The records table: each record type's own members in order, the required in bold. */
  static String recordsTable() {
    StringBuilder table = new StringBuilder("| record | own members (in order; **required** in bold; → the records a reference may point at) |\n|---|---|\n");
    for (RecordType type : RecordType.values()) {
      ObjectType<?> record = CpxModel.record(type);
      String members = record.members().stream()
          .filter(member -> !isShared(member.name()))
          .map(FormatTablesTest::member)
          .collect(Collectors.joining(", "));
      table.append("| `").append(type.getCode()).append("` | ").append(members).append(" |\n");
    }
    return table.toString();
  }

  /** Whether {@code name} is one of the members every record has, which the text before the table lists. */
  private static boolean isShared(String name) {
    return name.equals("id") || name.equals("description") || name.equals("references") || name.equals("documents")
        || name.equals("access") || name.equals("sources");
  }

  private static String member(Member<?, ?> member) {
    String name = "`" + member.name() + "`";
    StringBuilder text = new StringBuilder(member.isRequired() ? "**" + name + "**" : name);
    Kind<?> kind = member.kind();
    if (!kind.targets().isEmpty()) {
      text.append(" → ").append(targets(kind));
    }
    kind.objectType().filter(FormatTablesTest::isWrittenOut).ifPresent(nested -> {
      String members = nested.members().stream().map(FormatTablesTest::member).collect(Collectors.joining(", "));
      text.append(member.cardinality() == Member.Cardinality.LIST ? " [{" + members + "}]" : " {" + members + "}");
    });
    if (member.isRequired() && member.cardinality() == Member.Cardinality.LIST) {
      text.append(" (≥ 1)");
    }
    return text.toString();
  }

  /** Whether a nested type is written out in place: it is not one of the value types of {@code org.cpx.core}. */
  private static boolean isWrittenOut(ObjectType<?> type) {
    return !type.javaType().getPackageName().equals("org.cpx.core");
  }

  /** The references table: every member holding ids, by type, and the record types they may point at. */
  static String referencesTable() {
    StringBuilder table = new StringBuilder("| in | member | may point at |\n|---|---|---|\n");
    for (ObjectType<?> type : CpxModel.types()) {
      for (Member<?, ?> member : type.members()) {
        if (!member.kind().targets().isEmpty()) {
          table.append("| ").append(words(type.name())).append(" | `").append(member.name()).append("`")
              .append(member.cardinality() == Member.Cardinality.LIST ? " (a list)" : "")
              .append(" | ").append(targets(member.kind())).append(" |\n");
        }
      }
    }
    return table.toString();
  }

  /**
   * The code lists table: each list with where it is used — the member's name alone when only
   * members of that name hold it and they hold no other list — and its known codes, as written.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static String codeListsTable() {
    Map<Class<?>, Set<String>> places = new LinkedHashMap<>();
    Map<Class<?>, Set<String>> names = new HashMap<>();
    Map<String, Set<Class<?>>> listsOfName = new HashMap<>();
    for (ObjectType<?> type : CpxModel.types()) {
      for (Member<?, ?> member : type.members()) {
        member.kind().codeList().ifPresent(list -> {
          places.computeIfAbsent(list, l -> new LinkedHashSet<>()).add(words(type.name()) + " `" + member.name() + "`");
          names.computeIfAbsent(list, l -> new LinkedHashSet<>()).add(member.name());
          listsOfName.computeIfAbsent(member.name(), name -> new HashSet<>()).add(list);
        });
      }
    }
    StringBuilder table = new StringBuilder("| list | codes |\n|---|---|\n");
    for (Map.Entry<Class<?>, Set<String>> list : places.entrySet()) {
      Set<String> memberNames = names.get(list.getKey());
      String name = memberNames.iterator().next();
      String used = memberNames.size() == 1 && listsOfName.get(name).size() == 1
          ? "`" + name + "`"
          : String.join(", ", list.getValue());
      String codes = Arrays.stream(list.getKey().getEnumConstants())
          .map(constant -> "`" + Code.of((Enum) constant).getValue() + "`")
          .collect(Collectors.joining(", "));
      table.append("| ").append(used).append(" | ").append(codes).append(" |\n");
    }
    return table.toString();
  }

  private static String targets(Kind<?> kind) {
    return Arrays.stream(RecordType.values()).filter(kind.targets()::contains).map(RecordType::getCode)
        .collect(Collectors.joining(", "));
  }

  /** {@code GoverningDocument} as {@code governing document}. */
  private static String words(String name) {
    return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }
}
