package org.cpx.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.cpx.tables.CpxTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpx template}: an empty workbook to fill by hand, then validate or convert. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = Cpx.Version.class,
    description = "Write an empty .xlsx workbook to fill in: a sheet per record type and list, a note on every"
        + " header, drop-downs of the code lists.")
final class TemplateCommand implements Callable<Integer> {
  @Option(names = "--lang", defaultValue = "en",
      description = "Language of the sheets, headers, notes and labels: en (the default) or vi.")
  private Cpx.Language language = Cpx.Language.en;

  @Parameters(index = "0", paramLabel = "OUT", description = "The workbook to write (.xlsx).")
  private String out = "";

  @Override
  public Integer call() throws IOException {
    if (Inputs.formOf(out) != Inputs.Form.WORKBOOK) {
      throw new IOException("a template is a workbook, its name ends in .xlsx: " + out);
    }
    try (OutputStream output = new BufferedOutputStream(Inputs.create(out))) {
      CpxTables.standard().withHeaders(language.name()).writeTemplate(output);
    }
    return Cpx.OK;
  }
}
