package org.cpx.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordReader;
import org.cpx.validation.internal.Constraints;
import org.cpx.validation.internal.DatasetRules;
import org.cpx.validation.internal.RecordWalk;

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

  private CpxValidator(Builder builder) {
    this.json = builder.json;
    this.locale = builder.locale;
    this.datasetRules = new DatasetRules(builder.openReferences);
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
   * order. Texts are checked against the {@code languages} written before the records, where
   * writers put them.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateDocument(InputStream in) throws IOException {
    try (RecordReader reader = json.readRecords(in)) {
      return validate(reader, false);
    }
  }

  /**
   * Reads a record stream (NDJSON) and validates it line by line, in memory that grows with the
   * number of ids, not records: references are resolved at the end, so a record may refer to one
   * that comes later. Findings carry their line.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateStream(InputStream in) throws IOException {
    try (RecordReader reader = json.readStream(in)) {
      return validate(reader, true);
    }
  }

  /** Validates {@code dataset}, built in Java or read before. */
  public ValidationReport validate(Dataset dataset) {
    RecordWalk walk = new RecordWalk(dataset.getLanguages());
    DatasetRules.Pass pass = datasetRules.start();
    long records = 0;
    List<Finding> findings = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      List<? extends CpxRecord> typed = dataset.records(type);
      Set<Integer> unreadable = dataset.getUnreadableRecords().stream()
          .filter(r -> r.getType() == type).map(UnreadableRecord::getPosition).collect(Collectors.toSet());
      int next = 0;
      for (int position = 0; position < typed.size() + unreadable.size(); position++) {
        records++;
        if (!unreadable.contains(position) && next < typed.size()) {
          CpxRecord record = typed.get(next++);
          String pointer = "/" + type.getArrayName() + "/" + position;
          List<Finding> own = ownRules(walk, record, pointer);
          own.addAll(pass.add(record, pointer, 0));
          own.sort(Finding.byPath());
          findings.addAll(own);
        }
      }
    }
    findings.addAll(pass.finish());
    return report(findings, records);
  }

  /** Validates one record on its own: the rules that need no other record. */
  public ValidationReport validate(CpxRecord record) {
    List<Finding> findings = ownRules(new RecordWalk(List.of()), record, "");
    findings.sort(Finding.byPath());
    return report(findings, 1);
  }

  /**
   * Validates the records of {@code reader} one by one, the findings outside records where they
   * were read; {@code lines} gives rule findings the record's line.
   */
  private ValidationReport validate(RecordReader reader, boolean lines) throws IOException {
    try {
      List<Finding> findings = new ArrayList<>();
      int headerFindings = 0;
      RecordWalk walk = null;
      DatasetRules.Pass pass = datasetRules.start();
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        headerFindings = addFrom(findings, reader.headerFindings(), headerFindings);
        if (walk == null) {
          walk = new RecordWalk(reader.header().getLanguages());
        }
        List<Finding> own = new ArrayList<>();
        CpxRecord record = entry.getRecord().orElse(null);
        for (Finding finding : entry.getFindings()) {
          // The record walk finds personal data again in the record read.
          if (record == null || finding.getCode() != FindingCode.PRIVACY_PERSONAL_DATA) {
            own.add(finding);
          }
        }
        if (record != null) {
          long line = lines ? entry.getLine() : 0;
          for (Finding finding : ownRules(walk, record, entry.getPointer())) {
            own.add(line > 0 ? finding.withLine(line) : finding);
          }
          own.addAll(pass.add(record, entry.getPointer(), line));
        }
        own.sort(Finding.byPath());
        findings.addAll(own);
      }
      if (reader.isOtherMajorVersion()) {
        return report(reader.headerFindings(), reader.records());
      }
      addFrom(findings, reader.headerFindings(), headerFindings);
      if (!reader.isBroken()) {
        findings.addAll(pass.finish());
      }
      return report(findings, reader.records());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Adds the findings of {@code list} from index {@code from} on to {@code findings}; returns the list's size. */
  private static int addFrom(List<Finding> findings, List<Finding> list, int from) {
    findings.addAll(list.subList(from, list.size()));
    return list.size();
  }

  /** The findings of the rules that need no other record: the record walk's and the model's constraints. */
  private static List<Finding> ownRules(RecordWalk walk, CpxRecord record, String pointer) {
    List<Finding> findings = new ArrayList<>(walk.check(record, pointer));
    findings.addAll(Constraints.check(record, pointer));
    return findings;
  }

  private ValidationReport report(List<Finding> findings, long records) {
    List<Finding> localized = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      localized.add(FindingMessages.localize(finding, locale));
    }
    return new ValidationReport(localized, records);
  }

  /** Builds a {@link CpxValidator}. Not thread-safe. */
  public static final class Builder {
    private CpxJson json = CpxJson.create();
    private Locale locale = Locale.ENGLISH;
    private boolean openReferences;

    private Builder() {}

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
