package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules the specification's clarifications of 1.0 settle, each an organization's or an event's
 * member and the one finding it gets (or none): value-level findings in the table's order, URL
 * authorities, areas and subdivisions, e-mail in Unicode, the Timestamp profile, empty required
 * lists.
 */
class ClarifiedRulesTest {
  private static final CpxValidator VALIDATOR = CpxValidator.create();
  private static final String SOURCES = "'sources':[{'title':{'en':'S'}}]";

  private static String findings(String record, String array) throws IOException {
    return findingsOf("{'cpx':'1.0','" + array + "':[{" + record + "," + SOURCES + "}]}");
  }

  /** The findings of {@code document}, in single-quote JSON, as "code path" joined by commas. */
  private static String findingsOf(String document) throws IOException {
    ValidationReport report = VALIDATOR.validateDocument(
        new ByteArrayInputStream(document.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    return String.join(",", report.getFindings().stream().map(f -> f.getCode().getCode() + " " + f.getPath()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "'website':'https://:80/'                      | url.invalid /organizations/0/website",
    "'website':'https://a:x/'                      | url.invalid /organizations/0/website",
    "'website':'https://[::1/'                     | url.invalid /organizations/0/website",
    "'website':'https://-x-.org/'                  | ''",
    "'website':'http://ví-dụ.vn/'                  | ''",
    "'website':'https://[::1]:8080/x'              | ''",
    "'website':''                                  | text.invalid /organizations/0/website",
    "'areasServed':['-VN']                         | subdivision.invalid /organizations/0/areasServed/0",
    "'areasServed':['XK-01']                       | subdivision.invalid /organizations/0/areasServed/0",
    "'areasServed':['VN-HN','142','global','VN']   | ''",
    "'areasServed':['UK']                          | country.unknown /organizations/0/areasServed/0",
    "'country':''                                  | text.invalid /organizations/0/country",
    "'contactPoints':[{'kind':'email','value':'nguyễn@ví-dụ.vn'}] | ''",
    "'contactPoints':[{'kind':'email','value':'a@localhost'}]     | contact.invalid /organizations/0/contactPoints/0/value",
    "'parent':''                                   | id.invalid /organizations/0/parent",
    "'founded':''                                  | date.invalid /organizations/0/founded",
    "'founded':'2023\\u0001'                        | date.invalid /organizations/0/founded",
    "'description':{'en_GB':''}                    | text.invalid /organizations/0/description/en_GB",
    "'description':{'en_GB':'x'}                   | language.invalid /organizations/0/description/en_GB",
    "'description':{'en_GB':5}                     | json.type /organizations/0/description/en_GB",
  })
  void organizationMember(String member, String expected) throws IOException {
    assertThat(findings("'id':'o','name':{'en':'O'}," + member, "organizations")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "'location':{'subdivision':'VN-HN','country':'XX'}  | country.unknown /events/0/location/country",
    "'location':{'subdivision':'VN-HN','country':'FR'}  | subdivision.invalid /events/0/location/subdivision",
    "'location':{'subdivision':'XK-01'}                 | subdivision.invalid /events/0/location/subdivision",
    "'location':{}                                      | json.missing /events/0/location",
  })
  void eventMember(String member, String expected) throws IOException {
    assertThat(findings("'id':'e','title':{'en':'E'},'period':{'start':'2023'}," + member, "events")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
    "2026-11-22T10:00:00+23:59       | ''",
    "2026-11-22T10:00:00.123456789Z  | ''",
    "2026-11-22T10:00:00.1234567890Z | date.invalid /generatedAt",
    "0000-01-01T00:00:00+00:01       | date.invalid /generatedAt",
    "9999-12-31T23:59:59-00:01       | date.invalid /generatedAt",
    "2026-11-22T10:00:60Z            | date.invalid /generatedAt",
    "''                              | date.invalid /generatedAt",
  })
  void timestamp(String value, String expected) throws IOException {
    assertThat(findingsOf("{'cpx':' 1.0 ','generatedAt':'" + value + "'}")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "'committedBy':[]                        | json.missing /commitments/0/committedBy",
    "'committedBy':[null]                    | json.type /commitments/0/committedBy/0",
    "'committedBy':[{'group':'donors'}],'budget':{'amount':'','currency':'VND'} | json.type /commitments/0/budget/amount",
  })
  void commitmentMember(String member, String expected) throws IOException {
    assertThat(findings("'id':'c','text':{'en':'C'},'dueBy':'2030','indicators':[{'description':{'en':'I'}}]," + member,
        "commitments")).isEqualTo(expected);
  }
}
