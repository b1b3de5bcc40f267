package org.cpx.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.cpx.core.dataset.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cpx} command. Exit status: 0 when there is no error (warnings allowed), 1 when the
 * data has an error, 2 for a usage or input/output problem, said in one line on standard error.
 * Never a stack trace.
 */
@Command(
    name = "cpx",
    mixinStandardHelpOptions = true,
    versionProvider = Cpx.Version.class,
    description = "Validate, convert, describe and count Child Protection eXchange (CPX) files.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, TemplateCommand.class, SchemaCommand.class,
        StatsCommand.class})
public final class Cpx implements Runnable {
  /** Exit status: no error. */
  static final int OK = 0;
  /** Exit status: the data has an error. */
  static final int INVALID = 1;
  /** Exit status: a usage or input/output problem. */
  static final int USAGE = 2;

  /** The values of {@code --lang}: the languages of messages and of tables' headers. */
  enum Language {
    /** English. */
    en,
    /** Vietnamese. */
    vi
  }

  /** The values of {@code --format}. */
  enum OutputFormat {
    /** For people. */
    text,
    /** For machines. */
    json
  }

  /** Runs the command with {@code args} and exits with its status. */
  public static void main(String[] args) {
    // POI logs through Log4j's API; the tool says what matters itself, without a logging backend.
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
    System.exit(run(System.in, out, err, args));
  }

  /** Runs the command with {@code args}, reading standard input from {@code in}; returns the exit status. */
  static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    CommandLine command = new CommandLine(new Cpx(), new Factory(in))
        .setOut(out)
        .setErr(err)
        .setExitCodeExceptionMapper(exception -> USAGE)
        .setExecutionExceptionHandler((exception, line, parseResult) -> {
          err.println("cpx: " + describe(exception));
          return USAGE;
        })
        .setParameterExceptionHandler((exception, args1) -> {
          err.println("cpx: " + exception.getMessage());
          return USAGE;
        });
    return command.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed: validate, convert, template, schema or stats");
  }

  private static String describe(Exception exception) {
    String message = exception.getMessage();
    return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
  }

  /** Gives the subcommands the standard input of this run. */
  private static final class Factory implements CommandLine.IFactory {
    private final InputStream in;

    Factory(InputStream in) {
      this.in = in;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(in));
      }
      if (type == ConvertCommand.class) {
        return type.cast(new ConvertCommand(in));
      }
      if (type == StatsCommand.class) {
        return type.cast(new StatsCommand(in));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version of the tool and of the format it reads and writes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cpx.class.getPackage().getImplementationVersion();
      return new String[] {"cpx " + (version == null ? "development" : version) + ", CPX format " + Dataset.FORMAT_VERSION};
    }
  }
}
