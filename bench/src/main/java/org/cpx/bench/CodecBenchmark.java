package org.cpx.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.cpx.bench.baseline.Baseline;
import org.cpx.bench.baseline.Pojos;
import org.cpx.core.CpxRecord;
import org.cpx.core.dataset.Dataset;
import org.cpx.json.CpxJson;
import org.cpx.json.RecordEntry;
import org.cpx.json.RecordReader;
import org.cpx.validation.CpxValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPX against plain Jackson on the same bytes, in the same run: each operation handles the whole
 * {@link Corpus} of {@link #records} records, as a dataset document (or, for {@link #cpxStream}, as
 * the record stream of the same records).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {
  /** Records per operation. */
  @Param("1000")
  public int records;

  private final JsonFactory factory = new JsonFactory();
  private final Baseline baseline = new Baseline();
  private final CpxJson json = CpxJson.create();
  private final CpxValidator validator = CpxValidator.create();
  private byte[] document = new byte[0];
  private byte[] stream = new byte[0];
  private Dataset dataset = Dataset.builder().build();
  private Pojos.Dataset pojos = new Pojos.Dataset();

  /** Makes the corpus and checks that every contender reads all of it. */
  @Setup
  public void setUp() {
    Corpus corpus = Corpus.of(records);
    document = corpus.document();
    stream = corpus.stream();
    dataset = corpus.dataset();
    pojos = baseline.decode(document);
    if (pojos.records().size() != records || cpxDecode().records().size() != records || cpxStream() != records) {
      throw new IllegalStateException("a contender does not read every record");
    }
  }

  /** The ceiling: Jackson's streaming parser going over every token, making no object. */
  @Benchmark
  public long ceiling() throws IOException {
    long tokens = 0;
    try (JsonParser parser = factory.createParser(document)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** The baseline: Jackson databind into POJOs. */
  @Benchmark
  public Pojos.Dataset baselineDecode() {
    return baseline.decode(document);
  }

  /** The baseline: Jackson databind into POJOs, then Hibernate Validator on every record. */
  @Benchmark
  public int baselineDecodeValidate() {
    return baseline.validate(baseline.decode(document));
  }

  /** The baseline: Jackson databind writing the POJOs. */
  @Benchmark
  public byte[] baselineEncode() {
    return baseline.encode(pojos);
  }

  /** CPX: the document read into the model. */
  @Benchmark
  public Dataset cpxDecode() {
    return json.readDataset(document).getValue().orElseThrow();
  }

  /** CPX: the document read into the model, then every record's own rules. */
  @Benchmark
  public int cpxDecodeValidate() {
    int findings = 0;
    for (CpxRecord record : cpxDecode().records()) {
      findings += validator.validate(record).getFindings().size();
    }
    return findings;
  }

  /** CPX: the model written as a document. */
  @Benchmark
  public byte[] cpxEncode() {
    return json.writeDataset(dataset);
  }

  /** CPX: the record stream of the same records read line by line. */
  @Benchmark
  public long cpxStream() {
    long read = 0;
    try (RecordReader reader = json.readStream(new ByteArrayInputStream(stream))) {
      while (reader.hasNext()) {
        RecordEntry entry = reader.next();
        if (entry.getRecord().isPresent()) {
          read++;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return read;
  }
}
