package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cpx.json.JsonTestSupport.json;
import static org.cpx.json.JsonTestSupport.text;

import org.cpx.core.dataset.Dataset;
import org.cpx.core.finding.Finding;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
  private final CpxJson json = CpxJson.create();

  @Test
  void reportsPersonalDataOnAPersonAtAnyDepthAndNeverWritesIt() {
    ReadResult<Dataset> read = json.readDataset(json("{'cpx':'1.0','persons':[{'id':'p','name':'A',"
        + "'Date_of-Birth':'2010-01-01','x-Gender':'f','x-profile':{'religion':'r','note':'kept'},"
        + "'positions':[{'title':{'en':'Officer'},'homeAddress':'Hà Nội'}]}],"
        + "'organizations':[{'id':'o','name':{'en':'O'},'address':'kept on an organization'}]}"));
    assertThat(read.getFindings())
        .extracting(f -> f.getCode().getCode(), Finding::getPath, f -> f.getRecordId().orElse(null))
        .containsExactly(
            tuple("privacy.personalData", "/persons/0/Date_of-Birth", "p"),
            tuple("privacy.personalData", "/persons/0/positions/0/homeAddress", "p"),
            tuple("privacy.personalData", "/persons/0/x-Gender", "p"),
            tuple("privacy.personalData", "/persons/0/x-profile/religion", "p"));
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getPersons()).hasSize(1);
    assertThat(text(json.writeDataset(dataset))).isEqualTo(text(json("{'cpx':'1.0',"
        + "'organizations':[{'type':'organization','id':'o','name':{'en':'O'},'address':'kept on an organization'}],"
        + "'persons':[{'type':'person','id':'p','name':'A','positions':[{'title':{'en':'Officer'}}],"
        + "'x-profile':{'note':'kept'}}]}\n")));
  }
}
