package org.cpx.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.CpxJson;
import org.cpx.json.ReadResult;
import org.cpx.json.RecordStreamReader;
import org.cpx.json.RecordEntry;
import org.cpx.validation.internal.Constraints;
import org.cpx.validation.internal.DatasetRules;
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
   * Reads a dataset document and validates it: the reader's findings and the rules' in one report.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateDocument(InputStream in) throws IOException {
    ReadResult<Dataset> read = json.readDataset(in);
    List<Finding> readFindings = read.getFindings();
    if (read.getValue().isEmpty()) {
      return report(readFindings, read.getRecords());
    }
    return report(readFindings, read.getValue().get());
  }

  /**
   * Reads a record stream (NDJSON) and validates it line by line, in memory that grows with the
   * number of ids, not records: references are resolved at the end, so a record may refer to one
   * that comes later. Findings carry their line.
   *
   * @throws IOException only if the input cannot be read
   */
  public ValidationReport validateStream(InputStream in) throws IOException {
    try (RecordStreamReader reader = json.readStream(in)) {
      List<Finding> findings = new ArrayList<>(reader.headerFindings());
      RecordWalk walk = new RecordWalk(reader.header().getLanguages());
      DatasetRules.Pass pass = datasetRules.start();
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        List<Finding> own = new ArrayList<>();
        for (Finding finding : entry.getFindings()) {
          if (finding.getCode() != FindingCode.PRIVACY_PERSONAL_DATA) {
            own.add(finding);
          }
        }
        if (entry.getRecord().isPresent()) {
          CpxRecord record = entry.getRecord().get();
          for (Finding finding : ownRules(walk, record, "")) {
            own.add(finding.withLine(entry.getLine()));
          }
          own.addAll(pass.add(record, "", entry.getLine()));
        }
        own.sort(Finding.byPath());
        findings.addAll(own);
      }
      findings.addAll(pass.finish());
      return report(findings, reader.records());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Validates {@code dataset}, built in Java or read before. */
  public ValidationReport validate(Dataset dataset) {
    return report(List.of(), dataset);
  }

  /** Validates one record on its own: the rules that need no other record. */
  public ValidationReport validate(CpxRecord record) {
    List<Finding> findings = ownRules(new RecordWalk(List.of()), record, "");
    findings.sort(Finding.byPath());
    return report(findings, 1);
  }

  private ValidationReport report(List<Finding> readFindings, Dataset dataset) {
    // The record walk finds personal data again in the model, where the reader keeps it.
    Map<String, List<Finding>> byRecord = new LinkedHashMap<>();
    List<Finding> document = new ArrayList<>();
    for (Finding finding : readFindings) {
      if (finding.getCode() == FindingCode.PRIVACY_PERSONAL_DATA) {
        continue;
      }
      String record = recordPointer(finding.getPath());
      if (record == null) {
        document.add(finding);
      } else {
        byRecord.computeIfAbsent(record, r -> new ArrayList<>()).add(finding);
      }
    }
    RecordWalk walk = new RecordWalk(dataset.getLanguages());
    DatasetRules.Pass pass = datasetRules.start();
    long records = 0;
    List<Finding> ordered = new ArrayList<>(document);
    for (RecordType type : RecordType.values()) {
      List<? extends CpxRecord> typed = dataset.records(type);
      int next = 0;
      Set<Integer> unreadable = dataset.getUnreadableRecords().stream()
          .filter(r -> r.getType() == type).map(UnreadableRecord::getPosition).collect(Collectors.toSet());
      int size = typed.size() + unreadable.size();
      for (int position = 0; position < size; position++) {
        String pointer = "/" + type.getArrayName() + "/" + position;
        List<Finding> own = new ArrayList<>(byRecord.getOrDefault(pointer, List.of()));
        if (!unreadable.contains(position) && next < typed.size()) {
          CpxRecord record = typed.get(next++);
          own.addAll(ownRules(walk, record, pointer));
          own.addAll(pass.add(record, pointer, 0));
        }
        own.sort(Finding.byPath());
        ordered.addAll(own);
        records++;
      }
    }
    ordered.addAll(pass.finish());
    return report(ordered, records);
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

  /** The pointer of the record a path is in ({@code /events/3}), or {@code null} for a document member. */
  private static @Nullable String recordPointer(String path) {
    for (RecordType type : RecordType.values()) {
      String prefix = "/" + type.getArrayName() + "/";
      if (path.startsWith(prefix)) {
        int end = path.indexOf('/', prefix.length());
        return end < 0 ? path : path.substring(0, end);
      }
    }
    return null;
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
