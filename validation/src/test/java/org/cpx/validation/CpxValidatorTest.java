package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cpx.core.finding.Finding;
import org.cpx.core.finding.FindingCode;
import org.cpx.json.CpxJson;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;

class CpxValidatorTest {
  private static ByteArrayInputStream document(String json) {
    return new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSeedDatasetIsValid() throws Exception {
    ValidationReport report = CpxValidator.create()
        .validateDocument(new ByteArrayInputStream(CpxJson.create().writeDataset(SeedData.dataset())));
    assertThat(report.isValid()).isTrue();
    assertThat(report.getErrors()).isZero();
    assertThat(report.getWarnings()).isPositive();
    assertThat(report.getRecords()).isEqualTo(SeedData.dataset().records().size());
    assertThat(CpxValidator.create().validate(SeedData.dataset()).getFindings()).isEqualTo(report.getFindings());
  }

  @Test
  void reportsRecordByRecordThenAcrossRecordsInTheReadersLanguage() throws Exception {
    ValidationReport report = CpxValidator.builder().locale(Locale.forLanguageTag("vi")).build().validateDocument(document(
        "{'cpx':'1.0','organizations':[{'id':'a','name':{'en':'A'},'parent':'z','sources':[{'title':{'en':'S'}}]},"
            + "{'id':'b','name':{'en':''},'sources':[{'title':{'en':'S'}}]},"
            + "{'id':'a','name':{'en':'C'},'kind':'x','sources':[{'title':{'en':'S'}}]}]}"));
    assertThat(report.getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(
            tuple("text.invalid", "/organizations/1/name/en"),
            tuple("member.unknown", "/organizations/2/kind"),
            tuple("reference.unresolved", "/organizations/0/parent"),
            tuple("id.duplicate", "/organizations/2/id"));
    assertThat(report.getFindings().get(0).getMessage()).isEqualTo(
        FindingMessages.message(FindingCode.TEXT_INVALID, Locale.forLanguageTag("vi")));
    assertThat(report.isValid()).isFalse();
    assertThat(report.getRecords()).isEqualTo(3);
  }

  @Test
  void reportsPersonalDataOnceWhetherReadOrBuilt() throws Exception {
    ValidationReport report = CpxValidator.create().validateDocument(document(
        "{'cpx':'1.0','persons':[{'id':'p','name':'A','x-dob':'2010','x-profile':{'Gender':'f'},"
            + "'sources':[{'title':{'en':'S'}}]}]}"));
    assertThat(report.getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(
            tuple("privacy.personalData", "/persons/0/x-dob"),
            tuple("privacy.personalData", "/persons/0/x-profile/Gender"));
  }

  @Test
  void reportsPersonalDataOnAPersonThatCannotBeRead() throws Exception {
    ValidationReport report = CpxValidator.create().validateDocument(document(
        "{'cpx':'1.0','persons':[{'id':'p','name':{'en':'A'},'x-dob':'2010'}]}"));
    assertThat(report.getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(tuple("json.type", "/persons/0/name"), tuple("privacy.personalData", "/persons/0/x-dob"));
  }

  @Test
  void validatesTheRecordsBeforeASyntaxErrorButNotAcrossRecords() throws Exception {
    ValidationReport report = CpxValidator.create().validateDocument(document(
        "{'cpx':'1.0','organizations':[{'id':'a','name':{'en':'A'},'parent':'b','country':'UK',"
            + "'sources':[{'title':{'en':'S'}}]},\n{'id':'b','name':"));
    assertThat(report.getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath, f -> f.getLine().orElse(0))
        .containsExactly(tuple("country.unknown", "/organizations/0/country", 0L), tuple("json.syntax", "", 2L));
    assertThat(report.getRecords()).isEqualTo(1);
  }

  @Test
  void checksTextsAgainstTheLanguagesWrittenBeforeTheRecords() throws Exception {
    String organization = "{'id':'a','name':{'en':'A'},'sources':[{'title':{'en':'S'}}]}";
    ValidationReport before = CpxValidator.create().validateDocument(document(
        "{'cpx':'1.0','languages':['vi'],'organizations':[" + organization + "]}"));
    assertThat(before.getFindings()).extracting(f -> f.getCode().getCode(), Finding::getPath)
        .containsExactly(tuple("text.missingLanguage", "/organizations/0/name"));
    ValidationReport after = CpxValidator.create().validateDocument(document(
        "{'cpx':'1.0','organizations':[" + organization + "],'languages':['vi']}"));
    assertThat(after.getFindings()).isEmpty();
  }

  @Test
  void validatesADocumentAsTheDatasetItHolds() {
    Property.forAll(200, Generators::validDataset, dataset -> {
      ValidationReport read = validateDocument(CpxJson.create().writeDataset(dataset));
      assertThat(read.getFindings()).isEqualTo(CpxValidator.create().validate(dataset).getFindings());
      assertThat(read.getRecords()).isEqualTo(dataset.records().size());
    });
  }

  private static ValidationReport validateDocument(byte[] document) {
    try {
      return CpxValidator.create().validateDocument(new ByteArrayInputStream(document));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void validatesAStreamResolvingReferencesToLaterRecords() throws Exception {
    ValidationReport report = CpxValidator.create().validateStream(document(
        "{'type':'header','cpx':'1.0'}\n"
            + "{'type':'organization','id':'dept','name':{'en':'Department'},'parent':'ministry','sources':[{'title':{'en':'S'}}]}\n"
            + "{'type':'organization','id':'ministry','name':{'en':'Ministry'},'country':'UK','sources':[{'title':{'en':'S'}}]}\n"
            + "{'type':'person','id':'p','name':'A','positions':[{'title':{'en':'Director'},'organization':'nowhere'}],"
            + "'sources':[{'title':{'en':'S'}}]}\n"));
    assertThat(report.getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath, f -> f.getLine().orElse(0))
        .containsExactly(
            tuple("country.unknown", "/country", 3L),
            tuple("reference.unresolved", "/positions/0/organization", 4L));
    assertThat(report.getRecords()).isEqualTo(3);
  }

  @Test
  void groupsTheSameProblemInManyPlaces() throws Exception {
    ValidationReport report = CpxValidator.create().validateDocument(document(
        "{'cpx':'1.0','languages':['vi'],'events':[{'id':'a','title':{'en':'A'},'period':{'start':'2020'}},"
            + "{'id':'b','title':{'en':'B'},'period':{'start':'2021'}}]}"));
    assertThat(report.getGroups().get(FindingCode.TEXT_MISSING_LANGUAGE)).containsOnlyKeys("/events/*/title");
    assertThat(report.getGroups().get(FindingCode.TEXT_MISSING_LANGUAGE).get("/events/*/title")).hasSize(2);
    assertThat(report.getGroups().get(FindingCode.SOURCE_MISSING)).containsOnlyKeys("/events/*");
  }
}
