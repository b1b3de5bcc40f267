package org.cpx.tables;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cpx.tables.internal.Trees;

/**
 * A real LibreOffice Calc, headless, driven by {@code libreoffice.py} through its UNO bridge: one
 * list of jobs, each opening a workbook, editing it as a person would and saving it
 * as {@code .xlsx} and as a CSV file per sheet. Debian's {@code libreoffice-calc-nogui} and {@code
 * python3-uno}; tests that need it are skipped where neither is installed ({@code .ci/run}
 * installs both).
 */
final class LibreOffice {
  private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");

  private final String python;
  private final ArrayNode jobs = Trees.MAPPER.createArrayNode();

  private LibreOffice(String python) {
    this.python = python;
  }

  /** LibreOffice, or the test is skipped when this machine has none. */
  static LibreOffice required() {
    String python = PYTHONS.stream().filter(LibreOffice::drivesOffice).findFirst().orElse(null);
    assumeTrue(python != null && onPath("soffice"), "LibreOffice (soffice and Python's uno) is not installed");
    return new LibreOffice(python);
  }

  /** A job opening {@code workbook}; its edits, and where to save, are added to what it returns. */
  ObjectNode open(Path workbook) {
    ObjectNode job = jobs.addObject();
    job.put("open", workbook.toString());
    job.putArray("edits");
    return job;
  }

  /** Runs every job in one office, with {@code dir} for its profile and script. */
  void run(Path dir) throws IOException, InterruptedException {
    Path script = dir.resolve("libreoffice.py");
    try (InputStream in = LibreOffice.class.getResourceAsStream("libreoffice.py")) {
      Files.copy(in, script);
    }
    Path file = dir.resolve("jobs.json");
    Trees.MAPPER.writeValue(file.toFile(), jobs);
    Path log = dir.resolve("libreoffice.log");
    Process process = new ProcessBuilder(python, script.toString(), dir.resolve("profile").toString(), file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("LibreOffice did not finish in 10 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IOException("LibreOffice failed: " + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  /** The CSV files LibreOffice saved in {@code dir}, as a zip of them. */
  static byte[] zip(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, (OutputStream) zip);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static boolean drivesOffice(String python) {
    try {
      Process process = new ProcessBuilder(python, "-c", "import uno").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
