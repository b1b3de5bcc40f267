package org.cpx.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpx.core.Code;
import org.cpx.core.LocalizedText;

/**
 * A code list of the format (spec §5) with what people read of it: for every code this version
 * knows, a label in English and in Vietnamese and a one-line description. The labels are those of
 * {@code docs/codes/NAME.csv} ({@link #name()}), which the library carries; a spreadsheet shows
 * them in its drop-downs and a reader accepts them in place of the code.
 *
 * @param <E> the enum of the codes this version knows
 */
public final class CodeList<E extends Enum<E>> {
  private static final ClassValue<CodeList<?>> LISTS = new ClassValue<>() {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected CodeList<?> computeValue(Class<?> type) {
      return new CodeList(type.asSubclass(Enum.class));
    }
  };

  private final Class<E> type;
  private final String name;
  private final List<Code<E>> codes;
  private final Map<E, LocalizedText> labels;
  private final Map<E, String> descriptions;
  /** By code value and by label in either language, {@linkplain #fold folded}. */
  private final Map<String, Code<E>> byText = new HashMap<>();

  private CodeList(Class<E> type) {
    this.type = type;
    this.name = fileName(type.getSimpleName());
    E[] constants = type.getEnumConstants();
    List<Code<E>> all = new ArrayList<>(constants.length);
    labels = new EnumMap<>(type);
    descriptions = new EnumMap<>(type);
    Map<String, E> byValue = new HashMap<>();
    for (E constant : constants) {
      Code<E> code = Code.of(constant);
      all.add(code);
      byValue.put(code.getValue(), constant);
    }
    this.codes = List.copyOf(all);
    for (List<String> row : rows(name)) {
      E constant = byValue.get(row.get(0));
      if (constant == null || labels.containsKey(constant)) {
        throw new IllegalStateException(name + ".csv: unknown or repeated code " + row.get(0));
      }
      labels.put(constant, LocalizedText.of("en", row.get(1), "vi", row.get(2)));
      descriptions.put(constant, row.get(3));
    }
    if (labels.size() != constants.length) {
      throw new IllegalStateException(name + ".csv: a code has no label");
    }
    for (Code<E> code : codes) {
      byText.put(fold(code.getValue()), code);
    }
    for (Code<E> code : codes) {
      for (String label : labels.get(code.getKnown().orElseThrow()).getEntries().values()) {
        Code<E> other = byText.putIfAbsent(fold(label), code);
        if (other != null && !other.equals(code)) {
          throw new IllegalStateException(name + ".csv: the label " + label + " names two codes");
        }
      }
    }
  }

  /** The list whose codes are the constants of {@code type}. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> CodeList<E> of(Class<E> type) {
    return (CodeList<E>) LISTS.get(type);
  }

  /** The list of the codes of {@code kind}, if it is a code. */
  public static Optional<CodeList<?>> of(Kind<?> kind) {
    return kind.codeList().map(LISTS::get);
  }

  /** Every code list of the model, in the order the description first uses them. */
  public static List<CodeList<?>> all() {
    Set<CodeList<?>> found = new LinkedHashSet<>();
    for (ObjectType<?> type : CpxModel.types()) {
      for (Member<?, ?> member : type.members()) {
        of(member.kind()).ifPresent(found::add);
      }
    }
    return List.copyOf(found);
  }

  /** The list's name, that of its file in {@code docs/codes} ({@code event-kind}). */
  public String name() {
    return name;
  }

  /** The enum of its codes. */
  public Class<E> type() {
    return type;
  }

  /** Its codes, in the order of the format. */
  public List<Code<E>> codes() {
    return codes;
  }

  /** The label of {@code code} in English ({@code en}) and Vietnamese ({@code vi}). */
  public LocalizedText label(E code) {
    return labels.get(code);
  }

  /** What {@code code} means, in a sentence, in English. */
  public String description(E code) {
    return descriptions.get(code);
  }

  /**
   * The code {@code text} names, as its code ({@code summit}) or its label in either language
   * ({@code Hội nghị thượng đỉnh}), in any case and with any spacing; empty if it names none.
   */
  public Optional<Code<E>> find(String text) {
    return Optional.ofNullable(byText.get(fold(text)));
  }

  private static String fold(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    return folded.toLowerCase(Locale.ROOT);
  }

  /** {@code EventKind} → {@code event-kind}. */
  private static String fileName(String simpleName) {
    return simpleName.replaceAll("(?<=.)(\\p{Upper})", "-$1").toLowerCase(Locale.ROOT);
  }

  /** The rows of {@code NAME.csv} after its header: RFC 4180, four fields each. */
  private static List<List<String>> rows(String name) {
    String file = "codes/" + name + ".csv";
    try (InputStream in = CodeList.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("the library lacks " + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          rows.add(fields(line));
        }
      }
      if (rows.isEmpty() || !rows.get(0).equals(List.of("code", "en", "vi", "description"))) {
        throw new IllegalStateException(file + " must start with code,en,vi,description");
      }
      for (List<String> row : rows) {
        if (row.size() != 4 || row.stream().anyMatch(String::isBlank)) {
          throw new IllegalStateException(file + ": every row has four fields, none empty: " + row);
        }
      }
      return rows.subList(1, rows.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of one line of RFC 4180 CSV without line breaks in its fields. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalStateException("an unclosed quote: " + line);
    }
    fields.add(field.toString());
    return fields;
  }
}
