package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.internal.PersonalData;

/**
 * Coverage-guided fuzzing of both readers. Under {@code ./mvnw verify} the committed corpus in
 * {@code src/test/resources/org/cpx/json/ReaderFuzzTestInputs} runs as regression tests; a real
 * run is {@code JAZZER_FUZZ=1 ./mvnw -pl json test -Dtest='ReaderFuzzTest#readsAnyDataset'}
 * (see docs/testing.md). A finding is any exception, or data that changes when written and read
 * again — but for private personal data, which is never written.
 */
class ReaderFuzzTest {
  private static final CpxJson JSON = CpxJson.builder().maxRecordBytes(1 << 16).build();

  @FuzzTest(maxDuration = "10m")
  void readsAnyDataset(byte[] input) {
    survivesAWriteAndARead(input, JSON.readDataset(input), JSON::writeDataset, JSON::readDataset);
  }

  @FuzzTest(maxDuration = "10m")
  void readsAnyStream(byte[] input) {
    survivesAWriteAndARead(input, readStream(input), JSON::writeStream, ReaderFuzzTest::readStream);
  }

  private static ReadResult<Dataset> readStream(byte[] input) {
    try {
      return JSON.readStreamAsDataset(new ByteArrayInputStream(input));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void survivesAWriteAndARead(byte[] input,
      ReadResult<Dataset> read, Function<Dataset, byte[]> write, Function<byte[], ReadResult<Dataset>> readAgain) {
    if (read.getValue().isEmpty()) {
      return;
    }
    Dataset dataset = read.getValue().get();
    byte[] written = write.apply(dataset);
    Dataset again = readAgain.apply(written).getValue().orElseThrow();
    assertThat(write.apply(again)).isEqualTo(written);
    if (!namesPersonalData(input)) {
      assertThat(again).isEqualTo(dataset);
    }
  }

  /**
   * Whether a member anywhere in {@code input} may be named like personal data: one is, or the input
   * is not JSON text throughout.
   */
  private static boolean namesPersonalData(byte[] input) {
    boolean[] found = {false};
    try {
      PersonalData.find(new JsonFactory(), new String(input, StandardCharsets.UTF_8), "", pointer -> found[0] = true);
      return found[0];
    } catch (IOException e) {
      return true;
    }
  }
}
