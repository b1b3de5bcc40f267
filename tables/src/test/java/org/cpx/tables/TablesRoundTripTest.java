package org.cpx.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.CpxJson;
import org.cpx.json.ReadResult;
import org.cpx.tables.internal.Trees;
import org.cpx.testing.Generators;
import org.cpx.testing.SeedData;
import org.cpx.testing.mutation.Form;
import org.cpx.testing.mutation.Mutant;
import org.cpx.testing.mutation.Mutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON → workbook → JSON and JSON → CSV zip → JSON give the dataset again, equal as JSON in the
 * format's normal form (what {@code CpxJson} writes of it): the seed dataset, generated datasets
 * with unknown members everywhere and every language, and damaged datasets whose records are kept
 * as read.
 */
class TablesRoundTripTest {
  private static final CpxJson JSON = CpxJson.create();
  private static final CpxTables TABLES = CpxTables.standard();
  private static final CpxTables VIETNAMESE = TABLES.withHeaders("vi");

  @Test
  void theSeedDatasetComesBackFromAWorkbookFromCsvAndFromADatabase() throws IOException {
    Dataset seeds = SeedData.dataset();
    assertThat(tree(viaWorkbook(TABLES, seeds))).isEqualTo(tree(seeds));
    assertThat(tree(viaCsv(TABLES, seeds))).isEqualTo(tree(seeds));
    assertThat(tree(viaDatabase(TABLES, seeds))).isEqualTo(tree(seeds));
  }

  @Test
  void theSeedDatasetComesBackWithVietnameseHeaders() throws IOException {
    Dataset seeds = SeedData.dataset();
    assertThat(tree(viaWorkbook(VIETNAMESE, seeds))).isEqualTo(tree(seeds));
    assertThat(tree(viaCsv(VIETNAMESE, seeds))).isEqualTo(tree(seeds));
    assertThat(tree(viaDatabase(VIETNAMESE, seeds))).isEqualTo(tree(seeds));
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 20261204L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aGeneratedDatasetComesBack(long seed) throws IOException {
    Generators generators = new Generators(seed);
    Dataset dataset = seed % 2 == 0 ? generators.dataset() : generators.validDataset();
    CpxTables tables = seed % 3 == 0 ? VIETNAMESE : TABLES;
    assertThat(tree(viaCsv(tables, dataset))).as("seed %d", seed).isEqualTo(tree(dataset));
    if (seed % 10 == 0) {
      assertThat(tree(viaWorkbook(tables, dataset))).as("seed %d", seed).isEqualTo(tree(dataset));
    }
    if (seed % 4 == 0) {
      assertThat(tree(viaDatabase(tables, dataset))).as("seed %d", seed).isEqualTo(tree(dataset));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aDamagedDatasetComesBackWithItsRecordsKeptAsRead(long seed) throws IOException {
    Mutant mutant = new Mutator(seed).next(JSON::writeDataset);
    if (mutant.form() != Form.DOCUMENT || !mutant.isCarried()) {
      return;
    }
    ReadResult<Dataset> read = JSON.readDataset(mutant.bytes());
    if (read.getValue().isEmpty()) {
      return;
    }
    Dataset dataset = read.getValue().get();
    assertThat(tree(viaCsv(TABLES, dataset))).as("%s", mutant).isEqualTo(tree(dataset));
    assertThat(tree(viaDatabase(TABLES, dataset))).as("%s", mutant).isEqualTo(tree(dataset));
  }

  @Test
  void elementsThatAreNotRecordsKeepTheirPlaceAndPersonalDataIsNotWritten() throws IOException {
    String document = "{\"cpx\":\"1.0\",\"persons\":[{\"type\":\"person\",\"id\":\"a:p1\",\"name\":\"Lan\","
        + "\"birthDate\":\"1990-01-01\"}],\"events\":[null,{\"id\":\"a:e1\",\"title\":{\"vi\":\"Hội nghị\"},"
        + "\"period\":{\"start\":\"2023-02-30\"}},\"x\",{\"type\":\"event\",\"id\":\"a:e2\",\"title\":{\"en\":\"T\"}}],"
        + "\"otherRecords\":[{\"type\":\"future\",\"id\":\"a:f\"}],\"extra\":{\"a\":[1,2.50]}}";
    Dataset dataset = JSON.readDataset(document.getBytes(StandardCharsets.UTF_8)).getValue().orElseThrow();
    for (byte[] back : List.of(JSON.writeDataset(viaWorkbook(TABLES, dataset)),
        JSON.writeDataset(viaDatabase(TABLES, dataset)))) {
      assertThat(tree(back)).isEqualTo(tree(dataset));
      assertThat(new String(back, StandardCharsets.UTF_8)).doesNotContain("birthDate").contains("2.50");
    }
  }

  @Test
  void tagsThatDifferOnlyInCaseComeBackFromEveryForm() throws IOException {
    String document = "{\"cpx\":\"1.0\",\"languages\":[\"EN\",\"en\"],\"events\":["
        + "{\"type\":\"event\",\"id\":\"a:e1\",\"title\":{\"en\":\"Summit\"}},"
        + "{\"type\":\"event\",\"id\":\"a:e2\",\"title\":{\"EN\":\"Dialogue\",\"vi\":\"Đối thoại\"}},"
        + "{\"type\":\"event\",\"id\":\"a:e3\",\"title\":{\"Vi\":\"Hội nghị\",\"vi\":\"Hội thảo\"}}]}";
    Dataset dataset = JSON.readDataset(document.getBytes(StandardCharsets.UTF_8)).getValue().orElseThrow();
    assertThat(tree(viaWorkbook(TABLES, dataset))).isEqualTo(tree(dataset));
    assertThat(tree(viaCsv(TABLES, dataset))).isEqualTo(tree(dataset));
    assertThat(tree(viaDatabase(TABLES, dataset))).isEqualTo(tree(dataset));
  }

  private static Dataset viaWorkbook(CpxTables tables, Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tables.writeWorkbook(dataset, out);
    return TABLES.readWorkbook(new ByteArrayInputStream(out.toByteArray())).getDataset().getValue().orElseThrow();
  }

  private static Dataset viaCsv(CpxTables tables, Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tables.writeCsvZip(dataset, out);
    return TABLES.readCsvZip(new ByteArrayInputStream(out.toByteArray())).getDataset().getValue().orElseThrow();
  }

  private static Dataset viaDatabase(CpxTables tables, Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tables.writeDatabase(dataset, out);
    return TABLES.readDatabase(new ByteArrayInputStream(out.toByteArray())).getDataset().getValue().orElseThrow();
  }

  private static JsonNode tree(Dataset dataset) throws IOException {
    return tree(JSON.writeDataset(dataset));
  }

  private static JsonNode tree(byte[] json) throws IOException {
    return Trees.MAPPER.readTree(json);
  }
}
