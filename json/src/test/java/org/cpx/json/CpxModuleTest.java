package org.cpx.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.CpxRecord;
import org.cpx.core.Id;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.model.CpxModel;
import org.cpx.core.model.ObjectType;
import org.cpx.testing.Property;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;

class CpxModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  /** A class of an application that holds CPX values. */
  static final class Campaign {
    public LocalizedText slogan;
    public PartialDate launchedOn;
    public List<Id> partners;
  }

  @Test
  void isFoundByFindAndRegisterModules() {
    assertThat(mapper.getRegisteredModuleIds()).contains("CpxModule");
  }

  @Test
  void readsAndWritesTheSeedDatasetAsTheFacadeDoes() throws Exception {
    Dataset seed = SeedData.dataset();
    String text = mapper.writeValueAsString(seed);
    assertThat(mapper.readValue(text, Dataset.class)).isEqualTo(seed);
    assertThat(text + "\n").isEqualTo(new String(CpxJson.create().writeDataset(seed), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Every described type, generated, is written by the module and read back equal. */
  @Test
  void everyDescribedTypeSurvivesTheModule() {
    for (ObjectType<?> type : CpxModel.types()) {
      Property.forAll(50, generators -> generators.value(type), value -> {
        try {
          assertThat(mapper.readValue(mapper.writeValueAsString(value), type.javaType())).as(type.name()).isEqualTo(value);
        } catch (JsonProcessingException e) {
          throw new AssertionError(type.name(), e);
        }
      });
    }
  }

  @Test
  void aCountIsReadAndWrittenInItsBareForm() throws Exception {
    assertThat(mapper.readValue("58", Count.class)).isEqualTo(Count.of(58));
    assertThat(mapper.writeValueAsString(Count.of(58))).isEqualTo("58");
    assertThat(mapper.writeValueAsString(Count.of(58, CountQualifier.MORE_THAN)))
        .isEqualTo("{\"value\":58,\"qualifier\":\"moreThan\"}");
  }

  @Test
  void aNumberIsReadByItsValueWhateverTheParserHoldsItAs() throws Exception {
    ObjectMapper bigIntegers = mapper.copy().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    assertThat(mapper.treeToValue(bigIntegers.readTree("{\"value\":58}"), Count.class)).isEqualTo(Count.of(58));
    assertThat(mapper.treeToValue(bigIntegers.readTree("0"), Count.class)).isEqualTo(Count.of(0));
    assertThatThrownBy(() -> mapper.treeToValue(bigIntegers.readTree("-58"), Count.class))
        .isInstanceOfSatisfying(CpxJsonException.class, e -> assertThat(e.getCode()).isEqualTo(FindingCode.JSON_TYPE));
    assertThatThrownBy(() -> mapper.treeToValue(bigIntegers.readTree("9223372036854775808"), Count.class))
        .isInstanceOfSatisfying(CpxJsonException.class, e -> assertThat(e.getCode()).isEqualTo(FindingCode.JSON_LIMIT));
  }

  @Test
  void readsAnyRecordByItsType() throws Exception {
    Property.forAll(generators -> generators.value(CpxModel.EVENT_RECORD), event -> {
      try {
        String text = mapper.writeValueAsString(event);
        assertThat(mapper.readValue(text, Event.class)).isEqualTo(event);
        assertThat(mapper.readValue(text, CpxRecord.class)).isEqualTo(event);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void readsCpxValuesInsideAnApplicationsOwnClasses() throws Exception {
    Campaign campaign = mapper.readValue(
        "{\"slogan\":{\"vi\":\"Chung tay giảm thiểu tổn hại trẻ em\"},\"launchedOn\":\"2023-06-01~\","
            + "\"partners\":[\"seed:molisa-dc\"]}",
        Campaign.class);
    assertThat(campaign.slogan.get("vi")).contains("Chung tay giảm thiểu tổn hại trẻ em");
    assertThat(campaign.launchedOn).isEqualTo(PartialDate.parse("2023-06-01~"));
    assertThat(campaign.partners).containsExactly(Id.of("seed:molisa-dc"));
    assertThat(mapper.writeValueAsString(campaign)).contains("\"launchedOn\":\"2023-06-01~\"");
  }

  @Test
  void rejectsABrokenValueWithItsCodeAndPath() {
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"event\",\"id\":\"e\",\"title\":{\"vi\":\" \"}}", Event.class))
        .isInstanceOfSatisfying(CpxJsonException.class, e -> {
          assertThat(e.getCode()).isEqualTo(FindingCode.TEXT_INVALID);
          assertThat(e.getPath()).isEqualTo("/title/vi");
        });
    assertThatThrownBy(() -> mapper.readValue("\"2023-02-29\"", PartialDate.class))
        .isInstanceOfSatisfying(CpxJsonException.class, e -> assertThat(e.getCode()).isEqualTo(FindingCode.DATE_INVALID));
  }
}
