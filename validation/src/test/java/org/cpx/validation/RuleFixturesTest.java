package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.cpx.core.finding.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule with a minimal valid document and an invalid one: the invalid one has exactly the
 * rule's finding, with its severity and path; the valid one has none of its code.
 */
class RuleFixturesTest {
  private static final String PERSON = "{'id':'p','name':'A','sources':[{'title':{'en':'S'}}]";
  private static final String ORG = "{'id':'o','name':{'en':'O'},'sources':[{'title':{'en':'S'}}]";

  private static ValidationReport validate(String records) throws IOException {
    String document = "{'cpx':'1.0'," + records + "}";
    return CpxValidator.create().validateDocument(
        new ByteArrayInputStream(document.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "json.type | error | /persons/0/name | 'persons':[" + PERSON + "}] | 'persons':[{'id':'p','name':5}]",
    "json.missing | error | /persons/0/name | 'persons':[" + PERSON + "}] | 'persons':[{'id':'p'}]",
    "id.invalid | error | /persons/0/id | 'persons':[" + PERSON + "}] | 'persons':[{'id':'p q','name':'A'}]",
    "date.invalid | error | /organizations/0/founded | 'organizations':[" + ORG + ",'founded':'2013'}] | 'organizations':[" + ORG + ",'founded':'2013-13'}]",
    "text.invalid | error | /organizations/0/name/en | 'organizations':[" + ORG + "}] | 'organizations':[{'id':'o','name':{'en':' '}}]",
    "language.invalid | error | /organizations/0/name/EN | 'organizations':[" + ORG + "}] | 'organizations':[{'id':'o','name':{'en':'O','EN':'P'}}]",
    "country.unknown | error | /organizations/0/country | 'organizations':[" + ORG + ",'country':'GB'}] | 'organizations':[" + ORG + ",'country':'UK'}]",
    "subdivision.invalid | error | /organizations/0/areasServed/0 | 'organizations':[" + ORG + ",'areasServed':['VN-HN']}] | 'organizations':[" + ORG + ",'areasServed':['VN-HANOI']}]",
    "currency.unknown | error | /commitments/0/budget/currency | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'budget':{'amount':'1','currency':'VND'}}] | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'budget':{'amount':'1','currency':'VDN'}}]",
    "sdg.unknown | error | /events/0/sdgTargets/0 | 'events':[{'id':'e','title':{'en':'T'},'sdgTargets':['16.2']}] | 'events':[{'id':'e','title':{'en':'T'},'sdgTargets':['16.11']}]",
    "url.invalid | error | /organizations/0/website | 'organizations':[" + ORG + ",'website':'https://example.org'}] | 'organizations':[" + ORG + ",'website':'www.example.org'}]",
    "contact.invalid | error | /organizations/0/contactPoints/0/value | 'organizations':[" + ORG + ",'contactPoints':[{'kind':'hotline','value':'111','country':'VN'}]}] | 'organizations':[" + ORG + ",'contactPoints':[{'kind':'hotline','value':'111'}]}]",
    "period.reversed | error | /events/0/period | 'events':[{'id':'e','title':{'en':'T'},'period':{'start':'2023-06-01','end':'2023-06-30'}}] | 'events':[{'id':'e','title':{'en':'T'},'period':{'start':'2023-06-30','end':'2023-06-01'}}]",
    "id.duplicate | error | /persons/1/id | 'persons':[" + PERSON + "}] | 'persons':[" + PERSON + "}," + PERSON + "}]",
    "reference.unresolved | error | /organizations/0/parent | 'organizations':[" + ORG + "}] | 'organizations':[" + ORG + ",'parent':'x'}]",
    "reference.wrongType | error | /organizations/0/parent | 'organizations':[" + ORG + "}],'persons':[" + PERSON + "}] | 'organizations':[" + ORG + ",'parent':'p'}],'persons':[" + PERSON + "}]",
    "article.duplicate | error | /declarations/0/articles/1/number | 'declarations':[{'id':'d','title':{'en':'T'},'articles':[{'number':'1','text':{'en':'A'}},{'number':'2','text':{'en':'B'}}]}] | 'declarations':[{'id':'d','title':{'en':'T'},'articles':[{'number':'1','text':{'en':'A'}},{'number':'1','text':{'en':'B'}}]}]",
    "organization.parentCycle | error | /organizations/0/parent | 'organizations':[" + ORG + "}] | 'organizations':[" + ORG + ",'parent':'o'}]",
    "event.partOfCycle | error | /events/0/partOf | 'events':[{'id':'e','title':{'en':'T'},'partOf':'f'},{'id':'f','title':{'en':'F'}}] | 'events':[{'id':'e','title':{'en':'T'},'partOf':'f'},{'id':'f','title':{'en':'F'},'partOf':'e'}]",
    "article.unresolved | error | /recommendations/0/article | 'declarations':[{'id':'d','title':{'en':'T'},'articles':[{'number':'1','text':{'en':'A'}}]}],'recommendations':[{'id':'r','text':{'en':'R'},'declaration':'d','article':'1'}] | 'declarations':[{'id':'d','title':{'en':'T'},'articles':[{'number':'1','text':{'en':'A'}}]}],'recommendations':[{'id':'r','text':{'en':'R'},'declaration':'d','article':'2'}]",
    "contact.unverified | warning | /organizations/0/contactPoints/0/value | 'organizations':[" + ORG + ",'contactPoints':[{'kind':'phone','value':'+84 24 3933 1234'}]}] | 'organizations':[" + ORG + ",'contactPoints':[{'kind':'phone','value':'+84 10 3933 1234'}]}]",
    "membership.self | error | /networks/0/memberships/0/member | 'networks':[{'id':'n','name':{'en':'N'},'memberships':[{'member':'o'}]}],'organizations':[" + ORG + "}] | 'networks':[{'id':'n','name':{'en':'N'},'memberships':[{'member':'n'}]}]",
    "count.inconsistent | error | /networks/0/memberCount | 'networks':[{'id':'n','name':{'en':'N'},'memberships':[{'member':'o'}],'memberCount':1}],'organizations':[" + ORG + "}] | 'networks':[{'id':'n','name':{'en':'N'},'memberships':[{'member':'o'},{'member':'p'}],'memberCount':1}],'organizations':[" + ORG + "}],'persons':[" + PERSON + "}]",
    "progress.order | error | /commitments/0/progress/0/on | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'madeOn':'2019','progress':[{'on':'2020','status':'inProgress'}]}] | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'madeOn':'2019','progress':[{'on':'2018','status':'inProgress'}]}]",
    "privacy.personalData | error | /persons/0/dob | 'persons':[" + PERSON + "}] | 'persons':[" + PERSON + ",'dob':'2010'}]",
    "progress.afterTerminal | warning | /commitments/0/progress/1 | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'progress':[{'on':'2020','status':'inProgress'},{'on':'2021','status':'fulfilled'}]}] | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'progress':[{'on':'2020','status':'fulfilled'},{'on':'2021','status':'inProgress'}]}]",
    "code.unknown | warning | /organizations/0/classification | 'organizations':[" + ORG + ",'classification':'association'}] | 'organizations':[" + ORG + ",'classification':'club'}]",
    "member.unknown | warning | /organizations/0/size | 'organizations':[" + ORG + ",'x-size':3}] | 'organizations':[" + ORG + ",'size':3}]",
    "text.missingLanguage | warning | /organizations/0/name | 'languages':['en'],'organizations':[" + ORG + "}] | 'languages':['vi'],'organizations':[" + ORG + "}]",
    "source.missing | warning | /persons/0 | 'persons':[" + PERSON + "}] | 'persons':[{'id':'p','name':'A'}]",
    "event.noPeriod | warning | /events/0 | 'events':[{'id':'e','title':{'en':'T'},'period':{'start':'2023'}}] | 'events':[{'id':'e','title':{'en':'T'}}]",
    "commitment.noDeadline | warning | /commitments/0/dueBy | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'dueBy':'2030'}] | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}]}]",
    "commitment.notMeasurable | warning | /commitments/0/indicators | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}],'indicators':[{'description':{'en':'D'}}]}] | 'organizations':[" + ORG + "}],'commitments':[{'id':'c','text':{'en':'T'},'committedBy':[{'actor':'o'}]}]"
  })
  void theRuleHoldsForTheValidFixtureAndBreaksForTheInvalidOne(
      String code, String severity, String path, String valid, String invalid) throws IOException {
    assertThat(validate(valid).getFindings()).extracting(f -> f.getCode().getCode()).doesNotContain(code);
    assertThat(validate(invalid).getFindings())
        .filteredOn(finding -> finding.getCode().getCode().equals(code))
        .extracting(f -> f.getSeverity().getValue(), Finding::getPath)
        .containsExactly(tuple(severity, path));
  }
}
