package org.cpx.json.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cpx.core.Code;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.internal.LanguageTags;
import org.cpx.core.internal.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Reads CPX values from a {@link TokenSource}, keeping the path of the current value and the findings of the
 * current record. A broken value is reported and read as absent, so that one read reports every
 * problem of a record; a record with an error that makes it unreadable is marked so.
 */
public final class Cursor {
  /** Reads one value at the cursor's current token. */
  @FunctionalInterface
  public interface ValueReader<T> {
    /** Returns the value, or {@code null} when it is absent or broken (and reported). */
    @Nullable T read(Cursor cursor) throws IOException;
  }

  private static final Pattern TIMESTAMP =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final Settings settings;
  private final Path path = new Path();
  private final MemberNames names = new MemberNames();
  private final List<Finding> findings = new ArrayList<>();
  private final JsonSupport.Copier copier = new JsonSupport.Copier();
  private TokenSource source;
  private long line;
  private boolean unreadable;
  private int errors;
  private int unknownMembers;
  private @Nullable Id recordId;
  private boolean limitBroken;
  private @Nullable String wrongArray;

  /** A cursor over {@code source}, one of {@link Settings#limited(TokenSource)}, with the limits of {@code settings}. */
  public Cursor(TokenSource source, Settings settings) {
    this.source = source;
    this.settings = settings;
  }

  // Records.

  /**
   * Starts a record whose first token is current: its depth is counted from here, its findings
   * and state start empty.
   *
   * @param line the record's line in a stream, or 0
   */
  public void startRecord(TokenSource recordSource, long line) {
    this.source = recordSource;
    if (recordSource instanceof LimitedSource) {
      ((LimitedSource) recordSource).startRecord();
    }
    this.line = line;
    findings.clear();
    unreadable = false;
    errors = 0;
    unknownMembers = 0;
    recordId = null;
    limitBroken = false;
    wrongArray = null;
  }

  /** Ends the current record: depth is counted from the document root again, findings start empty. */
  public void endRecord() {
    if (source instanceof LimitedSource) {
      ((LimitedSource) source).endRecord();
    }
    line = 0;
    findings.clear();
    unreadable = false;
    errors = 0;
    unknownMembers = 0;
    recordId = null;
    limitBroken = false;
    wrongArray = null;
  }

  /** Notes the valid id of the current record, for its findings. */
  public void recordId(Id id) {
    recordId = id;
  }

  /** The valid id of the current record, when it has one. */
  public @Nullable Id currentRecordId() {
    return recordId;
  }

  /** Whether the current record broke a limit of the reader, so that it is neither carried nor indexed. */
  public boolean isLimitBroken() {
    return limitBroken;
  }

  /**
   * Reports {@code finding}, a limit of the reader broken (spec §6), as the current record's only
   * finding: a record that breaks a limit is reported there and not carried.
   */
  public void limitBroken(Finding finding) {
    findings.clear();
    findings.add(line > 0 && finding.getLine().isEmpty() ? finding.withLine(line) : finding);
    limitBroken = true;
    unreadable = true;
    errors++;
  }

  /**
   * Skips the rest of the current record after a broken limit, without checking limits again, up to
   * its last token: the source's nesting depth is {@code depth} again.
   */
  public void skipTo(int depth) throws IOException {
    TokenSource raw = unlimited();
    noteBrokenName(raw);
    while (raw.depth() > depth) {
      Token token = raw.next();
      if (token == null) {
        throw raw.syntaxError("unexpected end of input");
      }
      if (token == Token.NAME) {
        names.add(raw);
      }
    }
  }

  /**
   * Notes the member name at the source's current token, when the limit broken was its own: the
   * first name of an object starts the object's set of names, which the names after it must not
   * be checked against another object's.
   */
  private void noteBrokenName(TokenSource raw) throws IOException {
    if (raw.current() == Token.NAME) {
      names.add(raw);
    }
  }

  private TokenSource unlimited() {
    return source instanceof LimitedSource ? ((LimitedSource) source).unlimited() : source;
  }

  /**
   * Skips the rest of the current member of the root object after a broken limit, without checking
   * limits again: its value, when the limit broken was its name's, or the rest of its value.
   */
  public void skipMember() throws IOException {
    TokenSource raw = unlimited();
    noteBrokenName(raw);
    if (raw.current() == Token.NAME) {
      raw.next();
      raw.skipChildren();
    } else {
      skipTo(1);
    }
  }

  /** The current record's findings, each with the record's id when it has a valid one, sorted by path. */
  public List<Finding> recordFindings() {
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (wrongArray == null || isTypeOrId(finding.getPath())) {
        result.add(recordId == null ? finding : finding.withRecordId(recordId.getValue()));
      }
    }
    result.sort(Finding.byPath());
    return result;
  }

  /**
   * Reports that the current member, a record's {@code type}, names another type than that of the
   * array the record is in: the record is kept as read and, as one of no type read there, keeps only
   * the findings of its {@code type} and {@code id} (spec §1).
   */
  public void typeOfAnotherArray() {
    report(FindingCode.JSON_TYPE, "the record's type does not match the array it is in");
    String type = path.pointer();
    wrongArray = type.substring(0, type.length() - "/type".length());
  }

  /** Whether {@code pointer} is the {@code type} or the {@code id} of the record in another array. */
  private boolean isTypeOrId(String pointer) {
    String record = Objects.requireNonNull(wrongArray);
    return pointer.length() > record.length() && pointer.startsWith(record)
        && (pointer.endsWith("/type") || pointer.endsWith("/id")) && pointer.indexOf('/', record.length() + 1) < 0;
  }

  /** The source read. */
  public TokenSource source() {
    return source;
  }

  /** The current token. */
  public @Nullable Token token() {
    return source.current();
  }

  /** The path of the current value. */
  public Path path() {
    return path;
  }

  /** The findings of the current record, in the order found. */
  public List<Finding> findings() {
    return findings;
  }

  /** The number of findings so far that make a value unreadable; a value read without adding one is whole. */
  public int errors() {
    return errors;
  }

  /** Whether the current record cannot be read into the model. */
  public boolean isUnreadable() {
    return unreadable;
  }

  // Findings.

  /** Reports {@code code} at the current path. */
  public void report(FindingCode code, String message) {
    reportAt(path.pointer(), code, message);
  }

  /** Reports {@code code} at {@code pointer}. */
  public void reportAt(String pointer, FindingCode code, String message) {
    if (limitBroken) {
      return;
    }
    Finding.Builder finding = Finding.builder().code(code).path(pointer).message(message);
    if (line > 0) {
      finding.line(line);
    }
    findings.add(finding.build());
    switch (code) {
      case JSON_TYPE:
      case JSON_MISSING:
      case JSON_LIMIT:
      case ID_INVALID:
      case DATE_INVALID:
      case TEXT_INVALID:
      case LANGUAGE_INVALID:
        unreadable = true;
        errors++;
        break;
      default:
        break;
    }
  }

  /** Reports the required member {@code name} of the current object as missing, unless already reported broken. */
  public void missing(String name) {
    missing(name, "the required member " + quoted(name) + " is missing");
  }

  /** Reports {@code json.missing} with {@code message} at the member {@code name} of the current object, unless already reported broken. */
  public void missing(String name, String message) {
    String pointer = path.pointer(name);
    for (Finding finding : findings) {
      String found = finding.getPath();
      if (found.startsWith(pointer) && (found.length() == pointer.length() || found.charAt(pointer.length()) == '/')) {
        return;
      }
    }
    reportAt(pointer, FindingCode.JSON_MISSING, message);
  }

  /**
   * Stops reading with a finding at the current path; a {@code json.syntax} finding is at {@code
   * ""} with the line and column of the current token instead.
   */
  public FatalFinding fatal(FindingCode code, String message) {
    boolean syntax = code == FindingCode.JSON_SYNTAX;
    Finding.Builder finding = Finding.builder().code(code).path(syntax ? "" : path.pointer()).message(message);
    if (line > 0) {
      finding.line(line);
    } else if (syntax && source.tokenLine() > 0) {
      finding.line(source.tokenLine());
    }
    if (syntax && source.tokenColumn() > 0) {
      finding.column(source.tokenColumn());
    }
    return new FatalFinding(finding.build());
  }

  // Structure.

  /** Whether the current token is {@code null}. */
  public boolean isNull() {
    return source.current() == Token.NULL;
  }

  /**
   * Enters the object at the current token: {@code false} for {@code null}, and for another type
   * after reporting {@code json.type}.
   */
  public boolean enterObject() throws IOException {
    Token token = source.current();
    if (token == Token.START_OBJECT) {
      return true;
    }
    if (token != Token.NULL) {
      wrongType("an object");
    }
    return false;
  }

  /**
   * Moves to the next member of the current object and onto its value, its name on the path;
   * {@code false} at the end of the object.
   */
  public boolean nextMember(int objectPathSize) throws IOException {
    path.truncate(objectPathSize);
    if (source.next() != Token.NAME) {
      return false;
    }
    names.add(source);
    String name = source.name();
    path.push(name);
    if (!JsonSupport.isIJson(name)) {
      throw fatal(FindingCode.JSON_SYNTAX, "a member name holds an unpaired surrogate or a noncharacter");
    }
    source.next();
    return true;
  }

  /** The name of the current member. */
  public String name() throws IOException {
    return source.name();
  }

  /** Skips the current value, still rejecting a duplicate member in it. */
  public void skip() throws IOException {
    Token token = source.current();
    if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0) {
      token = source.next();
      if (token == null) {
        throw source.syntaxError("unexpected end of input");
      }
      if (token == Token.NAME) {
        names.add(source);
      } else if (token.isStructStart()) {
        open++;
      } else if (token.isStructEnd()) {
        open--;
      }
    }
  }

  /** Reports {@code json.type} for the current value, which should have been {@code expected}, and skips it. */
  public void wrongType(String expected) throws IOException {
    report(FindingCode.JSON_TYPE, "must be " + expected);
    skip();
  }

  /**
   * Reads a list: an absent list or {@code null} is empty, a {@code null} element is {@code
   * json.type}, broken elements are left out.
   */
  public <T> List<T> list(ValueReader<T> element) throws IOException {
    Token token = source.current();
    if (token == Token.NULL) {
      return List.of();
    }
    if (token != Token.START_ARRAY) {
      wrongType("an array");
      return List.of();
    }
    List<T> values = new ArrayList<>();
    int size = path.size();
    int index = 0;
    while (source.next() != Token.END_ARRAY) {
      path.push(index++);
      if (isNull()) {
        report(FindingCode.JSON_TYPE, "a list cannot hold null");
      } else {
        T value = element.read(this);
        if (value != null) {
          values.add(value);
        }
      }
      path.truncate(size);
    }
    return values;
  }

  /**
   * Keeps the current member, unknown to this version, as compact JSON text in {@code members}, or
   * in a new map when that is {@code null}; returns the map.
   */
  public Map<String, String> unknown(@Nullable Map<String, String> members) throws IOException {
    Map<String, String> kept = members == null ? new LinkedHashMap<>() : members;
    if (++unknownMembers > settings.maxUnknownMembers()) {
      if (unknownMembers == settings.maxUnknownMembers() + 1) {
        limitBroken(Finding.of(FindingCode.JSON_LIMIT, path.pointer(),
            "more than " + settings.maxUnknownMembers() + " unknown members in one record"));
      }
      skip();
      return kept;
    }
    String name = source.name();
    String json = copy();
    kept.put(name, json);
    return kept;
  }

  /** The current value as compact JSON text, numbers as written. */
  public String copy() throws IOException {
    String text = copier.compact(source);
    if (text == null) {
      throw fatal(FindingCode.JSON_SYNTAX, "a string holds an unpaired surrogate or a noncharacter");
    }
    return text;
  }

  // Values.

  /** Reads a string of a known member, cleaned by the text rules. */
  public @Nullable String text() throws IOException {
    return cleaned(FindingCode.TEXT_INVALID, "the text is empty or holds a control character");
  }

  /**
   * Reads a string cleaned by the text rules, reporting {@code code} when they reject it. A string
   * clean as it is (so I-JSON, too) is taken without a second look.
   */
  private @Nullable String cleaned(FindingCode code, String message) throws IOException {
    if (source.current() == Token.STRING) {
      String raw = source.text();
      if (TextRules.isClean(raw)) {
        return raw;
      }
    }
    return checked(string(), raw -> TextRules.clean("value", raw), code, message);
  }

  /**
   * Returns {@code convert(text)}, or {@code null} after reporting {@code code} when {@code
   * convert} rejects the text with an {@link IllegalArgumentException}.
   */
  private <T> @Nullable T checked(
      @Nullable String text, Function<String, T> convert, FindingCode code, String message) {
    if (text == null) {
      return null;
    }
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException e) {
      report(code, message);
      return null;
    }
  }

  /** Reads a string without cleaning it, checking that it is I-JSON. */
  public @Nullable String string() throws IOException {
    Token token = source.current();
    if (token == Token.STRING) {
      String text = source.text();
      if (!JsonSupport.isIJson(text)) {
        throw fatal(FindingCode.JSON_SYNTAX, "a string holds an unpaired surrogate or a noncharacter");
      }
      return text;
    }
    if (token != Token.NULL) {
      wrongType("a string");
    }
    return null;
  }

  /**
   * Reads a string cleaned by the text rules whose value has a grammar of its own: an empty one, or
   * one with a control character, gets {@code code}, the grammar's finding, rather than {@code
   * text.invalid} (spec §6: a value gets the first finding of the table that applies).
   */
  public @Nullable String grammatical(FindingCode code, String message) throws IOException {
    return cleaned(code, message);
  }

  private static final String ID_RULE = "an id is 1 to 200 letters, digits or . _ : / ~ -, starting with a letter or digit";
  private static final String DATE_RULE = "a date is YYYY, YYYY-MM or YYYY-MM-DD (a real date), optionally + ? ~ or %";

  /** Reads an {@link Id}. */
  public @Nullable Id id() throws IOException {
    return checked(grammatical(FindingCode.ID_INVALID, ID_RULE), Id::of, FindingCode.ID_INVALID, ID_RULE);
  }

  /** Reads a {@link PartialDate}. */
  public @Nullable PartialDate date() throws IOException {
    return checked(grammatical(FindingCode.DATE_INVALID, DATE_RULE), PartialDate::parse, FindingCode.DATE_INVALID,
        DATE_RULE);
  }

  /** Reads a full date {@code YYYY-MM-DD}. */
  public @Nullable LocalDate day() throws IOException {
    return temporal(DAY, text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)),
        "a day is YYYY-MM-DD, a real date");
  }

  /**
   * Reads an RFC 3339 date-time in CPX's profile (spec §2): seconds 00–59, at most nine fraction
   * digits, any offset up to ±23:59, and a UTC year from 0000 to 9999.
   */
  public @Nullable Instant timestamp() throws IOException {
    return temporal(TIMESTAMP, Cursor::instant, "a timestamp is an RFC 3339 date-time such as 2026-11-22T10:00:00Z");
  }

  private static final long MIN_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long MAX_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

  /** The instant of a text of the form {@link #TIMESTAMP}; {@link DateTimeParseException} when there is none. */
  private static Instant instant(String text) {
    int end = text.length();
    int offsetSeconds = 0;
    char last = text.charAt(end - 1);
    if (last == 'Z' || last == 'z') {
      end--;
    } else {
      int sign = text.charAt(end - 6) == '-' ? -1 : 1;
      int hours = Integer.parseInt(text, end - 5, end - 3, 10);
      int minutes = Integer.parseInt(text, end - 2, end, 10);
      if (hours > 23 || minutes > 59) {
        throw new DateTimeParseException("offset out of range", text, end - 6);
      }
      offsetSeconds = sign * (hours * 3600 + minutes * 60);
      end -= 6;
    }
    LocalDateTime local = LocalDateTime.parse(text.substring(0, end).replace('t', 'T'),
        DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
    long second = local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds;
    if (second < MIN_SECOND || second > MAX_SECOND) {
      throw new DateTimeParseException("the UTC year is outside 0000-9999", text, 0);
    }
    return Instant.ofEpochSecond(second, local.getNano());
  }

  /** Reads a text of the form {@code form}, parsed by {@code parse}; {@code date.invalid} otherwise. */
  private <T> @Nullable T temporal(Pattern form, Function<String, T> parse, String message)
      throws IOException {
    String text = grammatical(FindingCode.DATE_INVALID, message);
    if (text == null) {
      return null;
    }
    if (form.matcher(text).matches()) {
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    report(FindingCode.DATE_INVALID, message);
    return null;
  }

  /** Reads a code of the open list {@code list}. */
  public <E extends Enum<E>> @Nullable Code<E> code(Class<E> list) throws IOException {
    String text = text();
    return text == null ? null : Code.parse(list, text);
  }

  /** Reads a well-formed language tag, in canonical case. */
  public @Nullable String languageTag() throws IOException {
    return checked(text(), tag -> LanguageTags.canonical("language", tag), FindingCode.LANGUAGE_INVALID,
        "not a well-formed BCP 47 language tag");
  }

  /** Reads a non-negative integer without fraction or exponent, at most {@code max}. */
  public @Nullable Long naturalNumber(long max) throws IOException {
    Token token = source.current();
    if (token == Token.NULL) {
      return null;
    }
    if (token != Token.INTEGER) {
      wrongType("a whole number of 0 or more, without fraction or exponent");
      return null;
    }
    // A tree or a buffer can hold a small number as a BigInteger: its value decides, not its type.
    BigInteger big = source.isBigInteger() ? source.bigIntegerValue() : null;
    long value = big != null ? big.longValue() : source.longValue();
    boolean negative = big != null ? big.signum() < 0 : value < 0 || value == 0 && source.text().startsWith("-");
    if (negative) {
      report(FindingCode.JSON_TYPE, "must be 0 or more");
      return null;
    }
    if (value > max || big != null && big.bitLength() >= Long.SIZE) {
      report(FindingCode.JSON_LIMIT, "must be at most " + max);
      return null;
    }
    return value;
  }

  /** Reads a text in one or more languages. */
  public @Nullable LocalizedText localizedText() throws IOException {
    if (!enterObject()) {
      return null;
    }
    LocalizedText.Builder builder = LocalizedText.builder();
    int errorsBefore = errors;
    boolean any = false;
    boolean entries = false;
    int size = path.size();
    while (nextMember(size)) {
      if (isNull()) {
        continue;
      }
      entries = true;
      if (source.current() != Token.STRING) {
        wrongType("a string");
        continue;
      }
      // The builder checks the tag and cleans the text: each is looked at once when the entry is good.
      String text = source.text();
      try {
        builder.put(source.name(), text);
        any = true;
      } catch (IllegalArgumentException e) {
        brokenEntry(text);
      }
    }
    path.truncate(size);
    if (!entries) {
      report(FindingCode.JSON_MISSING, "a text needs at least one language");
    }
    return any && errors == errorsBefore ? builder.build() : null;
  }

  /**
   * Reports what breaks an entry of a text the builder refused, the first of spec §6's table: its
   * text, then its tag.
   */
  private void brokenEntry(String text) throws IOException {
    if (!JsonSupport.isIJson(text)) {
      throw fatal(FindingCode.JSON_SYNTAX, "a string holds an unpaired surrogate or a noncharacter");
    }
    if (checked(text, raw -> TextRules.clean("text", raw), FindingCode.TEXT_INVALID,
        "the text is empty or holds a control character") == null) {
      return;
    }
    if (checked(source.name(), tag -> LanguageTags.canonical("text", tag), FindingCode.LANGUAGE_INVALID,
        "not a well-formed BCP 47 language tag") != null) {
      report(FindingCode.LANGUAGE_INVALID, "a language appears twice (tags equal ignoring case)");
    }
  }

  /** Calls {@code setter} with {@code value} when it is present. */
  public static <T> void set(Consumer<T> setter, @Nullable T value) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }
}
