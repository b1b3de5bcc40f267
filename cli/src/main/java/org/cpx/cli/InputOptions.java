package org.cpx.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The option of the commands that read files: the form of input whose name does not say it. */
final class InputOptions {
  /** The values of {@code --input-format}. */
  enum InputFormat {
    json,
    ndjson,
    xlsx,
    csv,
    sqlite
  }

  @Option(names = "--input-format", description = "The form of the input when the file name does not say: json, ndjson, xlsx, csv (a zip of CSV files) or sqlite.")
  private @Nullable InputFormat inputFormat;

  /** The form of {@code file}: as {@code --input-format} says, else by its name. */
  Inputs.Form formOf(String file) {
    if (inputFormat == null) {
      return Inputs.formOf(file);
    }
    switch (inputFormat) {
      case ndjson:
        return Inputs.Form.STREAM;
      case xlsx:
        return Inputs.Form.WORKBOOK;
      case csv:
        return Inputs.Form.CSV_ZIP;
      case sqlite:
        return Inputs.Form.DATABASE;
      default:
        return Inputs.Form.DATASET;
    }
  }
}
