package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.SeedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of {@code docs/examples} are the writer's output for the seed dataset, and those of
 * {@code docs/examples/records} one record of each type cut from it: a test fails when the
 * writer's bytes change. Regenerate them on purpose with {@code -Dcpx.golden.update=true}.
 */
class GoldenExamplesTest {
  private static final CpxJson INDENTED = CpxJson.builder().indent(true).build();
  private static final CpxJson COMPACT = CpxJson.create();
  private static final Map<String, String> ONE_PER_TYPE = Map.of(
      "organization.json", "seed:molisa-dc",
      "network.json", "seed:crnet",
      "person.json", "seed:dang-hoa-nam",
      "event.json", "seed:action-month-2023",
      "declaration.json", "seed:summit-2018-declaration",
      "recommendation.json", "seed:training-2023-localities",
      "commitment.json", "seed:molisa-hanoi-call-2");

  static Stream<Arguments> examples() {
    Dataset seed = SeedData.dataset();
    Stream<Arguments> corpus = Stream.of(
        Arguments.of("seed-corpus.json", INDENTED.writeDataset(seed)),
        Arguments.of("seed-corpus.ndjson", COMPACT.writeStream(seed)));
    Stream<Arguments> onePerType = ONE_PER_TYPE.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(example -> Arguments.of("records/" + example.getKey(),
            INDENTED.writeDataset(documentOf(seed, seed.index().find(Id.of(example.getValue())).orElseThrow()))));
    return Stream.concat(corpus, onePerType);
  }

  /** A dataset with the document members of {@code seed} and the one record {@code record}. */
  private static Dataset documentOf(Dataset seed, CpxRecord record) {
    Dataset.Builder one = Dataset.builder().cpx(seed.getCpx()).languages(seed.getLanguages());
    seed.getPublisher().ifPresent(one::publisher);
    seed.getGeneratedAt().ifPresent(one::generatedAt);
    seed.getLicense().ifPresent(one::license);
    return one.addRecord(record).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theWriterStillWritesTheExample(String name, byte[] expected) throws IOException {
    Path file = Paths.get(System.getProperty("cpx.project.dir", "..")).resolve("docs/examples").resolve(name);
    if (Boolean.getBoolean("cpx.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.write(file, expected);
    }
    assertThat(file).exists();
    assertThat(JsonTestSupport.text(Files.readAllBytes(file))).isEqualTo(JsonTestSupport.text(expected));
    try (InputStream in = Files.newInputStream(file)) {
      ReadResult<Dataset> read = name.endsWith(".ndjson") ? COMPACT.readStreamAsDataset(in) : COMPACT.readDataset(in);
      assertThat(read.getFindings()).isEmpty();
    }
  }
}
