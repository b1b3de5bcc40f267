package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.cpx.json.JsonTestSupport.json;
import static org.cpx.json.JsonTestSupport.text;

import org.cpx.core.Code;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.dataset.UnreadableRecord;
import org.cpx.core.event.EventKind;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetReaderTest {
  private final CpxJson json = CpxJson.create();

  private ReadResult<Dataset> read(String document) {
    return json.readDataset(json(document));
  }

  private ReadResult<Dataset> readEvent(String event) {
    return read("{'cpx':'1.0','events':[" + event + "]}");
  }

  @Test
  void readsMembersInAnyOrder() {
    Dataset dataset = read("{'events':[{'title':{'en':'Summit'},'kind':'summit','id':'e'}],'cpx':'1.0'}").getValue().orElseThrow();
    assertThat(dataset.getEvents()).singleElement().satisfies(event -> {
      assertThat(event.getId()).isEqualTo(Id.of("e"));
      assertThat(event.getKind()).contains(Code.of(EventKind.SUMMIT));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{'id':'e','title':{'en':'T'},'period':{'start':'2023-02-30'}}  | date.invalid     | /events/0/period/start",
    "{'id':'e','title':{'en':'T'},'period':{}}                      | json.missing     | /events/0/period",
    "{'id':'-e','title':{'en':'T'}}                                 | id.invalid       | /events/0/id",
    "{'id':'e'}                                                     | json.missing     | /events/0/title",
    "{'id':'e','title':null}                                        | json.missing     | /events/0/title",
    "{'title':{'en':'T'}}                                           | json.missing     | /events/0/id",
    "{'id':'e','title':{}}                                          | json.missing     | /events/0/title",
    "{'id':'e','title':{'en':'  '}}                                 | text.invalid     | /events/0/title/en",
    "{'id':'e','title':{'en_GB':'T'}}                               | language.invalid | /events/0/title/en_GB",
    "{'id':'e','title':{'en':'T','EN':'U'}}                         | language.invalid | /events/0/title/EN",
    "{'id':'e','title':{'en_GB':' '}}                               | text.invalid     | /events/0/title/en_GB",
    "{'id':'e','title':{'en':' ','EN':'U'}}                         | text.invalid     | /events/0/title/en",
    "{'id':'e','title':{'en':'T','EN':' '}}                         | text.invalid     | /events/0/title/EN",
    "{'id':'e','title':'T'}                                         | json.type        | /events/0/title",
    "{'id':'e','title':{'en':'T'},'themes':['education',null]}      | json.type        | /events/0/themes/1",
    "{'id':'e','title':{'en':'T'},'type':'person'}                  | json.type        | /events/0/type",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':1.5}}       | json.type        | /events/0/attendance/total",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':-1}}        | json.type        | /events/0/attendance/total",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':-0}}        | json.type        | /events/0/attendance/total",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':-9999999999999999999}} | json.type | /events/0/attendance/total",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':1e400}}     | json.type        | /events/0/attendance/total",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':9007199254740992}} | json.limit | /events/0/attendance/total",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':9999999999999999999}} | json.limit | /events/0/attendance/total",
    "{'id':'e','title':{'en':'T'},'targetGroups':[{'ageMin':2147483648}]} | json.limit | /events/0/targetGroups/0/ageMin",
    "{'id':'e','title':{'en':'T'},'attendance':{'total':{'qualifier':'moreThan'}}} | json.missing | /events/0/attendance/total/value",
    "{'id':'e','title':{'en':'T'},'participants':[{'role':'host'}]} | json.missing     | /events/0/participants/0/actor",
    "{'id':'e','title':{'en':'T'},'sources':[{'author':'A'}]}       | json.missing     | /events/0/sources/0",
    "{'id':'e','title':{'en':'T'},'targetGroups':[{'ageMin':'5'}]}  | json.type        | /events/0/targetGroups/0/ageMin",
    "{'id':'e','title':{'en':'T'},'sources':[{'title':{'en':'S'},'accessedOn':'2023-02-30'}]} | date.invalid | /events/0/sources/0/accessedOn",
    "{'id':'e','title':{'en':'T'},'sources':[{'title':{'en':'S'},'language':'en_GB'}]} | language.invalid | /events/0/sources/0/language",
    "{'id':'e','title':{'en':'T'},'location':{}}                   | json.missing     | /events/0/location",
    "null                                                           | json.type        | /events/0"
  })
  void reportsWhatMakesARecordUnreadable(String event, String code, String path) {
    ReadResult<Dataset> result = readEvent(event);
    assertThat(result.getFindings()).extracting(f -> f.getCode().getCode(), Finding::getPath).containsExactly(tuple(code, path));
    Dataset dataset = result.getValue().orElseThrow();
    assertThat(dataset.getEvents()).isEmpty();
    if (!code.equals("json.limit")) {
      assertThat(dataset.getUnreadableRecords()).singleElement()
          .extracting(UnreadableRecord::getType, UnreadableRecord::getPosition)
          .containsExactly(RecordType.EVENT, 0);
    }
  }

  @Test
  void reportsEveryBrokenRecordKeepsTheRestAndLosesNothing() {
    String document = "{'cpx':'1.0','events':["
        + "{'id':'a','title':{'en':'A'}},"
        + "{'id':'b','title':{'en':'B'},'period':{'start':'2023-13'}},"
        + "{'id':'c','title':{'en':'C'}},"
        + "{'id':'d','title':{'vi':''}, 'x-note': 0.10}]}";
    ReadResult<Dataset> result = read(document);
    assertThat(result.getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath, f -> f.getRecordId().orElse(null))
        .containsExactly(
            tuple("date.invalid", "/events/1/period/start", "b"),
            tuple("text.invalid", "/events/3/title/vi", "d"));
    Dataset dataset = result.getValue().orElseThrow();
    assertThat(dataset.getEvents()).extracting(e -> e.getId().getValue()).containsExactly("a", "c");
    assertThat(result.getRecords()).isEqualTo(4);
    String written = text(json.writeDataset(dataset));
    assertThat(written).isEqualTo(text(json(
        "{'cpx':'1.0','events':["
            + "{'type':'event','id':'a','title':{'en':'A'}},"
            + "{'id':'b','title':{'en':'B'},'period':{'start':'2023-13'}},"
            + "{'type':'event','id':'c','title':{'en':'C'}},"
            + "{'id':'d','title':{'vi':''},'x-note':0.10}]}\n")));
  }

  @Test
  void countsTheFindingsBeyondTheCap() {
    ReadResult<Dataset> result = CpxJson.builder().maxFindings(2).build().readDataset(json(
        "{'cpx':'1.0','persons':[{'id':'a'},{'id':'b'},{'id':'c'}]}"));
    assertThat(result.getFindings()).extracting(Finding::getPath).containsExactly("/persons/0/name", "/persons/1/name");
    assertThat(result.getUnreportedFindings()).isEqualTo(1);
    assertThat(result.getValue().orElseThrow().getUnreadableRecords()).hasSize(3);
  }

  @Test
  void keepsUnknownMembersAndCodesExactlyAsRead() {
    String document = "{'cpx':'1.3','x-root':{'a':[1e400,-0,0.10]},'events':[{'id':'e','title':{'en':'T'},"
        + "'kind':'hackathon','location':{'country':'VN','x-geo':{'lat':21.0285,'lon':105.8542}},"
        + "'attendance':{'total':{'value':500,'qualifier':'moreThan','x-source':'press'}},'future':null}]}";
    Dataset dataset = read(document).getValue().orElseThrow();
    assertThat(dataset.getCpx()).isEqualTo("1.3");
    assertThat(dataset.getUnknownMembers()).containsEntry("x-root", "{\"a\":[1e400,-0,0.10]}");
    assertThat(dataset.getEvents().get(0).getKind().orElseThrow().isKnown()).isFalse();
    assertThat(dataset.getEvents().get(0).getUnknownMembers()).containsEntry("future", "null");
    Count total = dataset.getEvents().get(0).getAttendance().orElseThrow().getTotal().orElseThrow();
    assertThat(total.getQualifier()).isEqualTo(Code.of(CountQualifier.MORE_THAN));
    assertThat(total.getUnknownMembers()).containsEntry("x-source", "\"press\"");
    String written = text(json.writeDataset(dataset));
    assertThat(written).isEqualTo(text(json("{'cpx':'1.3','events':[{'type':'event','id':'e','kind':'hackathon',"
        + "'title':{'en':'T'},'location':{'country':'VN','x-geo':{'lat':21.0285,'lon':105.8542}},"
        + "'attendance':{'total':{'value':500,'qualifier':'moreThan','x-source':'press'}},'future':null}],"
        + "'x-root':{'a':[1e400,-0,0.10]}}\n")));
  }

  @Test
  void reportsTheFormatVersion() {
    assertThat(read("{'events':[]}").getFindings()).extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(tuple("format.version", "/cpx"));
    assertThat(read("{'cpx':'1'}").getFindings()).extracting(f -> f.getCode().getCode()).containsExactly("format.version");
    assertThat(read("{'cpx':1.0}").getFindings()).extracting(f -> f.getCode().getCode()).containsExactly("json.type");
    ReadResult<Dataset> major = read("{'cpx':'2.0','events':[{'id':'e','title':{'en':'T'}}]}");
    assertThat(major.getFindings()).extracting(f -> f.getCode().getCode()).containsExactly("format.version");
    assertThat(major.getValue()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''                                   | 0 | 0",
    "'{''cpx'':''1.0'''                   | 1 | 13",
    "'{''cpx'':''1.0'',''cpx'':''1.0''}'  | 1 | 20",
    "'{''cpx'':''1.0''} x'                | 1 | 16",
    "'{''a'':''\\ud800''}'                | 0 | 0"
  })
  void stopsAtInputThatIsNotJson(String document, long line, long column) {
    ReadResult<Dataset> result = read(document);
    assertThat(result.getValue()).isEmpty();
    assertThat(result.getFindings()).singleElement().satisfies(finding -> {
      assertThat(finding.getCode()).isEqualTo(FindingCode.JSON_SYNTAX);
      assertThat(finding.getPath()).isEmpty();
    });
  }

  @Test
  void reportsBadUtf8WithLineAndColumn() {
    byte[] document = json("{'cpx':'1.0',\n'x':'ab\u0001'}");
    document[document.length - 3] = (byte) 0xC0;
    ReadResult<Dataset> result = json.readDataset(document);
    assertThat(result.getFindings()).singleElement().satisfies(finding -> {
      assertThat(finding.getCode()).isEqualTo(FindingCode.JSON_SYNTAX);
      assertThat(finding.getLine()).hasValue(2);
      assertThat(finding.getColumn()).hasValue(8);
    });
  }

  @Test
  void readsTimestampsInAnyOffsetAndReportsBrokenDocumentMembers() {
    ReadResult<Dataset> read = read("{'cpx':'1.0','generatedAt':'2026-11-22T17:00:00+07:00','license':'CC-BY-4.0'}");
    assertThat(read.getFindings()).isEmpty();
    assertThat(read.getValue().orElseThrow().getGeneratedAt()).contains(java.time.Instant.parse("2026-11-22T10:00:00Z"));
    assertThat(text(json.writeDataset(read.getValue().orElseThrow())))
        .contains("\"generatedAt\":\"2026-11-22T10:00:00Z\"");
    ReadResult<Dataset> broken = read("{'cpx':'1.0','generatedAt':'2026-11-22','languages':['vi','en_GB']}");
    assertThat(broken.getFindings()).extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(tuple("date.invalid", "/generatedAt"), tuple("language.invalid", "/languages/1"));
    Dataset kept = broken.getValue().orElseThrow();
    assertThat(kept.getLanguages()).isEmpty();
    assertThat(kept.getUnreadableMembers())
        .containsExactly(entry("generatedAt", "\"2026-11-22\""), entry("languages", "[\"vi\",\"en_GB\"]"));
    assertThat(text(json.writeDataset(kept)))
        .isEqualTo("{\"cpx\":\"1.0\",\"generatedAt\":\"2026-11-22\",\"languages\":[\"vi\",\"en_GB\"]}\n");
  }

  @Test
  void readsTypedRecordsWhoseTypeIsOmittedOrMatches() {
    ReadResult<Dataset> result = read("{'cpx':'1.0','persons':[{'id':'p','name':'A'},{'type':'person','id':'q','name':'B'}]}");
    assertThat(result.getFindings()).isEmpty();
    assertThat(result.getValue().orElseThrow().getPersons()).hasSize(2);
  }
}
