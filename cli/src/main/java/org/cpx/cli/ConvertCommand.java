package org.cpx.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpx.core.CpxRecord;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.Severity;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordReader;
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
    description = "Convert a .json dataset to a .ndjson stream or back, losing nothing that can be read.")
final class ConvertCommand implements Callable<Integer> {
  private final InputStream stdin;

  @Spec private @Nullable CommandSpec spec;

  @Option(names = "--public", description = "Leave out the records whose access is not public (and those that cannot be read).")
  private boolean onlyPublic;

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
    try (InputStream input = Progress.onTerminal(Inputs.open(in, stdin), in, err);
        RecordReader reader = Inputs.reader(json, Inputs.formOf(in), input);
        RecordSpool spool = new RecordSpool(json)) {
      boolean errors = false;
      int headerFindings = 0;
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        errors |= report(err, reader.headerFindings().subList(headerFindings, reader.headerFindings().size()));
        headerFindings = reader.headerFindings().size();
        List<Finding> findings = new ArrayList<>(entry.getFindings());
        findings.addAll(validator.personalData(entry));
        findings.sort(Finding.byPath());
        errors |= report(err, findings);
        if (!onlyPublic || entry.getRecord().map(CpxRecord::isPublic).orElse(false)) {
          spool.add(entry);
        }
      }
      errors |= report(err, reader.headerFindings().subList(headerFindings, reader.headerFindings().size()));
      if (reader.isBroken() || reader.isOtherMajorVersion()) {
        err.println("cpx: " + in + " cannot be read; nothing written");
        return Cpx.INVALID;
      }
      try (OutputStream output = new BufferedOutputStream(Inputs.create(out))) {
        if (Inputs.formOf(out) == Inputs.Form.STREAM) {
          spool.writeStream(reader.header(), output);
        } else {
          spool.writeDataset(CpxJson.builder().indent(true).build(), reader.header(), output);
        }
      }
      return errors ? Cpx.INVALID : Cpx.OK;
    }
  }

  /** Says each of {@code findings} in one line; whether any is an error. */
  private static boolean report(PrintWriter err, List<Finding> findings) {
    boolean errors = false;
    for (Finding finding : findings) {
      err.println(finding.getSeverity().getValue() + " " + finding.getCode().getCode() + " "
          + (finding.getLine().isPresent() ? "line " + finding.getLine().getAsLong() + " " : "") + finding.getPath());
      errors |= finding.getSeverity() == Severity.ERROR;
    }
    return errors;
  }
}
