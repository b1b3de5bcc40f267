package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cpx.json.CpxJson;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation example of README.md, run as written there. */
class ReadmeValidationExampleTest {
  @TempDir
  Path directory;

  @Test
  void validating() throws IOException {
    Path data = directory.resolve("data.json");
    Files.write(data, CpxJson.create().writeDataset(SeedData.dataset()));
    List<String> printed = new ArrayList<>();

    CpxValidator validator = CpxValidator.builder()
        .locale(Locale.forLanguageTag("vi"))
        .build();
    ValidationReport report;
    try (InputStream in = Files.newInputStream(data)) {
      report = validator.validateDocument(in);
    }
    report.getFindings().forEach(f ->
        printed.add(f.getSeverity().getValue() + " " + f.getCode().getCode() + " " + f.getPath() + ": " + f.getMessage()));
    printed.add(report.isValid() ? "valid" : report.getErrors() + " errors");

    assertThat(printed).last().isEqualTo("valid");
    assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("warning commitment.noDeadline /commitments/0/dueBy: Cam kết"));
  }
}
