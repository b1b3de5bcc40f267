package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.cpx.core.dataset.Dataset;

/**
 * Coverage-guided fuzzing of both readers. Under {@code ./mvnw verify} the committed corpus in
 * {@code src/test/resources/org/cpx/json/ReaderFuzzTestInputs} runs as regression tests; a real
 * run is {@code JAZZER_FUZZ=1 ./mvnw -pl json test -Dtest='ReaderFuzzTest#readsAnyDataset'}
 * (see docs/testing.md). Any exception, hang or round trip that changes the data is a finding.
 */
class ReaderFuzzTest {
  private static final CpxJson JSON = CpxJson.builder().maxRecordBytes(1 << 16).build();

  @FuzzTest(maxDuration = "10m")
  void readsAnyDataset(byte[] input) {
    ReadResult<Dataset> result = JSON.readDataset(input);
    if (result.getValue().isPresent()) {
      Dataset dataset = result.getValue().get();
      ReadResult<Dataset> again = JSON.readDataset(JSON.writeDataset(dataset));
      assertThat(again.getValue()).contains(dataset);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readsAnyStream(byte[] input) throws IOException {
    ReadResult<Dataset> result = JSON.readStreamAsDataset(new ByteArrayInputStream(input));
    if (result.getValue().isPresent()) {
      Dataset dataset = result.getValue().get();
      ReadResult<Dataset> again = JSON.readStreamAsDataset(new ByteArrayInputStream(JSON.writeStream(dataset)));
      assertThat(again.getValue()).contains(dataset);
    }
  }
}
