package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cpx.json.JsonTestSupport.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;

class DatasetRecordReaderTest {
  private final CpxJson json = CpxJson.create();

  private List<RecordEntry> entries(RecordReader reader) {
    List<RecordEntry> entries = new ArrayList<>();
    reader.forEachRemaining(entries::add);
    return entries;
  }

  private DatasetRecordReader reader(String document) {
    return json.readRecords(new ByteArrayInputStream(json(document)));
  }

  @Test
  void givesEachRecordInDocumentOrderWithItsPointerAndLine() {
    DatasetRecordReader reader = reader("{'cpx':'1.0',\n'events':[{'id':'e1','title':{'en':'Summit'}},\n"
        + "{'id':'e2'}],\n'organizations':[{'id':'o','name':{'vi':'Cục Trẻ em'}}],\n"
        + "'otherRecords':[{'type':'grant','id':'g'},null]}");
    assertThat(entries(reader))
        .extracting(RecordEntry::getPointer, RecordEntry::getLine, e -> e.getRecord().isPresent(), e -> e.getType().orElse(null),
            e -> e.getFindings().stream().map(Finding::getCode).toList())
        .containsExactly(
            tuple("/events/0", 2L, true, RecordType.EVENT, List.of()),
            tuple("/events/1", 3L, false, RecordType.EVENT, List.of(FindingCode.JSON_MISSING)),
            tuple("/organizations/0", 4L, true, RecordType.ORGANIZATION, List.of()),
            tuple("/otherRecords/0", 5L, false, null, List.of()),
            tuple("/otherRecords/1", 5L, false, null, List.of(FindingCode.JSON_TYPE)));
    assertThat(reader.records()).isEqualTo(5);
    assertThat(reader.isBroken()).isFalse();
  }

  @Test
  void carriesAnUnreadableRecordAndARecordOfAnUnknownTypeAsJson() {
    List<RecordEntry> entries = entries(reader("{'events':[{'id':'e','title':'T','x':0.10}],'otherRecords':[{'type':'grant'}]}"));
    assertThat(entries).extracting(e -> e.getJson().orElseThrow())
        .containsExactly("{\"id\":\"e\",\"title\":\"T\",\"x\":0.10}", "{\"type\":\"grant\"}");
  }

  @Test
  void readsTheMembersAfterTheRecordsIntoTheHeaderOnceTheyAreRead() {
    DatasetRecordReader reader = reader("{'events':[{'id':'e','title':{'en':'T'}}],'languages':['vi','en'],'x':[1]}");
    assertThat(reader.next().getRecord()).isPresent();
    assertThat(reader.header().getLanguages()).isEmpty();
    assertThat(reader.hasNext()).isFalse();
    Dataset header = reader.header();
    assertThat(header.getLanguages()).containsExactly("vi", "en");
    assertThat(header.getUnknownMembers()).containsEntry("x", "[1]");
    assertThat(reader.headerFindings()).extracting(Finding::getCode, Finding::getPath)
        .containsExactly(tuple(FindingCode.FORMAT_VERSION, "/cpx"));
  }

  @Test
  void givesTheRecordsBeforeASyntaxErrorAndThenStops() {
    DatasetRecordReader reader = reader("{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'}},\n{'id':");
    assertThat(entries(reader)).extracting(RecordEntry::getPointer).containsExactly("/events/0");
    assertThat(reader.isBroken()).isTrue();
    assertThat(reader.headerFindings()).singleElement().satisfies(finding -> {
      assertThat(finding.getCode()).isEqualTo(FindingCode.JSON_SYNTAX);
      assertThat(finding.getLine()).hasValue(2);
    });
  }

  @Test
  void readsNothingOfAnotherMajorVersion() {
    DatasetRecordReader reader = reader("{'cpx':'2.0','events':[{'id':'e','title':{'en':'T'}}]}");
    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.isOtherMajorVersion()).isTrue();
    assertThat(reader.headerFindings()).extracting(Finding::getCode).containsExactly(FindingCode.FORMAT_VERSION);
  }

  @Test
  void givesWhatTheWholeDocumentReaderReadsOfAnyDataset() {
    Property.forAll(200, Generators::dataset, this::readsRecordByRecordAsAWhole);
  }

  private void readsRecordByRecordAsAWhole(Dataset dataset) {
    try {
      byte[] document = json.writeDataset(dataset);
      List<Object> records = new ArrayList<>();
      try (DatasetRecordReader reader = json.readRecords(new ByteArrayInputStream(document))) {
        reader.forEachRemaining(entry -> records.add(entry.getRecord().isPresent() ? entry.getRecord().get()
            : entry.getJson().orElseThrow()));
        assertThat(reader.header())
            .isEqualTo(Dataset.builder().from(dataset).organizations(List.of()).networks(List.of()).persons(List.of())
                .events(List.of()).declarations(List.of()).recommendations(List.of()).commitments(List.of())
                .unreadableRecords(List.of()).otherRecords(List.of()).build());
      }
      List<Object> expected = new ArrayList<>();
      DatasetWriter.records(dataset, new DatasetWriter.RecordSink() {
        @Override
        public void write(org.cpx.core.CpxRecord record) {
          expected.add(record);
        }

        @Override
        public void writeJson(String raw, RecordType type) {
          expected.add(raw);
        }

        @Override
        public void writeJson(String raw) {
          expected.add(raw);
        }
      });
      assertThat(records).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
