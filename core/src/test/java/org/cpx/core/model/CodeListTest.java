package org.cpx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpx.core.Code;
import org.cpx.core.CountQualifier;
import org.cpx.core.Theme;
import org.cpx.core.event.EventKind;
import org.cpx.core.finding.Severity;
import org.junit.jupiter.api.Test;

/** The labels of every code of every list, as {@code docs/codes/*.csv} gives them and the library carries them. */
class CodeListTest {
  private static final Path CODES = Paths.get(System.getProperty("cpx.project.dir", ".."), "docs/codes");

  @Test
  void everyListOfTheModelHasAFileAndEveryFileAList() throws IOException {
    Set<String> files;
    try (Stream<Path> listed = Files.list(CODES)) {
      files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
          .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toSet());
    }
    List<CodeList<?>> lists = CodeList.all();
    assertThat(lists.stream().map(CodeList::name)).containsExactlyInAnyOrderElementsOf(files);
    assertThat(lists).hasSize(19);
    String readme = Files.readString(CODES.resolve("README.md"));
    for (String file : files) {
      assertThat(readme).as("docs/codes/README.md names %s.csv", file).contains("`" + file + ".csv`");
    }
  }

  @Test
  void everyCodeHasLabelsInBothLanguagesAndADescription() {
    for (CodeList<?> list : CodeList.all()) {
      check(list);
    }
  }

  private static <E extends Enum<E>> void check(CodeList<E> list) {
    assertThat(list.codes()).hasSize(list.type().getEnumConstants().length);
    for (Code<E> code : list.codes()) {
      E known = code.getKnown().orElseThrow();
      assertThat(list.label(known).getEntries()).containsOnlyKeys("en", "vi");
      for (String label : list.label(known).getEntries().values()) {
        assertThat(label).isEqualTo(label.strip()).isEqualTo(Normalizer.normalize(label, Normalizer.Form.NFC));
        assertThat(list.find(label)).as("%s in %s", label, list.name()).contains(code);
      }
      assertThat(list.description(known)).endsWith(".");
      assertThat(list.find(code.getValue())).contains(code);
    }
  }

  @Test
  void aCodeIsFoundByItsValueOrALabelInAnyCaseAndSpacing() {
    CodeList<EventKind> kinds = CodeList.of(EventKind.class);
    assertThat(kinds.name()).isEqualTo("event-kind");
    assertThat(kinds.find("Hội nghị thượng đỉnh")).contains(Code.of(EventKind.SUMMIT));
    String decomposed = Normalizer.normalize("  hội   nghị thượng ĐỈNH ", Normalizer.Form.NFD);
    assertThat(kinds.find(decomposed)).contains(Code.of(EventKind.SUMMIT));
    assertThat(kinds.find("ROUNDTABLE DIALOGUE")).contains(Code.of(EventKind.ROUNDTABLE_DIALOGUE));
    assertThat(kinds.find("roundtableDialogue")).contains(Code.of(EventKind.ROUNDTABLE_DIALOGUE));
    assertThat(kinds.find("webinar")).isEmpty();
    assertThat(CodeList.of(Theme.class).find("Tảo hôn")).contains(Code.of(Theme.CHILD_MARRIAGE));
    assertThat(CodeList.of(CountQualifier.class).label(CountQualifier.APPROXIMATELY).get("vi")).contains("Khoảng");
  }

  @Test
  void anEnumThatIsNotACodeListHasNoLabels() {
    assertThatThrownBy(() -> CodeList.of(Severity.class)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("codes/severity.csv");
  }

  @Test
  void fieldsAreReadAsRfc4180() {
    assertThat(CodeList.fields("a,\"b, c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b, c", "say \"hi\"", "");
    assertThatThrownBy(() -> CodeList.fields("a,\"b")).isInstanceOf(IllegalStateException.class);
  }
}
