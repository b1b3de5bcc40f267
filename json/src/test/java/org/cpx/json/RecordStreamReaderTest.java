package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cpx.json.JsonTestSupport.json;
import static org.cpx.json.JsonTestSupport.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.junit.jupiter.api.Test;

class RecordStreamReaderTest {
  private final CpxJson json = CpxJson.create();

  private List<RecordEntry> entries(byte[] stream) throws Exception {
    try (RecordStreamReader reader = json.readStream(new ByteArrayInputStream(stream))) {
      return reader.stream().collect(Collectors.toList());
    }
  }

  @Test
  void readsTheHeaderThenEachLine() throws Exception {
    byte[] stream = json("{'type':'header','cpx':'1.0','languages':['vi']}\n"
        + "{'type':'organization','id':'o','name':{'vi':'Cục Trẻ em'}}\r\n"
        + "\n"
        + "  \n"
        + "{'type':'person','id':'p','name':'Đặng Hoa Nam'}");
    try (RecordStreamReader reader = json.readStream(new ByteArrayInputStream(stream))) {
      assertThat(reader.header().getLanguages()).containsExactly("vi");
      assertThat(reader.headerFindings()).isEmpty();
      List<RecordEntry> entries = reader.stream().collect(Collectors.toList());
      assertThat(entries).extracting(RecordEntry::getLine, e -> e.getRecord().orElseThrow().getType())
          .containsExactly(tuple(2L, RecordType.ORGANIZATION), tuple(5L, RecordType.PERSON));
      assertThat(reader.records()).isEqualTo(2);
    }
  }

  @Test
  void skipsAByteOrderMarkAndReadsAStreamWithoutHeader() throws Exception {
    byte[] body = json("{'type':'person','id':'p','name':'A'}\n");
    byte[] stream = new byte[body.length + 3];
    stream[0] = (byte) 0xEF;
    stream[1] = (byte) 0xBB;
    stream[2] = (byte) 0xBF;
    System.arraycopy(body, 0, stream, 3, body.length);
    try (RecordStreamReader reader = json.readStream(new ByteArrayInputStream(stream))) {
      assertThat(reader.header().getCpx()).isEqualTo("1.0");
      assertThat(reader.stream().collect(Collectors.toList())).singleElement()
          .satisfies(entry -> assertThat(entry.getRecord()).isPresent());
    }
  }

  @Test
  void reportsABrokenLineWithItsNumberAndGoesOn() throws Exception {
    byte[] stream = json("{'type':'header','cpx':'1.0'}\n"
        + "{'type':'person','id':'p','name':'A'\n"
        + "{'type':'person','id':'q','name':' '}\n"
        + "{'type':'header','cpx':'1.0'}\n"
        + "{'type':'hackathon','id':'h'}\n"
        + "{'id':'x'}\n"
        + "[1,2]\n"
        + "{'type':5,'id':'y'}\n"
        + "{'type':'person','id':'r','name':'C'} {}\n"
        + "{'type':'person','id':'s','name':'D'}\n");
    List<RecordEntry> entries = entries(stream);
    assertThat(entries).flatExtracting(RecordEntry::getFindings)
        .extracting(Finding::getLine, f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(
            tuple(java.util.OptionalLong.of(2), "json.syntax", ""),
            tuple(java.util.OptionalLong.of(3), "text.invalid", "/name"),
            tuple(java.util.OptionalLong.of(4), "stream.header", ""),
            tuple(java.util.OptionalLong.of(6), "json.missing", "/type"),
            tuple(java.util.OptionalLong.of(7), "json.type", ""),
            tuple(java.util.OptionalLong.of(8), "json.type", "/type"),
            tuple(java.util.OptionalLong.of(9), "json.syntax", ""));
    RecordEntry last = entries.get(entries.size() - 1);
    assertThat(last.getLine()).isEqualTo(10);
    assertThat(last.getRecord()).isPresent();
    assertThat(entries.get(1).getJson()).contains("{\"type\":\"person\",\"id\":\"q\",\"name\":\" \"}");
    assertThat(entries.get(1).getFindings().get(0).getRecordId()).contains("q");
    assertThat(entries.get(3).getJson()).contains("{\"type\":\"hackathon\",\"id\":\"h\"}");
    assertThat(entries.get(3).getType()).isEmpty();
  }

  @Test
  void reportsAnIllFormedLineByItsColumn() throws Exception {
    byte[] stream = json("{'type':'person','id':'p','name':'Nam?'}\n");
    stream[34] = (byte) 0xED;
    List<RecordEntry> entries = entries(stream);
    assertThat(entries).singleElement().satisfies(entry -> {
      assertThat(entry.getFindings()).singleElement().satisfies(finding -> {
        assertThat(finding.getCode().getCode()).isEqualTo("json.syntax");
        assertThat(finding.getLine()).hasValue(1);
        assertThat(finding.getColumn()).hasValue(35);
      });
    });
  }

  @Test
  void aStreamConvertsToADatasetAndBackLosingNothing() throws Exception {
    byte[] stream = json("{'type':'header','cpx':'1.0','x-batch':7}\n"
        + "{'type':'event','id':'e1','title':{'en':'A'}}\n"
        + "{'type':'event','id':'e2','title':{'en':'B'},'period':{'start':'2023-02-29'}}\n"
        + "{'type':'organization','id':'o','name':{'en':'O'},'x-size':1.50}\n"
        + "{'type':'futureRecord','id':'f','payload':[1e400]}\n"
        + "{'type':'event','id':'e3','title':{'en':'C'}}\n");
    ReadResult<Dataset> read = json.readStreamAsDataset(new ByteArrayInputStream(stream));
    assertThat(read.getFindings()).extracting(f -> f.getCode().getCode()).containsExactly("date.invalid");
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getEvents()).hasSize(2);
    assertThat(dataset.getUnreadableRecords()).singleElement().satisfies(r -> assertThat(r.getPosition()).isEqualTo(1));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeStream(dataset, out);
    assertThat(text(out.toByteArray())).isEqualTo(text(json("{'type':'header','cpx':'1.0','x-batch':7}\n"
        + "{'type':'organization','id':'o','name':{'en':'O'},'x-size':1.50}\n"
        + "{'type':'event','id':'e1','title':{'en':'A'}}\n"
        + "{'type':'event','id':'e2','title':{'en':'B'},'period':{'start':'2023-02-29'}}\n"
        + "{'type':'event','id':'e3','title':{'en':'C'}}\n"
        + "{'type':'futureRecord','id':'f','payload':[1e400]}\n")));
  }

  @Test
  void anUnreadableRecordWithoutTypeGetsItsTypeOnAStreamLine() throws Exception {
    Dataset dataset = json.readDataset(json("{'cpx':'1.0','events':[{'id':'f','title':{'en':' '},'x':[1.50]}]}"))
        .getValue().orElseThrow();
    byte[] stream = json.writeStream(dataset);
    assertThat(text(stream)).endsWith("{'type':'event','id':'f','title':{'en':' '},'x':[1.50]}\n".replace('\'', '"'));
    assertThat(json.readStreamAsDataset(new ByteArrayInputStream(stream)).getValue().orElseThrow()
        .getUnreadableRecords()).singleElement()
        .satisfies(record -> assertThat(record.getType()).isEqualTo(RecordType.EVENT));
  }

  @Test
  void readsNothingOfAnotherMajorVersion() throws Exception {
    byte[] stream = json("{'type':'header','cpx':'2.0'}\n{'type':'person','id':'p','name':'A'}\n");
    try (RecordStreamReader reader = json.readStream(new ByteArrayInputStream(stream))) {
      assertThat(reader.isOtherMajorVersion()).isTrue();
      assertThat(reader.headerFindings()).extracting(f -> f.getCode().getCode()).containsExactly("format.version");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void readsNothingOfAHeaderAfterAnotherMajorVersionAsInADocument() throws Exception {
    String members = "'cpx':'2.0','generatedAt':'2026-13-01T00:00:00Z','publisher':{},'futureMember':1";
    byte[] stream = json("{'type':'header'," + members + "}\n");
    try (RecordStreamReader reader = json.readStream(new ByteArrayInputStream(stream))) {
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.headerFindings()).extracting(f -> f.getCode().getCode() + " " + f.getPath())
          .containsExactly("format.version /cpx");
    }
    assertThat(json.readDataset(json("{" + members + "}")).getFindings())
        .extracting(f -> f.getCode().getCode() + " " + f.getPath()).containsExactly("format.version /cpx");
  }

  @Test
  void readsOneRecordOfAnyType() throws Exception {
    assertThat(json.readRecord(json("{'name':'A','id':'p','type':'person'}")).orThrow().getType())
        .isEqualTo(RecordType.PERSON);
    assertThat(json.readRecord(json("{'id':'p','type':'person'}")).getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath).containsExactly(tuple("json.missing", "/name"));
  }
}
