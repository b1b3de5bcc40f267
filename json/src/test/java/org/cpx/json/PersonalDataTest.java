package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpx.json.JsonTestSupport.json;
import static org.cpx.json.JsonTestSupport.text;

import org.cpx.core.dataset.Dataset;
import org.junit.jupiter.api.Test;

/** Reading keeps a person's personal data members out of the model's output; the validator reports them. */
class PersonalDataTest {
  private final CpxJson json = CpxJson.create();

  @Test
  void neverWritesPersonalDataOfAPersonAtAnyDepth() {
    ReadResult<Dataset> read = json.readDataset(json("{'cpx':'1.0','persons':[{'id':'p','name':'A',"
        + "'Date_of-Birth':'2010-01-01','x-Gender':'f','x-profile':{'religion':'r','note':'kept'},"
        + "'positions':[{'title':{'en':'Officer'},'homeAddress':'Hà Nội'}]}],"
        + "'organizations':[{'id':'o','name':{'en':'O'},'address':'kept on an organization'}]}"));
    assertThat(read.getFindings()).isEmpty();
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getPersons()).hasSize(1);
    assertThat(text(json.writeDataset(dataset))).isEqualTo(text(json("{'cpx':'1.0',"
        + "'organizations':[{'type':'organization','id':'o','name':{'en':'O'},'address':'kept on an organization'}],"
        + "'persons':[{'type':'person','id':'p','name':'A','positions':[{'title':{'en':'Officer'}}],"
        + "'x-profile':{'note':'kept'}}]}\n")));
  }

  @Test
  void neverWritesPersonalDataOfAPersonKeptAsReadInAnyArray() {
    ReadResult<Dataset> read = json.readDataset(json("{'cpx':'1.0','organizations':[{'type':' person ','id':'q','dob':'1'}],"
        + "'otherRecords':[{'type':'person','id':'r','x-Age':9},{'type':'thing','id':'t','age':9}]}"));
    Dataset dataset = read.getValue().orElseThrow();
    for (byte[] written : new byte[][] {json.writeDataset(dataset), json.writeStream(dataset)}) {
      assertThat(text(written)).contains("\"q\"", "\"r\"", "\"age\":9").doesNotContain("dob", "x-Age");
    }
  }

  @Test
  void neverWritesAPersonalDataNameAsATextsTagOnAPerson() {
    ReadResult<Dataset> read = json.readDataset(json("{'cpx':'1.0','organizations':[{'id':'o','name':{'en':'O','dob':'x'}}],"
        + "'persons':[{'id':'p','name':'A','documents':[{'title':{'en':'Report','dob':'1990'}}]}]}"));
    String written = text(json.writeDataset(read.getValue().orElseThrow()));
    assertThat(written).contains("\"dob\":\"x\"").doesNotContain("1990");
  }
}
