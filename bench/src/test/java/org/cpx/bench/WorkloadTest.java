package org.cpx.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cpx.bench.baseline.Baseline;
import org.cpx.bench.baseline.Pojos;
import org.cpx.core.CpxRecord;
import org.cpx.core.RecordType;
import org.cpx.json.CpxJson;
import org.cpx.validation.CpxValidator;
import org.cpx.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/** The benchmarks measure what they claim: every contender reads and writes the same data. */
class WorkloadTest {
  private static final Corpus CORPUS = Corpus.of(200);
  private final Baseline baseline = new Baseline();

  @Test
  void theCorpusIsARealisticMixOfRecordsOfHalfToThreeKilobytes() {
    CpxJson json = CpxJson.create();
    assertThat(CORPUS.records()).isEqualTo(200);
    for (CpxRecord record : CORPUS.dataset().records()) {
      assertThat(json.writeRecord(record).length).isBetween(500, 3000);
    }
    for (RecordType type : RecordType.values()) {
      assertThat(CORPUS.dataset().records(type)).as(type.getCode()).isNotEmpty();
    }
    String document = new String(CORPUS.document(), StandardCharsets.UTF_8);
    assertThat(document).contains("\"vi\":\"", "\"en\":\"", "\"qualifier\":\"", "\"period\":{");
    assertThat(Corpus.of(200).document()).isEqualTo(CORPUS.document());
  }

  @Test
  void theBaselineMirrorsEveryMemberAndWritesTheSameJson() throws IOException {
    Pojos.Dataset pojos = baseline.decode(CORPUS.document());
    assertThat(pojos.records()).hasSize(CORPUS.records());
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(baseline.encode(pojos))).isEqualTo(mapper.readTree(CORPUS.document()));
  }

  @Test
  void bothValidatorsFindNothingInTheCorpusAndTheSameBrokenId() {
    assertThat(baseline.validate(baseline.decode(CORPUS.document()))).isZero();
    CpxValidator validator = CpxValidator.create();
    for (CpxRecord record : CORPUS.dataset().records()) {
      assertThat(validator.validate(record).getErrors()).isZero();
    }
    Pojos.Dataset broken = baseline.decode(CORPUS.document());
    broken.records().get(0).id = "-not an id";
    assertThat(baseline.validate(broken)).isEqualTo(1);
  }

  @Test
  void bothValidatorsFindABlankTextAndABadLanguageTag() {
    CpxJson json = CpxJson.create();
    String[][] cases = {{"vi", " ", "text.invalid"}, {"Viet Nam", "Hội", "language.invalid"}};
    for (String[] bad : cases) {
      Pojos.Dataset broken = baseline.decode(CORPUS.document());
      broken.organizations.get(0).name.put(bad[0], bad[1]);
      assertThat(baseline.validate(broken)).as(bad[2]).isEqualTo(1);
      String record = "{\"type\":\"organization\",\"id\":\"o\",\"name\":{\"" + bad[0] + "\":\"" + bad[1] + "\"},"
          + "\"sources\":[{\"title\":{\"en\":\"T\"}}]}";
      assertThat(json.readRecord(record.getBytes(StandardCharsets.UTF_8)).getFindings())
          .extracting(finding -> finding.getCode().getCode())
          .containsExactly(bad[2]);
    }
  }


  @Test
  void everyBenchmarkRunsOnceARound() {
    assertThat(Arrays.stream(CodecBenchmark.class.getMethods())
            .filter(method -> method.isAnnotationPresent(Benchmark.class))
            .map(Method::getName))
        .containsExactlyInAnyOrderElementsOf(Bench.ORDER);
  }

  @Test
  void theScaleCheckStreamIsValidWithEveryRule() throws IOException {
    StringBuilder stream = new StringBuilder("{\"type\":\"header\",\"cpx\":\"1.0\"}\n");
    for (int copy = 0; copy < 3; copy++) {
      for (Corpus.Template template : ScaleCheck.templates()) {
        stream.append(new String(template.copy(copy), StandardCharsets.UTF_8)).append('\n');
      }
    }
    ValidationReport report = CpxValidator.create()
        .validateStream(new ByteArrayInputStream(stream.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.getRecords()).isEqualTo(3L * ScaleCheck.templates().size()).isGreaterThan(60);
  }
}
