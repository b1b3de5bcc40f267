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
