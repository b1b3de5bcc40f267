package org.cpx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpx.testing.GeneratedInput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings in bounded memory (spec §6, §7): a million broken lines and 900,000 duplicated ids are
 * reported whole by {@code cpx validate} with a 64 MB heap, in their own surefire execution.
 */
@Tag("many-findings")
class ManyFindingsTest {
  private static final byte[] BROKEN = "{\"type\":\"organization\",\"id\":\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] RECORD = ("{\"type\":\"organization\",\"id\":\"vacr:vacr\",\"name\":{\"en\":\"VACR\"},"
      + "\"sources\":[{\"title\":{\"en\":\"S\"}}]}\n").getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path directory;

  @Test
  void reportsAMillionBrokenLinesAsJson() throws IOException {
    Path report = directory.resolve("report.json");
    StringWriter err = new StringWriter();
    int status;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report))) {
      status = Cpx.run(GeneratedInput.lines(1_000_000, n -> BROKEN), out, new PrintWriter(err),
          "validate", "--format", "json", "--input-format", "ndjson", "-");
    }
    assertThat(status).isEqualTo(Cpx.INVALID);
    assertThat(err.toString()).isEmpty();
    long findings = 0;
    String lastLine = "";
    String errors = "";
    try (BufferedReader lines = Files.newBufferedReader(report)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.contains("\"code\" : \"json.syntax\"")) {
          findings++;
        } else if (line.contains("\"line\" : ")) {
          lastLine = line.trim();
        } else if (line.contains("\"errors\" : ")) {
          errors = line.trim();
        }
      }
    }
    assertThat(findings).isEqualTo(1_000_000);
    assertThat(lastLine).isEqualTo("\"line\" : 1000000,");
    assertThat(errors).isEqualTo("\"errors\" : 1000000,");
  }

  @Test
  void reportsNineHundredThousandDuplicateIdsAsText() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cpx.run(GeneratedInput.lines(900_001, n -> RECORD), new PrintWriter(out), new PrintWriter(err),
        "validate", "--input-format", "ndjson", "-");
    assertThat(status).isEqualTo(Cpx.INVALID);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("900,001 records, 900,000 errors")
        .contains("id.duplicate (900000)")
        .contains("line 2: /id")
        .contains("line 21: /id")
        .doesNotContain("line 22: /id")
        .contains("899,980");
  }
}
