package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cpx.json.JsonTestSupport.json;
import static org.cpx.json.JsonTestSupport.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.junit.jupiter.api.Test;

/**
 * Every element a reader is given comes back where it was (spec §1): unreadable records, values that
 * are not records, records of other arrays' types, document members that cannot be read; personal
 * data never does; one broken element or line never takes the others with it.
 */
class CarriedElementsTest {
  private final CpxJson json = CpxJson.create();

  private static List<String> codesAndPaths(ReadResult<?> read) {
    return read.getFindings().stream().map(f -> f.getCode().getCode() + " " + f.getPath()
        + (f.getLine().isPresent() ? " @" + f.getLine().getAsLong() : "")).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void leavesOutPersonalDataOfAnUnreadablePersonInBothForms() {
    ReadResult<Dataset> read = json.readDataset(json("{'cpx':'1.0','persons':[{'id':'p','name':'A','birthDate':'2001-01-01',"
        + "'positions':[{'title':{'en':'T'},'period':{'start':'2023-02-30'},'x-dob':'2001'}]}]}"));
    assertThat(codesAndPaths(read)).containsExactly("date.invalid /persons/0/positions/0/period/start");
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getUnreadableRecords()).hasSize(1);
    String document = text(json.writeDataset(dataset));
    String stream = text(json.writeStream(dataset));
    assertThat(document).contains("2023-02-30").doesNotContain("birthDate").doesNotContain("x-dob");
    assertThat(stream).contains("\"type\":\"person\"").doesNotContain("birthDate").doesNotContain("x-dob");
  }

  @Test
  void keepsNullsValuesAndRecordsOfOtherArraysWhereTheyWere() {
    ReadResult<Dataset> read = json.readDataset(json("{'cpx':'1.0','organizations':[null,'x',5,"
        + "{'id':'o','name':{'en':'O'}},{'type':'event','id':'e','title':{'en':'E'}},{'type':'person','id':'a b','name':5}],"
        + "'otherRecords':[5,'x',null,{'type':'event','id':'e2'},{'type':'thing'},{'type':'','id':'t'},{'id':'g'}]}"));
    assertThat(codesAndPaths(read)).containsExactly("json.type /organizations/0", "json.type /organizations/1",
        "json.type /organizations/2", "json.type /organizations/4/type",
        "id.invalid /organizations/5/id", "json.type /organizations/5/type",
        "json.type /otherRecords/0",
        "json.type /otherRecords/1", "json.type /otherRecords/2", "json.type /otherRecords/3/type",
        "json.missing /otherRecords/4/id", "text.invalid /otherRecords/5/type", "json.missing /otherRecords/6/type");
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getOrganizations()).extracting(o -> o.getId().getValue()).containsExactly("o");
    assertThat(text(json.writeDataset(dataset))).isEqualTo(text(json("{'cpx':'1.0','organizations':[null,'x',5,"
        + "{'type':'organization','id':'o','name':{'en':'O'}},{'type':'event','id':'e','title':{'en':'E'}},"
        + "{'type':'person','id':'a b','name':5}],"
        + "'otherRecords':[5,'x',null,{'type':'event','id':'e2'},{'type':'thing'},{'type':'','id':'t'},{'id':'g'}]}")) + "\n");
  }

  @Test
  void keepsDocumentMembersThatCannotBeReadAsRead() {
    String document = "{'cpx':'1.0','publisher':{'id':'p'},'generatedAt':5,'license':'','languages':['vi',null]}";
    ReadResult<Dataset> read = json.readDataset(json(document));
    assertThat(codesAndPaths(read)).containsExactly("json.missing /publisher/name", "json.type /generatedAt",
        "text.invalid /license", "json.type /languages/1");
    assertThat(text(json.writeDataset(read.getValue().orElseThrow()))).isEqualTo(text(json(document)) + "\n");
    String stream = text(json.writeStream(read.getValue().orElseThrow()));
    assertThat(stream).isEqualTo(text(json("{'type':'header','cpx':'1.0','publisher':{'id':'p'},'generatedAt':5,"
        + "'license':'','languages':['vi',null]}")) + "\n");
  }

  @Test
  void readsOnAfterARecordThatBreaksALimit() {
    String deep = "{'id':'o','name':{'en':'O'},'x':" + "[".repeat(70) + "]".repeat(70) + "}";
    String longName = "{'id':'q','name':{'en':'O'},'" + "n".repeat(257) + "':1}";
    String digits = "{'id':'r','name':{'en':'O'},'x':" + "1".repeat(65) + "}";
    String accents = "{'id':'s','name':{'en':'O'},'" + "é".repeat(200) + "':1}";
    ReadResult<Dataset> read = json.readDataset(utf8(text(json("{'cpx':'1.0','organizations':[" + deep + "," + longName
        + "," + digits + "," + accents + ",{'id':'t','name':{'en':''}}]}"))));
    assertThat(codesAndPaths(read)).containsExactly(
        "json.limit /organizations/0/x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
            + "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0",
        "json.limit /organizations/1/" + "n".repeat(257), "json.limit /organizations/2/x",
        "text.invalid /organizations/4/name/en");
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getOrganizations()).extracting(o -> o.getId().getValue()).containsExactly("s");
    assertThat(dataset.getUnreadableRecords()).singleElement()
        .satisfies(r -> assertThat(r.getPosition()).isEqualTo(1));
  }

  @Test
  void readsOnAfterADocumentMemberThatBreaksALimitAndLeavesItOut() {
    String deep = "{'name':{'en':'P'},'x':" + "[".repeat(70) + "]".repeat(70) + "}";
    ReadResult<Dataset> read = json.readDataset(json("{'cpx':'1.0','x-n':" + "1".repeat(65) + ",'publisher':" + deep
        + ",'" + "n".repeat(257) + "':{'a':1},'organizations':[{'id':'o','name':{'en':'O'}}],'license':'CC0-1.0'}"));
    assertThat(codesAndPaths(read)).containsExactly("json.limit /x-n",
        "json.limit /publisher/x" + "/0".repeat(62), "json.limit /" + "n".repeat(257));
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getOrganizations()).extracting(o -> o.getId().getValue()).containsExactly("o");
    assertThat(text(json.writeDataset(dataset))).isEqualTo(text(json("{'cpx':'1.0','license':'CC0-1.0',"
        + "'organizations':[{'type':'organization','id':'o','name':{'en':'O'}}]}")) + "\n");
  }

  @Test
  void carriesARecordWithACountAboveTheLimitAsRead() {
    ReadResult<Dataset> read = json.readDataset(json(
        "{'cpx':'1.0','networks':[{'id':'n','name':{'en':'N'},'memberCount':9007199254740992}]}"));
    assertThat(codesAndPaths(read)).containsExactly("json.limit /networks/0/memberCount");
    assertThat(text(json.writeDataset(read.getValue().orElseThrow()))).contains("9007199254740992");
    RecordEntry entry = json.readRecords(new java.io.ByteArrayInputStream(json(
        "{'cpx':'1.0','networks':[{'id':'n','name':{'en':'N'},'memberCount':9007199254740992}]}"))).next();
    assertThat(entry.getId()).contains(Id.of("n"));
    assertThat(entry.getType()).contains(RecordType.NETWORK);
  }

  @Test
  void keepsTheRecordsBeforeIllFormedUtf8() throws Exception {
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    document.write(json("{'cpx':'1.0','organizations':[{'id':'a','name':{'en':''}}"));
    document.write(" ".repeat(70_000).getBytes(StandardCharsets.US_ASCII));
    document.write(json(",{'id':'b','name':{'en':'"));
    document.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
    document.write(json("'}}]}"));
    ReadResult<Dataset> read = json.readDataset(document.toByteArray());
    assertThat(read.getFindings()).extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(tuple("text.invalid", "/organizations/0/name/en"), tuple("json.syntax", ""));
    assertThat(read.getFindings().get(1).getColumn()).isPresent();
  }

  @Test
  void reportsWhatFollowsAValueOnAStreamLineAndLaterByteOrderMarks() {
    String header = text(json("{'type':'header','cpx':'1.0'}"));
    String record = text(json("{'type':'organization','id':'o','name':{'en':'O'}}"));
    assertThat(codesAndPaths(read(header + record + "\n"))).containsExactly("json.syntax  @1");
    assertThat(codesAndPaths(read(header + "\r" + record + "\r" + record + "\r"))).containsExactly("json.syntax  @1");
    assertThat(codesAndPaths(read(header + "\n\uFEFF" + record + "\n"))).containsExactly("json.syntax  @2");
    assertThat(codesAndPaths(read("\uFEFF" + header + "\r\n" + record + "\r\n"))).isEmpty();
  }

  @Test
  void keepsStreamLinesThatAreNotRecords() throws Exception {
    String stream = "null\n5\n{'id':'x'}\n{'type':'thing'}\n{'type':' organization ','id':'o','name':{'en':'O'}}\n";
    ReadResult<Dataset> read = json.readStreamAsDataset(new java.io.ByteArrayInputStream(json(stream)));
    assertThat(codesAndPaths(read)).containsExactly("json.type  @1", "json.type  @2", "json.missing /type @3",
        "json.missing /id @4");
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getOrganizations()).hasSize(1);
    assertThat(dataset.getOtherRecords()).containsExactly("null", "5", "{\"id\":\"x\"}", "{\"type\":\"thing\"}");
  }

  @Test
  void readsAnIndentedRecord() {
    ReadResult<?> read = json.readRecord(json("{\n  'type': 'organization',\n  'id': 'o',\n  'name': {'en': 'O'}\n}\n"));
    assertThat(read.getFindings()).isEmpty();
    assertThat(read.getValue()).isPresent();
  }

  private ReadResult<Dataset> read(String stream) {
    try {
      return json.readStreamAsDataset(new java.io.ByteArrayInputStream(utf8(stream)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
