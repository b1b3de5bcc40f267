package org.cpx.cli;

import org.cpx.json.CpxJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpx schema}: prints the JSON Schema of the format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Cpx.Version.class,
    description = "Print the JSON Schema (2020-12) of the CPX format.")
final class SchemaCommand implements Runnable {
  @Spec private @Nullable CommandSpec spec;

  @Override
  public void run() {
    if (spec == null) {
      throw new IllegalStateException("the command has no spec");
    }
    spec.commandLine().getOut().print(CpxJson.schema());
    spec.commandLine().getOut().flush();
  }
}
