package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpx.core.CpxRecord;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON examples of README.md, run as written there. */
class ReadmeExamplesTest {
  @TempDir
  Path directory;

  @Test
  void readingAndWritingJson() throws IOException {
    Path data = directory.resolve("data.json");
    Files.write(data, CpxJson.create().writeDataset(SeedData.dataset()));
    Path big = directory.resolve("big.json");
    Files.write(big, CpxJson.create().writeDataset(SeedData.dataset()));
    List<String> printed = new ArrayList<>();
    List<CpxRecord> streamed = new ArrayList<>();

    CpxJson json = CpxJson.create();

    ReadResult<Dataset> read;
    try (InputStream in = Files.newInputStream(data)) {
      read = json.readDataset(in);
    }
    read.getFindings().forEach(f -> printed.add(f.getCode().getCode() + " " + f.getPath()));
    Dataset dataset = read.getValue().orElseThrow();

    try (OutputStream out = Files.newOutputStream(directory.resolve("data.ndjson"))) {
      json.writeStream(dataset, out);
    }

    try (RecordReader records = json.readRecords(Files.newInputStream(big))) {
      records.forEachRemaining(entry -> entry.getRecord().ifPresent(streamed::add));
    }

    assertThat(printed).isEmpty();
    assertThat(dataset).isEqualTo(SeedData.dataset());
    assertThat(json.readStreamAsDataset(Files.newInputStream(directory.resolve("data.ndjson"))).getValue())
        .contains(SeedData.dataset());
    assertThat(streamed).isEqualTo(SeedData.dataset().records());
  }
}
