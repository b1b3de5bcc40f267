package org.cpx.tables.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The names of sheets and the headers of columns in a language: English, which is the format's own
 * member names, or Vietnamese, a word of {@code docs/headers.csv} for each of them. Tables are
 * written in one language and read in either, each name of a header or sheet on its own, so that a
 * workbook may mix them.
 */
public final class Headers {
  /** The languages headers can be written in. */
  public static final List<String> LANGUAGES = List.of("en", "vi");

  private static final Pattern SUFFIX = Pattern.compile("(.*?)( #| \\([^()]+\\))?");
  private static final Headers ENGLISH = new Headers("en", Map.of(), Map.of());
  private static final Headers VIETNAMESE = vietnamese();

  private final String language;
  private final Map<String, String> words;
  private final Map<String, String> sheets;
  /** The format's name of each Vietnamese word, by {@link #key}. */
  private static final Map<String, String> WORDS = new HashMap<>();
  /** The format's name of each Vietnamese sheet name, by {@link #key}. */
  private static final Map<String, String> SHEETS = new HashMap<>();

  static {
    VIETNAMESE.words.forEach((name, word) -> WORDS.put(key(word), name));
    VIETNAMESE.sheets.forEach((name, sheet) -> SHEETS.put(key(sheet), name));
  }

  private Headers(String language, Map<String, String> words, Map<String, String> sheets) {
    this.language = language;
    this.words = words;
    this.sheets = sheets;
  }

  /** The headers of {@code language}, one of {@link #LANGUAGES}. */
  public static Headers in(String language) {
    switch (language) {
      case "en":
        return ENGLISH;
      case "vi":
        return VIETNAMESE;
      default:
        throw new IllegalArgumentException("headers are written in en or vi, not " + language);
    }
  }

  /** The language's tag. */
  public String language() {
    return language;
  }

  /** {@code tables}, named and headed in this language. */
  public List<Table> translate(List<Table> tables) {
    if (this == ENGLISH) {
      return tables;
    }
    return tables.stream()
        .map(table -> new Table(sheet(table.name()), table.header().stream().map(this::header).toList(), table.rows()))
        .toList();
  }

  /** The name of the sheet the format names {@code name}. */
  public String sheet(String name) {
    return sheets.getOrDefault(name, name);
  }

  /** The header the format writes {@code header}: each member name in it translated. */
  public String header(String header) {
    if (this == ENGLISH || header.equals(Columns.JSON)) {
      return header;
    }
    StringBuilder out = new StringBuilder();
    for (String part : header.split(Columns.INTO, -1)) {
      if (out.length() > 0) {
        out.append(Columns.INTO);
      }
      Matcher word = SUFFIX.matcher(part);
      word.matches();
      out.append(words.getOrDefault(word.group(1), word.group(1))).append(word.group(2) == null ? "" : word.group(2));
    }
    return out.toString();
  }

  /** The format's name of the sheet named {@code name} in any language. */
  public static String sheetName(String name) {
    return SHEETS.getOrDefault(key(name), name);
  }

  /** The format's header for {@code header} in any language, each name in it read on its own. */
  public static String formatHeader(String header) {
    StringBuilder out = new StringBuilder();
    for (String part : header.split(Columns.INTO, -1)) {
      if (out.length() > 0) {
        out.append(Columns.INTO);
      }
      Matcher word = SUFFIX.matcher(part);
      word.matches();
      out.append(WORDS.getOrDefault(key(word.group(1)), word.group(1)))
          .append(word.group(2) == null ? "" : word.group(2));
    }
    return out.toString();
  }

  /** Vietnamese as typed: composed or not, in any case. */
  private static String key(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static Headers vietnamese() {
    Map<String, String> words = new LinkedHashMap<>();
    try (InputStream in = Headers.class.getResourceAsStream("headers.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String word = row.get("vi");
        if (word.isBlank() || word.contains(Columns.INTO) || word.contains(".") || word.contains("(")
            || words.containsValue(word) || words.put(row.get("name"), word) != null) {
          throw new IllegalStateException("headers.csv: the word " + word + " of " + row.get("name") + " cannot be read back");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> sheets = new LinkedHashMap<>();
    for (Layout.Sheet sheet : Layout.standard().sheets()) {
      String[] parts = sheet.name().split("\\.");
      StringBuilder name = new StringBuilder();
      for (String part : parts) {
        name.append(name.length() == 0 ? "" : ".").append(words.getOrDefault(part, part));
      }
      String translated = name.toString();
      if (translated.length() > Layout.MAX_SHEET_NAME && parts.length > 1) {
        translated = translated.substring(translated.indexOf('.') + 1);
      }
      if (translated.length() > Layout.MAX_SHEET_NAME || sheets.containsValue(translated)
          || Layout.standard().sheet(translated) != null) {
        throw new IllegalStateException("headers.csv: no sheet can be named " + translated);
      }
      sheets.put(sheet.name(), translated);
    }
    sheets.put(Layout.INSTRUCTIONS, words.get(Layout.INSTRUCTIONS));
    return new Headers("vi", Map.copyOf(words), Map.copyOf(sheets));
  }
}
