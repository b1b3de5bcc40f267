package org.cpx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpx.core.CpxRecord;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.json.CpxJson;
import org.cpx.json.ReadResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpx convert}: a dataset document to a record stream or back, by the files' extensions,
 * carrying everything readable; written even when there are findings.
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
    ReadResult<Dataset> read;
    try (InputStream input = Inputs.open(in, stdin)) {
      read = Inputs.formOf(in) == Inputs.Form.STREAM ? json.readStreamAsDataset(input) : json.readDataset(input);
    }
    for (Finding finding : read.getFindings()) {
      err.println(finding.getSeverity().getValue() + " " + finding.getCode().getCode() + " "
          + (finding.getLine().isPresent() ? "line " + finding.getLine().getAsLong() + " " : "") + finding.getPath());
    }
    if (read.getValue().isEmpty()) {
      err.println("cpx: " + in + " cannot be read; nothing written");
      return Cpx.INVALID;
    }
    Dataset dataset = onlyPublic ? publicOnly(read.getValue().get()) : read.getValue().get();
    try (OutputStream output = Inputs.create(out)) {
      if (Inputs.formOf(out) == Inputs.Form.STREAM) {
        json.writeStream(dataset, output);
      } else {
        CpxJson.builder().indent(true).build().writeDataset(dataset, output);
      }
    }
    return read.hasErrors() ? Cpx.INVALID : Cpx.OK;
  }

  private static Dataset publicOnly(Dataset dataset) {
    Dataset.Builder kept = Dataset.builder().from(dataset)
        .organizations(List.of()).networks(List.of()).persons(List.of())
        .events(List.of()).declarations(List.of()).recommendations(List.of())
        .commitments(List.of()).unreadableRecords(List.of());
    for (CpxRecord record : dataset.records()) {
      if (record.isPublic()) {
        kept.addRecord(record);
      }
    }
    return kept.build();
  }
}
