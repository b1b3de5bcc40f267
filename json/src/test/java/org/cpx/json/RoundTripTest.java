package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private final CpxJson json = CpxJson.create();

  @Test
  void theSeedDatasetSurvivesBothDocumentForms() throws Exception {
    Dataset seed = SeedData.dataset();
    byte[] document = json.writeDataset(seed);
    ReadResult<Dataset> read = json.readDataset(document);
    assertThat(read.getFindings()).isEmpty();
    assertThat(read.orThrow()).isEqualTo(seed);

    byte[] stream = json.writeStream(seed);
    ReadResult<Dataset> fromStream = json.readStreamAsDataset(new ByteArrayInputStream(stream));
    assertThat(fromStream.getFindings()).isEmpty();
    assertThat(fromStream.orThrow()).isEqualTo(seed);
    assertThat(fromStream.getRecords()).isEqualTo(seed.records().size());
  }

  @Test
  void generatedDatasetsSurviveARoundTrip() {
    Property.forAll(Generators::dataset, dataset -> {
      byte[] document = json.writeDataset(dataset);
      ReadResult<Dataset> read = json.readDataset(document);
      assertThat(read.getFindings()).as(new String(document, StandardCharsets.UTF_8)).isEmpty();
      assertThat(read.getValue()).contains(dataset);
      assertThat(json.writeDataset(read.getValue().get())).isEqualTo(document);
    });
  }
}
