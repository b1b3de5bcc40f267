package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cpx.core.finding.Finding;
import org.cpx.json.CpxJson;
import org.junit.jupiter.api.Test;

/**
 * Records kept as read take part in the rules across records through their id and type (spec §1),
 * document members are checked at every level, and texts against the languages given before them.
 */
class KeptRecordsTest {
  private static final String SOURCES = ",'sources':[{'title':{'en':'S'}}]";
  private final CpxValidator validator = CpxValidator.create();

  private static ByteArrayInputStream input(String json) {
    return new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> findings(ValidationReport report) {
    return report.getFindings().stream().map(KeptRecordsTest::say).toList();
  }

  private static String say(Finding f) {
    return f.getCode().getCode() + " " + f.getPath() + (f.getLine().isPresent() ? " @" + f.getLine().getAsLong() : "");
  }

  @Test
  void resolvesReferencesToUnreadableRecordsAndCountsTheirIds() throws IOException {
    String document = "{'cpx':'1.0','organizations':[{'id':'a','name':{'en':''}" + SOURCES + "},"
        + "{'id':'b','name':{'en':'B'},'parent':'a'" + SOURCES + "},"
        + "{'id':'c','name':{'en':'C'},'parent':'e'" + SOURCES + "},"
        + "{'id':'a','name':{'en':'A'}" + SOURCES + "}],"
        + "'events':[{'id':'e','title':{'en':'E'},'period':{'start':'2023-02-30'}}]}";
    assertThat(findings(validator.validateDocument(input(document)))).containsExactly(
        "text.invalid /organizations/0/name/en",
        "date.invalid /events/0/period/start",
        "reference.wrongType /organizations/2/parent",
        "id.duplicate /organizations/3/id");
    ValidationReport read = validator.validate(CpxJson.create().readDataset(input(document)).getValue().orElseThrow());
    assertThat(findings(read)).containsExactly("reference.wrongType /organizations/2/parent",
        "id.duplicate /organizations/3/id");
  }

  @Test
  void resolvesReferencesToRecordsOfUnknownTypesWithoutCheckingTheirType() throws IOException {
    String stream = "{'type':'event','id':'e','title':{'en':'E'},'period':{'start':'2023'},'partOf':'s'" + SOURCES + "}\n"
        + "{'type':'series2','id':'s'}\n"
        + "{'type':'thing'}\n";
    assertThat(findings(validator.validateStream(input(stream)))).containsExactly(
        "code.unknown /type @2", "json.missing /id @3", "code.unknown /type @3");
  }

  @Test
  void reportsUnknownMembersAtEveryLevelInInputOrderAndPersonalDataOnce() throws IOException {
    String document = "{'cpx':'1.0','publisher':{'name':{'en':'P'},'email':'x'},'extra':1,'x-ok':2,"
        + "'persons':[{'id':'p','name':'A','birthDate':'2001','positions':[{'title':{'en':'T'},'gender':'f'}]"
        + SOURCES + "}],'late':3}";
    assertThat(findings(validator.validateDocument(input(document)))).containsExactly(
        "member.unknown /extra", "member.unknown /publisher/email",
        "privacy.personalData /persons/0/birthDate", "privacy.personalData /persons/0/positions/0/gender",
        "member.unknown /late");
    String broken = "{'cpx':'1.0','publisher':{'name':{'en':'P'},'email':'x'},'persons':[{'id':'p','name':'A'"
        + SOURCES + "}],'late':3,'organizations':[";
    assertThat(findings(validator.validateDocument(input(broken)))).containsExactly(
        "member.unknown /publisher/email", "member.unknown /late", "json.syntax  @1");
    String stream = "{'type':'header','cpx':'1.0','extra':1}\n";
    assertThat(findings(validator.validateStream(input(stream)))).containsExactly("member.unknown /extra @1");
  }

  @Test
  void reportsPersonalDataOfEveryPersonKeptAsReadOnceWhereverItIs() throws IOException {
    String document = "{'cpx':'1.0','organizations':[{'type':' person ','id':'q','dob':'2001'}],"
        + "'persons':[{'id':'p','name':'A','birthDate':'2001','positions':[{'title':{'en':'T'},"
        + "'period':{'start':'2023-02-30'},'x-profile':{'Gender':'f'}}]" + SOURCES + "}],"
        + "'otherRecords':[{'type':'person','id':'r','age':9},{'type':'thing','id':'t','age':9}]}";
    List<String> expected = List.of("privacy.personalData /organizations/0/dob", "json.type /organizations/0/type", "privacy.personalData /persons/0/birthDate",
        "date.invalid /persons/0/positions/0/period/start", "privacy.personalData /persons/0/positions/0/x-profile/Gender",
        "privacy.personalData /otherRecords/0/age", "json.type /otherRecords/0/type");
    assertThat(findings(validator.validateDocument(input(document)))).containsExactlyElementsOf(expected);
    ValidationReport read = validator.validate(CpxJson.create().readDataset(input(document)).getValue().orElseThrow());
    assertThat(findings(read)).containsExactlyElementsOf(
        expected.stream().filter(finding -> finding.startsWith("privacy.personalData")).toList());

    String stream = "{'type':'person','id':'p','name':'A','birthDate':'2001','positions':[{'title':{'en':'T'},"
        + "'period':{'start':'2023-02-30'}}]" + SOURCES + "}\n"
        + "{'type':'thing','id':'t','age':9}\n";
    assertThat(findings(validator.validateStream(input(stream)))).containsExactly(
        "privacy.personalData /birthDate @1", "date.invalid /positions/0/period/start @1", "code.unknown /type @2");
  }

  @Test
  void reportsAPersonalDataNameAsATextsTagOnAPersonReadableOrNot() throws IOException {
    String person = "'name':'A','documents':[{'title':{'en':'Report','dob':'1990-01-01'}}]" + SOURCES;
    String document = "{'cpx':'1.0','organizations':[{'id':'o','name':{'en':'O','dob':'x'}" + SOURCES + "}],"
        + "'persons':[{'id':'p'," + person + "},{'id':'q','positions':5," + person + "}]}";
    assertThat(findings(validator.validateDocument(input(document)))).containsExactly(
        "privacy.personalData /persons/0/documents/0/title",
        "privacy.personalData /persons/1/documents/0/title/dob", "json.type /persons/1/positions");
  }

  @Test
  void checksTextsAgainstTheLanguagesGivenBeforeThem() throws IOException {
    String document = "{'cpx':'1.0','organizations':[{'id':'a','name':{'en':'A'}" + SOURCES + "}],"
        + "'languages':['vi'],'networks':[{'id':'n','name':{'en':'N'}" + SOURCES + "}]}";
    assertThat(findings(validator.validateDocument(input(document)))).containsExactly("text.missingLanguage /networks/0/name");
  }

  @Test
  void passesEveryFindingToAListenerAndCountsThem() throws IOException {
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      stream.append("{'type':'organization','id':'a','name':{'en':'A'}").append(SOURCES).append("}\n");
    }
    List<Finding> heard = new ArrayList<>();
    ValidationReport report = validator.validateStream(input(stream.toString()), heard::add);
    assertThat(heard).hasSize(499).allSatisfy(f -> assertThat(say(f)).startsWith("id.duplicate /id @"));
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.getErrors()).isEqualTo(499);
    assertThat(report.getUnkeptFindings()).isEqualTo(499);
    ValidationReport capped = CpxValidator.builder().maxFindings(10).build().validateStream(input(stream.toString()));
    assertThat(capped.getFindings()).hasSize(10);
    assertThat(capped.getErrors()).isEqualTo(499);
    assertThat(capped.isValid()).isFalse();
  }
}
