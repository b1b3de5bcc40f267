package org.cpx.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpx.core.CpxRecord;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.Severity;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordReader;
import org.cpx.tables.CellFinding;
import org.cpx.tables.CpxTables;
import org.cpx.validation.CpxValidator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpx convert}: a dataset document to a record stream or back, by the files' extensions,
 * carrying everything readable; written even when there are findings. Reads and writes in constant
 * memory, setting records aside in temporary files to write them in the order of the arrays.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Cpx.Version.class,
    description = "Convert between a .json dataset, a .ndjson stream, an .xlsx workbook, a .zip of CSV tables and a .sqlite database, losing nothing that can be read.")
final class ConvertCommand implements Callable<Integer> {
  private final InputStream stdin;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--public", description = "Leave out the records whose access is not public (and those that cannot be read).")
  private boolean onlyPublic;

  @Option(names = "--lang", defaultValue = "en",
      description = "Language of the sheets' names and headers of an .xlsx or .zip written: en (the default) or vi.")
  private Cpx.Language language = Cpx.Language.en;

  @Parameters(index = "0", paramLabel = "IN", description = "The file to convert; - is standard input, read as a dataset.")
  private String in = "";

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write; its extension says the form.")
  private String out = "";

  ConvertCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    if (spec == null) {
      throw new IllegalStateException("the command has no spec");
    }
    PrintWriter err = spec.commandLine().getErr();
    CpxJson json = CpxJson.create();
    CpxValidator validator = CpxValidator.builder().json(json).build();
    Inputs.Form form = Inputs.formOf(in);
    Inputs.FileAction convert = (file, read, input, cells) -> convert(err, json, validator, read, input, cells);
    try (InputStream opened = Progress.onTerminal(Inputs.open(in, stdin), in, err)) {
      return form.isTables() ? Inputs.applyToTables(convert, in, form, opened)
          : convert.apply(in, form, opened, TableCells.NONE);
    }
  }

  private int convert(PrintWriter err, CpxJson json, CpxValidator validator, Inputs.Form form, InputStream input,
      TableCells cells) throws IOException {
    try (RecordReader reader = Inputs.reader(json, form, input);
        RecordSpool spool = new RecordSpool(json)) {
      boolean errors = false;
      for (CellFinding found : cells.own()) {
        errors |= report(err, found.finding(), found.cell().orElse(null));
      }
      int headerFindings = 0;
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        errors |= report(err, reader.headerFindings().subList(headerFindings, reader.headerFindings().size()), cells);
        headerFindings = reader.headerFindings().size();
        List<Finding> findings = new ArrayList<>(entry.getFindings());
        findings.addAll(validator.personalData(entry));
        findings.sort(Finding.byPath());
        errors |= report(err, findings, cells);
        if (!onlyPublic || entry.getRecord().map(CpxRecord::isPublic).orElse(false)) {
          spool.add(entry);
        }
      }
      errors |= report(err, reader.headerFindings().subList(headerFindings, reader.headerFindings().size()), cells);
      if (reader.isBroken() || reader.isOtherMajorVersion()) {
        err.println("cpx: " + in + " cannot be read; nothing written");
        return Cpx.INVALID;
      }
      try (OutputStream output = new BufferedOutputStream(Inputs.create(out))) {
        Inputs.Form to = Inputs.formOf(out);
        if (to == Inputs.Form.STREAM) {
          spool.writeStream(reader.header(), output);
        } else if (to.isTables()) {
          ByteArrayOutputStream document = new ByteArrayOutputStream();
          spool.writeDataset(json, reader.header(), document);
          Dataset dataset = json.readDataset(document.toByteArray()).getValue().orElseThrow();
          CpxTables tables = CpxTables.standard().withHeaders(language.name());
          switch (to) {
            case WORKBOOK -> tables.writeWorkbook(dataset, output);
            case DATABASE -> tables.writeDatabase(dataset, output);
            default -> tables.writeCsvZip(dataset, output);
          }
        } else {
          spool.writeDataset(CpxJson.builder().indent(true).build(), reader.header(), output);
        }
      }
      return errors ? Cpx.INVALID : Cpx.OK;
    }
  }

  /** Says each of {@code findings} in one line, with its cell among {@code cells}; whether any is an error. */
  private static boolean report(PrintWriter err, List<Finding> findings, TableCells cells) {
    boolean errors = false;
    for (Finding finding : findings) {
      errors |= report(err, finding, cells.cellOf(finding));
    }
    return errors;
  }

  /** Says {@code finding} in one line, at {@code cell} when it has one; whether it is an error. */
  private static boolean report(PrintWriter err, Finding finding, @Nullable String cell) {
    err.println(finding.getSeverity().getValue() + " " + finding.getCode().getCode() + " "
        + (cell != null ? cell + " " : "")
        + (finding.getLine().isPresent() ? "line " + finding.getLine().getAsLong() + " " : "") + finding.getPath());
    return finding.getSeverity() == Severity.ERROR;
  }
}
