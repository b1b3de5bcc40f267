package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpx.json.JsonTestSupport.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.cpx.core.dataset.Dataset;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema agrees with the reader: what the writer writes is valid, what both reject is invalid. */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DATASET;
  private static final Schema STREAM_LINE;

  static {
    try {
      JsonNode schema = MAPPER.readTree(CpxJson.schema());
      DATASET = REGISTRY.getSchema(schema);
      ObjectNode line = MAPPER.createObjectNode();
      line.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      line.put("$ref", "#/$defs/streamLine");
      line.set("$defs", schema.get("$defs"));
      STREAM_LINE = REGISTRY.getSchema(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final CpxJson json = CpxJson.create();

  private static Path project() {
    return Paths.get(System.getProperty("cpx.project.dir", ".."));
  }

  /**
   * The schema is generated from the model's description; the one in the docs is that one. Run with
   * {@code -Dcpx.docs.write=true} to write it there after changing the description.
   */
  @Test
  void theDocsHoldTheSchemaGeneratedFromTheDescription() throws IOException {
    Path docs = project().resolve("docs/schema/cpx-1.0.schema.json");
    if (Boolean.getBoolean("cpx.docs.write")) {
      Files.writeString(docs, CpxJson.schema());
    }
    assertThat(Files.readString(docs)).as("docs/schema/cpx-1.0.schema.json; -Dcpx.docs.write=true writes it")
        .isEqualTo(CpxJson.schema());
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(project().resolve("docs/examples"))) {
      return files.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsValid(Path example) throws IOException {
    if (example.toString().endsWith(".ndjson")) {
      for (String line : Files.readAllLines(example)) {
        assertThat(STREAM_LINE.validate(MAPPER.readTree(line))).as(line).isEmpty();
      }
    } else {
      assertThat(DATASET.validate(MAPPER.readTree(example.toFile()))).isEmpty();
    }
  }

  @Test
  void everyGeneratedDatasetIsValidInBothForms() {
    Property.forAll(500, Generators::dataset, dataset -> {
      try {
        List<Error> errors = DATASET.validate(MAPPER.readTree(json.writeDataset(dataset)));
        assertThat(errors).isEmpty();
        for (String line : JsonTestSupport.text(json.writeStream(dataset)).split("\n")) {
          assertThat(STREAM_LINE.validate(MAPPER.readTree(line))).as(line).isEmpty();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{'cpx':'1.0','persons':[{'name':'A'}]}",
    "{'cpx':'1.0','persons':[{'id':'a b','name':'A'}]}",
    "{'cpx':'1.0','persons':[{'id':'p','name':'A','type':'event'}]}",
    "{'cpx':'1.0','events':[{'id':'e','title':'Summit'}]}",
    "{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'},'period':{}}]}",
    "{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'},'period':{'start':'18/03/2018'}}]}",
    "{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'},'attendance':{'total':-1}}]}",
    "{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'},'attendance':{'total':1.5}}]}",
    "{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'},'sources':[{'author':'A'}]}]}",
    "{'cpx':'1.0','declarations':[{'id':'d','title':{'en':'T'},'endorsedBy':[{'actor':'a','group':'media'}]}]}",
    "{'cpx':'1.0','declarations':[{'id':'d','title':{'en':'T'},'endorsedBy':[{'label':{'en':'L'}}]}]}",
    "{'cpx':'1.0','commitments':[{'id':'c','text':{'en':'T'},'committedBy':[]}]}",
    "{'cpx':'1.0','commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'group':'media'}],'budget':{'amount':'1,5','currency':'VND'}}]}",
    "{'cpx':'1.0','organizations':[{'id':'o','name':{'en':'O'},'identifiers':[{'scheme':'Org ID','value':'1'}]}]}",
    "{'cpx':'1.0','organizations':[{'id':'o','name':{}}]}",
    "{'cpx':'1.0','organizations':[5]}",
    "{'cpx':'1.0','networks':[{'id':'n','name':{'en':'N'},'memberships':[{'role':'chair'}]}]}"
  })
  void whatTheReaderRejectsTheSchemaRejects(String document) throws IOException {
    byte[] bytes = json(document);
    assertThat(json.readDataset(bytes).hasErrors()).as("reader").isTrue();
    assertThat(DATASET.validate(MAPPER.readTree(bytes))).as("schema").isNotEmpty();
  }

  @Test
  void theSchemaIsNeverStricterThanTheReader() throws IOException {
    byte[] lenient = json("{'cpx':'1.1','x-new':1,'events':[{'id':' e ','title':{'en':'T','fr':null},"
        + "'kind':'hackathon','status':null,'themes':['futureTheme'],'x-geo':{'lat':1.5}}],"
        + "'otherRecords':[{'type':'futureRecord','id':'f'}]}");
    assertThat(json.readDataset(lenient).hasErrors()).isFalse();
    assertThat(DATASET.validate(MAPPER.readTree(lenient))).isEmpty();
  }
}
