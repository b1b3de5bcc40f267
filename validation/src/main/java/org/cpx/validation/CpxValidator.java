package org.cpx.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.finding.Severity;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordReader;
import org.cpx.json.RecordStreamReader;
import org.cpx.validation.internal.DatasetRules;
import org.cpx.validation.internal.KeptRecords;
import org.cpx.validation.internal.RecordWalk;
import org.jspecify.annotations.Nullable;

/**
 * Validates CPX data and reports every finding in one {@link ValidationReport}, with messages in
 * the validator's language. Built once and shared: thread-safe.
 *
 * <pre>{@code
 * CpxValidator validator = CpxValidator.builder().locale(Locale.forLanguageTag("vi")).build();
 * ValidationReport report = validator.validateDocument(Files.newInputStream(path));
 * if (!report.isValid()) { report.getFindings().forEach(System.out::println); }
 * }</pre>
 */
public final class CpxValidator {
  private final CpxJson json;
  private final Locale locale;
  private final DatasetRules datasetRules;
  private final int maxFindings;

  private CpxValidator(Builder builder) {
    this.json = builder.json;
    this.locale = builder.locale;
    this.datasetRules = new DatasetRules(builder.openReferences);
    this.maxFindings = builder.maxFindings;
  }

  /** Returns a validator with the defaults: English messages, references must resolve. */
  public static CpxValidator create() {
    return builder().build();
  }

  /** Returns a builder to set the language, open references and the reader. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a dataset document and validates it record by record, in memory that grows with the
   * number of ids, not records: the reader's findings and the rules' in one report, in document
   * order, keeping at most {@code maxFindings} of them. Texts are checked against the {@code
   * languages} written before each record.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateDocument(InputStream in) throws IOException {
    return validateDocument(in, null);
  }

  /**
   * Validates a dataset document as {@link #validateDocument(InputStream)} does, passing every
   * finding to {@code listener} as it is found instead of keeping it: constant memory for any
   * number of findings. The report returned holds the counts.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateDocument(InputStream in, @Nullable FindingListener listener) throws IOException {
    try (RecordReader reader = json.readRecords(in)) {
      return validate(reader, false, new Sink(listener));
    }
  }

  /**
   * Reads a record stream (NDJSON) and validates it line by line, in memory that grows with the
   * number of ids, not records: references are resolved at the end, so a record may refer to one
   * that comes later. Findings carry their line; at most {@code maxFindings} are kept.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateStream(InputStream in) throws IOException {
    return validateStream(in, null);
  }

  /**
   * Validates a record stream as {@link #validateStream(InputStream)} does, passing every finding to
   * {@code listener} as it is found instead of keeping it. The report returned holds the counts.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateStream(InputStream in, @Nullable FindingListener listener) throws IOException {
    try (RecordReader reader = json.readStream(in)) {
      return validate(reader, true, new Sink(listener));
    }
  }

  /** Validates {@code dataset}, built in Java or read before, its records kept as read included. */
  public ValidationReport validate(Dataset dataset) {
    RecordWalk walk = new RecordWalk(dataset.getLanguages());
    DatasetRules.Pass pass = datasetRules.start();
    Sink sink = new Sink(null);
    long records = 0;
    for (RecordType type : RecordType.values()) {
      List<? extends CpxRecord> typed = dataset.records(type);
      Map<Integer, String> unreadable = new HashMap<>();
      dataset.getUnreadableRecords().stream().filter(r -> r.getType() == type)
          .forEach(r -> unreadable.put(r.getPosition(), r.getJson()));
      int next = 0;
      for (int position = 0; position < typed.size() + unreadable.size(); position++) {
        records++;
        String pointer = "/" + type.getArrayName() + "/" + position;
        String kept = unreadable.get(position);
        if (kept == null && next < typed.size()) {
          CpxRecord record = typed.get(next++);
          List<Finding> own = walk.check(record, pointer);
          own.addAll(pass.add(record, pointer, 0));
          own.sort(Finding.byPath());
          own.forEach(sink::add);
        } else {
          keptAsRead(walk, pass, sink, kept, type, pointer);
        }
      }
    }
    List<String> others = dataset.getOtherRecords();
    for (int i = 0; i < others.size(); i++) {
      records++;
      keptAsRead(walk, pass, sink, others.get(i), null, "/otherRecords/" + i);
    }
    walk.checkDocument(dataset).forEach(sink::add);
    pass.finish(sink::add);
    return sink.report(records);
  }

  /**
   * Checks a record kept as read, {@code json} in the array of {@code type}, and takes it into the
   * rules across records by the valid id its JSON holds.
   */
  private static void keptAsRead(RecordWalk walk, DatasetRules.Pass pass, Sink sink, @Nullable String json,
      @Nullable RecordType type, String pointer) {
    Optional<Id> id = json == null ? Optional.empty() : KeptRecords.id(json);
    if (json != null) {
      walk.checkKeptAsRead(json, pointer, type, id.orElse(null), false).forEach(sink::add);
    }
    if (id.isPresent()) {
      pass.addKeptAsRead(id.get(), KeptRecords.type(json, type), pointer, 0);
    } else {
      pass.skip();
    }
  }

  /**
   * The findings of {@code privacy.personalData} on the element {@code entry}, read as a record or
   * kept as read, with its line on a stream: the one rule {@code cpx convert} reports besides what
   * reading finds (spec §7), as the member it names is left out of what is written.
   */
  public List<Finding> personalData(RecordEntry entry) {
    CpxRecord record = entry.getRecord().orElse(null);
    if (record != null && record.getType() != RecordType.PERSON) {
      return List.of();
    }
    RecordWalk walk = new RecordWalk(List.of());
    List<Finding> found = record != null ? walk.check(record, entry.getPointer()) : keptRules(walk, entry, false);
    List<Finding> personalData = new ArrayList<>();
    for (Finding finding : found) {
      if (finding.getCode() == FindingCode.PRIVACY_PERSONAL_DATA) {
        personalData.add(entry.getLine() > 0 && entry.getPointer().isEmpty() ? finding.withLine(entry.getLine()) : finding);
      }
    }
    return personalData;
  }

  /** Validates one record on its own: the rules that need no other record. */
  public ValidationReport validate(CpxRecord record) {
    List<Finding> findings = new RecordWalk(List.of()).check(record, "");
    findings.sort(Finding.byPath());
    Sink sink = new Sink(null);
    findings.forEach(sink::add);
    return sink.report(1);
  }

  /**
   * Validates the elements of {@code reader} one by one, the findings outside records where they
   * were read; on a {@code stream} rule findings get the record's line.
   */
  private ValidationReport validate(RecordReader reader, boolean stream, Sink sink) throws IOException {
    try {
      int headerFindings = 0;
      RecordWalk walk = null;
      List<String> languages = null;
      DocumentCheck document = new DocumentCheck(reader);
      DatasetRules.Pass pass = datasetRules.start();
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        headerFindings = sink.addFrom(reader.headerFindings(), headerFindings);
        document.before(entry, sink);
        if (walk == null || !reader.languages().equals(languages)) {
          languages = reader.languages();
          walk = new RecordWalk(languages);
        }
        List<Finding> own = new ArrayList<>(entry.getFindings());
        CpxRecord record = entry.getRecord().orElse(null);
        long line = stream ? entry.getLine() : 0;
        List<Finding> rules = record != null ? walk.check(record, entry.getPointer()) : keptRules(walk, entry, stream);
        for (Finding finding : rules) {
          own.add(line > 0 ? finding.withLine(line) : finding);
        }
        if (record != null) {
          own.addAll(pass.add(record, entry.getPointer(), line));
        } else if (entry.getId().isPresent()) {
          RecordType type = entry.getJson().map(json -> KeptRecords.type(json, entry.getType().orElse(null))).orElse(null);
          pass.addKeptAsRead(entry.getId().get(), type, entry.getPointer(), line);
        } else {
          pass.skip();
        }
        own.sort(Finding.byPath());
        own.forEach(sink::add);
      }
      if (!reader.isOtherMajorVersion()) {
        document.check(sink);
      }
      sink.addFrom(reader.headerFindings(), headerFindings);
      if (reader.isOtherMajorVersion() || reader.isBroken()) {
        return sink.report(reader.records());
      }
      pass.finish(sink::add);
      return sink.report(reader.records());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The rules of the document's own members (spec §6), checked as they are read: a document's
   * before each record array and at the end, a stream's header before its first record and at its
   * line. Each finding is passed on once, after the members read before it.
   */
  private static final class DocumentCheck {
    private final RecordReader reader;
    private final RecordWalk walk = new RecordWalk(List.of());
    private final Set<String> reported = new HashSet<>();
    private @Nullable String array;

    DocumentCheck(RecordReader reader) {
      this.reader = reader;
    }

    /** Checks the members read before {@code entry} when it starts an array, or the stream. */
    void before(RecordEntry entry, Sink sink) {
      String pointer = entry.getPointer();
      String entryArray = pointer.substring(0, Math.max(0, pointer.indexOf('/', 1)));
      if (!entryArray.equals(array)) {
        array = entryArray;
        check(sink);
      }
    }

    /** Checks the members read so far, passing on the findings not passed on before. */
    void check(Sink sink) {
      long line = reader instanceof RecordStreamReader ? ((RecordStreamReader) reader).headerLine() : 0;
      for (Finding finding : walk.checkDocument(reader.header())) {
        if (reported.add(finding.getCode().getCode() + " " + finding.getPath())) {
          sink.add(line > 0 ? finding.withLine(line) : finding);
        }
      }
    }
  }


  /**
   * The rules of one element kept as read, as {@code entry} holds it, a stream line when {@code
   * standalone}; none for one not carried.
   */
  private static List<Finding> keptRules(RecordWalk walk, RecordEntry entry, boolean standalone) {
    return entry.getJson()
        .map(json -> walk.checkKeptAsRead(json, entry.getPointer(), entry.getType().orElse(null), entry.getId().orElse(null),
            standalone))
        .orElse(List.of());
  }

  /**
   * Where findings go, with their messages in the validator's language: to a listener, or kept up to
   * the cap; counted either way.
   */
  private final class Sink {
    private final @Nullable FindingListener listener;
    private final List<Finding> kept = new ArrayList<>();
    private long errors;
    private long warnings;

    Sink(@Nullable FindingListener listener) {
      this.listener = listener;
    }

    void add(Finding finding) {
      Finding localized = FindingMessages.localize(finding, locale);
      if (finding.getSeverity() == Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
      if (listener != null) {
        listener.found(localized);
      } else if (kept.size() < maxFindings) {
        kept.add(localized);
      }
    }

    /** Adds the findings of {@code list} from index {@code from} on; returns the list's size. */
    int addFrom(List<Finding> list, int from) {
      for (int i = from; i < list.size(); i++) {
        add(list.get(i));
      }
      return list.size();
    }

    ValidationReport report(long records) {
      return new ValidationReport(kept, records, errors, warnings);
    }
  }

  /** Builds a {@link CpxValidator}. Not thread-safe. */
  public static final class Builder {
    private CpxJson json = CpxJson.create();
    private Locale locale = Locale.ENGLISH;
    private boolean openReferences;
    private int maxFindings = 100_000;

    private Builder() {}

    /**
     * The findings a report keeps, default 100,000; the rest are counted only. A {@link
     * FindingListener} receives every finding whatever the cap.
     */
    public Builder maxFindings(int findings) {
      if (findings < 0) {
        throw new IllegalArgumentException("maxFindings cannot be negative");
      }
      this.maxFindings = findings;
      return this;
    }

    /** The language of the messages: English (the default) or Vietnamese. */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /** Whether an unresolved reference is only a warning, for partial exports; default false. */
    public Builder openReferences(boolean openReferences) {
      this.openReferences = openReferences;
      return this;
    }

    /** The reader of documents, with its limits; default {@link CpxJson#create()}. */
    public Builder json(CpxJson json) {
      this.json = json;
      return this;
    }

    /** Returns the validator. */
    public CpxValidator build() {
      return new CpxValidator(this);
    }
  }
}
