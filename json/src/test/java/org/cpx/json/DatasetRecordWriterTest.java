package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;

class DatasetRecordWriterTest {
  @Test
  void writesTheBytesOfTheWholeDatasetRecordByRecordInBothLayouts() {
    for (CpxJson json : new CpxJson[] {CpxJson.create(), CpxJson.builder().indent(true).build()}) {
      Property.forAll(200, Generators::dataset, dataset -> assertThat(recordByRecord(json, dataset))
          .isEqualTo(new String(json.writeDataset(dataset), StandardCharsets.UTF_8)));
    }
  }

  @Test
  void refusesARecordOfAnEarlierArray() throws IOException {
    Dataset seed = SeedData.dataset();
    try (DatasetRecordWriter writer = CpxJson.create().openDataset(seed, new ByteArrayOutputStream())) {
      writer.write(seed.getEvents().get(0));
      assertThatThrownBy(() -> writer.write(seed.getOrganizations().get(0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("records come in the order of the dataset arrays: organizations cannot follow events");
      writer.writeJson("{\"type\":\"grant\"}");
      assertThatThrownBy(() -> writer.writeJson("{}", RecordType.COMMITMENT)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void escapesEveryControlCharacterOfWhatWasKeptAsRead() {
    CpxJson json = CpxJson.create();
    String document = "{\"cpx\":\"1.0\",\"persons\":[{\"type\":\"person\",\"id\":\"p\",\"name\":\"A\","
        + "\"x-\u007f\":[\"\\u0001\u0085\u009f\u00a0\"]}],\"x-\u0080\":\"\u007f\"}\n";
    Dataset dataset = json.readDataset(document.getBytes(StandardCharsets.UTF_8)).getValue().orElseThrow();
    assertThat(new String(json.writeDataset(dataset), StandardCharsets.UTF_8)).isEqualTo(
        "{\"cpx\":\"1.0\",\"persons\":[{\"type\":\"person\",\"id\":\"p\",\"name\":\"A\","
            + "\"x-\\u007f\":[\"\\u0001\\u0085\\u009f\u00a0\"]}],\"x-\\u0080\":\"\\u007f\"}\n");
  }

  /** Spec §1: non-ASCII is written as itself, a character beyond the Basic Multilingual Plane too, in documents and streams. */
  @Test
  void writesEveryCharacterBeyondTheBasicPlaneAsItself() {
    CpxJson json = CpxJson.create();
    String document = "{\"cpx\":\"1.0\",\"events\":[{\"type\":\"event\",\"id\":\"e\",\"title\":{\"en\":\"\ud834\udd1e\"},"
        + "\"x-\ud83c\udf89\":\"\\ud83c\\udf89\"}]}\n";
    Dataset dataset = json.readDataset(document.getBytes(StandardCharsets.UTF_8)).getValue().orElseThrow();
    String written = "{\"cpx\":\"1.0\",\"events\":[{\"type\":\"event\",\"id\":\"e\",\"title\":{\"en\":\"\ud834\udd1e\"},"
        + "\"x-\ud83c\udf89\":\"\ud83c\udf89\"}]}\n";
    assertThat(new String(json.writeDataset(dataset), StandardCharsets.UTF_8)).isEqualTo(written);
    assertThat(new String(json.writeStream(dataset), StandardCharsets.UTF_8)).contains("\"title\":{\"en\":\"\ud834\udd1e\"}");
  }

  private static String recordByRecord(CpxJson json, Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetRecordWriter writer = json.openDataset(dataset, out)) {
      DatasetWriter.records(dataset, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
