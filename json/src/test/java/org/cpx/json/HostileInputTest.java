package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpx.json.JsonTestSupport.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.cpx.core.LocalizedText;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs, each with its expected code and path. The module's tests run with a 256 KiB
 * thread stack ({@code -Xss256k}), so deep nesting must not overflow it.
 */
class HostileInputTest {
  private final CpxJson json = CpxJson.create();

  private static byte[] concat(String head, byte[] middle, String tail) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(json(head));
    out.write(middle);
    out.write(json(tail));
    return out.toByteArray();
  }

  private static List<String> codesAndPaths(ReadResult<?> result) {
    return result.getFindings().stream()
        .map(finding -> finding.getCode().getCode() + " " + finding.getPath())
        .collect(Collectors.toList());
  }

  @Test
  void deepNestingIsALimitNotAStackOverflow() throws IOException {
    byte[] nested = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
    ReadResult<Dataset> asDocument = json.readDataset(nested);
    assertThat(codesAndPaths(asDocument)).singleElement().asString().startsWith("json.limit");
    ReadResult<Dataset> inRecord =
        json.readDataset(concat("{'cpx':'1.0','events':[{'id':'e','x-deep':", nested, "}]}"));
    assertThat(codesAndPaths(inRecord)).singleElement().asString().startsWith("json.limit /events/0/x-deep");
    assertThat(inRecord.getValue()).isEmpty();
  }

  @Test
  void aRecordMayNestSixtyFourLevels() throws IOException {
    byte[] sixtyThreeArrays = ("[".repeat(63) + "]".repeat(63)).getBytes(StandardCharsets.US_ASCII);
    ReadResult<Dataset> fits = json.readDataset(
        concat("{'cpx':'1.0','persons':[{'id':'p','name':'A','x-deep':", sixtyThreeArrays, "}]}"));
    assertThat(fits.getFindings()).isEmpty();
    byte[] sixtyFourArrays = ("[".repeat(64) + "]".repeat(64)).getBytes(StandardCharsets.US_ASCII);
    ReadResult<Dataset> over = json.readDataset(
        concat("{'cpx':'1.0','persons':[{'id':'p','name':'A','x-deep':", sixtyFourArrays, "}]}"));
    assertThat(codesAndPaths(over)).containsExactly("json.limit /persons/0/x-deep" + "/0".repeat(63));
  }

  @Test
  void aFiftyMegabyteStringIsALimit() throws IOException {
    byte[] huge = new byte[50 << 20];
    java.util.Arrays.fill(huge, (byte) 'a');
    ReadResult<Dataset> result = json.readDataset(concat("{'cpx':'1.0','persons':[{'id':'p','name':'", huge, "'}]}"));
    assertThat(codesAndPaths(result)).containsExactly("json.limit /persons/0/name");
  }

  /**
   * A string over the limit is {@code json.limit} wherever it is, whether the reader asks for its
   * value (a known member, a text entry, an unknown member kept) or never does (inside a value
   * skipped for its type), and the record after it is still read; characters count by their bytes
   * in UTF-8, so 400,000 of {@code é} pass and 400,000 of {@code ế} do not.
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "'name':'%s'; /persons/0/name",
      "'name':'A','honorificPrefix':{'vi':'%s'}; /persons/0/honorificPrefix/vi",
      "'name':'A','x-note':'%s'; /persons/0/x-note",
      "'name':'A','alternateNames':{'x':'%s'}; /persons/0/alternateNames/x",
      "'name':'A','x-list':[1,{'y':'%s'}]; /persons/0/x-list/1/y"})
  void aLongStringIsALimitWhereverItIs(String members, String path) throws IOException {
    String head = "{'cpx':'1.0','persons':[{'id':'p'," + members.substring(0, members.indexOf("%s"));
    String tail = members.substring(members.indexOf("%s") + 2) + "},{'id':'q','name':'B'}]}";
    for (String tooLong : List.of("a".repeat(1_100_000), "\\u1ebf".repeat(400_000))) {
      ReadResult<Dataset> result = json.readDataset(concat(head, tooLong.getBytes(StandardCharsets.US_ASCII), tail));
      assertThat(codesAndPaths(result)).containsExactly("json.limit " + path);
      assertThat(result.getValue().orElseThrow().getPersons()).extracting(person -> person.getId().getValue()).containsExactly("q");
    }
    byte[] fits = "\\u00e9".repeat(400_000).getBytes(StandardCharsets.US_ASCII);
    assertThat(codesAndPaths(json.readDataset(concat(head, fits, tail)))).noneMatch(found -> found.startsWith("json.limit"));
  }

  /** A record whose first member name breaks the limit is left out; the names after it are not taken for another object's. */
  @Test
  void aLongFirstNameLeavesOutItsRecordOnly() throws IOException {
    String name = "n".repeat(300);
    ReadResult<Dataset> result = json.readDataset(concat("{'cpx':'1.0','events':[{'id':'a','title':{'en':'T'}},{'",
        name.getBytes(StandardCharsets.US_ASCII), "':1,'id':'b','title':{'en':'T'}},{'id':'c','title':{'en':'T'}}]}"));
    assertThat(codesAndPaths(result)).containsExactly("json.limit /events/1/" + name);
    assertThat(result.getValue().orElseThrow().getEvents()).extracting(event -> event.getId().getValue()).containsExactly("a", "c");
  }

  @Test
  void aTenThousandDigitNumberIsALimit() throws IOException {
    byte[] digits = "9".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    ReadResult<Dataset> result = json.readDataset(
        concat("{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'},'attendance':{'total':", digits, "}}]}"));
    assertThat(codesAndPaths(result)).containsExactly("json.limit /events/0/attendance/total");
  }

  @Test
  void aHundredThousandUnknownMembersIsALimit() {
    StringBuilder record = new StringBuilder("{'id':'p','name':'A'");
    for (int i = 0; i < 100_000; i++) {
      record.append(",'x-").append(i).append("':").append(i);
    }
    ReadResult<Dataset> result = json.readDataset(json("{'cpx':'1.0','persons':[" + record + "}]}"));
    assertThat(codesAndPaths(result)).containsExactly("json.limit /persons/0/x-10000");
    assertThat(result.getValue().orElseThrow().getPersons()).isEmpty();
    assertThat(result.getValue().orElseThrow().getUnreadableRecords()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "C0 AF", "C1 BF", "E0 80 AF", "E0 9F BF", "ED A0 80", "ED BF BF", "F0 80 80 AF", "F0 8F BF BF",
    "F4 90 80 80", "F5 80 80 80", "F8 88 80 80 80", "FE", "FF", "80", "BF", "C3", "E2 82", "F0 9F 98", "C3 28"
  })
  void illFormedUtf8IsASyntaxErrorWithItsPlace(String hex) throws IOException {
    byte[] bad = bytes(hex);
    byte[] document = concat("{'cpx':'1.0',\n'persons':[{'id':'p','name':'ab", bad, "'}]}");
    ReadResult<Dataset> result = json.readDataset(document);
    assertThat(result.getFindings()).singleElement().satisfies(finding -> {
      assertThat(finding.getCode().getCode()).isEqualTo("json.syntax");
      assertThat(finding.getPath()).isEmpty();
      assertThat(finding.getLine()).hasValue(2);
      assertThat(finding.getColumn()).hasValue(32);
    });
    byte[] stream = concat("{'type':'person','id':'p','name':'ab", bad, "'}\n{'type':'person','id':'q','name':'B'}\n");
    try (RecordStreamReader reader = json.readStream(new ByteArrayInputStream(stream))) {
      List<RecordEntry> entries = reader.stream().collect(Collectors.toList());
      assertThat(entries.get(0).getFindings()).extracting(Finding::getLine, f -> f.getCode().getCode())
          .containsExactly(org.assertj.core.groups.Tuple.tuple(java.util.OptionalLong.of(1), "json.syntax"));
      assertThat(entries.get(1).getRecord()).isPresent();
    }
  }

  @Test
  void wellFormedUtf8SplitAcrossReadsIsAccepted() throws IOException {
    byte[] document = json("{'cpx':'1.0','persons':[{'id':'p','name':'Đặng Hoa Nam 𝄞'}]}");
    InputStream oneByteAtATime = new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < document.length ? document[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (next >= document.length) {
          return -1;
        }
        buffer[offset] = document[next++];
        return 1;
      }
    };
    ReadResult<Dataset> result = json.readDataset(oneByteAtATime);
    assertThat(result.getFindings()).isEmpty();
    assertThat(result.getValue().orElseThrow().getPersons().get(0).getName()).isEqualTo("Đặng Hoa Nam 𝄞");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\\ud800", "\\udc00", "a\\ud800b", "\\ud800\\ud800", "\\uDBFF", "\\uffff", "\\ufdd0"})
  void loneSurrogateAndNoncharacterEscapesAreSyntaxErrors(String escape) {
    ReadResult<Dataset> inKnown = json.readDataset(json("{'cpx':'1.0','persons':[{'id':'p','name':'" + escape + "'}]}"));
    assertThat(codesAndPaths(inKnown)).containsExactly("json.syntax ");
    ReadResult<Dataset> inUnknown = json.readDataset(json("{'cpx':'1.0','persons':[{'id':'p','name':'A','x':['" + escape + "']}]}"));
    assertThat(codesAndPaths(inUnknown)).containsExactly("json.syntax ");
    ReadResult<Dataset> inName = json.readDataset(json("{'cpx':'1.0','persons':[{'id':'p','name':'A','" + escape + "':1}]}"));
    assertThat(codesAndPaths(inName)).containsExactly("json.syntax ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{'cpx':'1.0','cpx':'1.0'}",
    "{'cpx':'1.0','persons':[{'id':'p','name':'A','id':'q'}]}",
    "{'cpx':'1.0','persons':[{'id':'p','name':'A','honorificPrefix':{'vi':'Ông','vi':'Bà'}}]}",
    "{'cpx':'1.0','events':[{'id':'e','title':{'en':'T'},'period':{'start':'2020','start':'2021'}}]}",
    "{'cpx':'1.0','persons':[{'id':'p','name':'A','x-a':{'b':1,'b':2}}]}",
    "{'cpx':'1.0','x-root':[{'c':1,'c':1}]}",
    "{'cpx':'1.0','persons':[{'id':'p','name':{'a':[{'b':1,'b':2}]}}]}",
    "{'cpx':'1.0','otherRecords':[{'type':'grant','a':1,'a':2}]}",
    "{'cpx':'1.0','persons':[{'id':'p','name':'A','a1':1,'a2':2,'a3':3,'a4':4,'a5':5,'a6':6,'a7':7,'a8':8,'a9':9,"
        + "'a10':10,'a11':11,'a12':12,'a13':13,'a14':14,'a15':15,'a16':16,'a17':17,'a3':3}]}",
    "{'cpx':'1.0','languages':['vi'],'languages':['vi']}"
  })
  void duplicateMembersAtEveryLevelAreSyntaxErrors(String document) {
    ReadResult<Dataset> result = json.readDataset(json(document));
    assertThat(codesAndPaths(result)).containsExactly("json.syntax ");
    assertThat(result.getValue()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{'type':'grant','a':1,'a':2}",
    "{'type':'event','id':'e','title':{'en':'T'},'period':[{'start':'2020','start':'2021'}]}",
    "{'a':{'b':1,'b':1},'type':'person','id':'p','name':'A'}"
  })
  void duplicateMembersOnAStreamLineAreSyntaxErrors(String line) throws IOException {
    try (RecordStreamReader reader = json.readStream(new java.io.ByteArrayInputStream(json(line)))) {
      assertThat(reader.next().getFindings()).extracting(Finding::getCode).containsExactly(FindingCode.JSON_SYNTAX);
    }
  }

  @Test
  void decomposedTextIsReadInComposedForm() {
    String nfc = "Mạng bảo vệ quyền trẻ em";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    ReadResult<Dataset> result = json.readDataset(json("{'cpx':'1.0','networks':[{'id':'n','name':{'vi':'" + nfd + "'}}]}"));
    assertThat(result.getValue().orElseThrow().getNetworks().get(0).getName()).isEqualTo(LocalizedText.of("vi", nfc));
  }

  @Test
  void emptyInputAndABareByteOrderMarkAreClearErrors() {
    assertThat(json.readDataset(new byte[0]).getFindings()).extracting(Finding::getMessage)
        .containsExactly("the input is empty");
    assertThat(codesAndPaths(json.readDataset(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))
        .containsExactly("json.syntax ");
  }

  @Test
  void aLineLongerThanTheLimitIsReportedAndSkipped() throws IOException {
    CpxJson small = CpxJson.builder().maxRecordBytes(1000).build();
    byte[] stream = json("{'type':'person','id':'p','name':'" + "a".repeat(2000) + "'}\n{'type':'person','id':'q','name':'B'}\n");
    try (RecordStreamReader reader = small.readStream(new ByteArrayInputStream(stream))) {
      List<RecordEntry> entries = reader.stream().collect(Collectors.toList());
      assertThat(entries.get(0).getFindings()).extracting(f -> f.getCode().getCode()).containsExactly("json.limit");
      assertThat(entries.get(1).getRecord()).isPresent();
    }
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }

}
