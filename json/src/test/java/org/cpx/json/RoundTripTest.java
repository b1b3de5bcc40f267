package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decode, encode, decode is the identity; JSON read and written back is the same JSON. */
class RoundTripTest {
  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private final CpxJson json = CpxJson.create();

  static Stream<RecordType> recordTypes() {
    return Stream.of(RecordType.values());
  }

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

  @ParameterizedTest
  @MethodSource("recordTypes")
  void everyRecordSurvivesARoundTrip(RecordType type) {
    Property.forAll(generators -> generators.record(type), record -> {
      byte[] written = json.writeRecord(record);
      ReadResult<CpxRecord> read = json.readRecord(written);
      assertThat(read.getFindings()).as(JsonTestSupport.text(written)).isEmpty();
      assertThat(read.getValue()).contains(record);
      assertThat(json.writeRecord(read.getValue().get())).isEqualTo(written);
    });
  }

  @Test
  void generatedDatasetsSurviveARoundTripInBothForms() {
    Property.forAll(200, Generators::dataset, dataset -> {
      byte[] document = json.writeDataset(dataset);
      ReadResult<Dataset> read = json.readDataset(document);
      assertThat(read.getFindings()).as(JsonTestSupport.text(document)).isEmpty();
      assertThat(read.getValue()).contains(dataset);
      assertThat(json.writeDataset(read.getValue().get())).isEqualTo(document);
      try {
        ReadResult<Dataset> fromStream =
            json.readStreamAsDataset(new ByteArrayInputStream(json.writeStream(dataset)));
        assertThat(fromStream.getValue()).contains(dataset);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void jsonWithMembersInAnyOrderAndAnyLayoutIsWrittenBackAsTheSameJson() {
    Property.forAll(200, generators -> Map.entry(generators.dataset(), generators.seed()), pair -> {
      try {
        JsonNode original = TREES.readTree(json.writeDataset(pair.getKey()));
        shuffle(original, new Random(pair.getValue()));
        byte[] input = TREES.writerWithDefaultPrettyPrinter().writeValueAsBytes(original);
        ReadResult<Dataset> read = json.readDataset(input);
        assertThat(read.getFindings()).isEmpty();
        JsonNode written = TREES.readTree(json.writeDataset(read.getValue().orElseThrow()));
        assertThat(written.equals((a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, original))
            .as(new String(input, StandardCharsets.UTF_8))
            .isTrue();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Puts the members of every object in a random order. */
  private static void shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        members.add(it.next());
      }
      Collections.shuffle(members, random);
      object.removeAll();
      for (Map.Entry<String, JsonNode> member : members) {
        shuffle(member.getValue(), random);
        object.set(member.getKey(), member.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(element -> shuffle(element, random));
    }
  }
}
