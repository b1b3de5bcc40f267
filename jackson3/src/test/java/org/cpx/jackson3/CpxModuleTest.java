package org.cpx.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.cpx.core.Count;
import org.cpx.core.CountQualifier;
import org.cpx.core.CpxRecord;
import org.cpx.core.LocalizedText;
import org.cpx.core.PartialDate;
import org.cpx.core.dataset.Dataset;
import org.cpx.core.event.Event;
import org.cpx.core.finding.FindingCode;
import org.cpx.core.model.CpxModel;
import org.cpx.json.CpxJson;
import org.cpx.testing.Property;
import org.cpx.testing.SeedData;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class CpxModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

  @Test
  void isFoundByFindAndAddModules() {
    assertThat(mapper.registeredModules()).anySatisfy(module -> assertThat(module).isInstanceOf(CpxModule.class));
  }

  @Test
  void readsAndWritesTheSeedDatasetAsTheFacadeDoes() {
    Dataset seed = SeedData.dataset();
    String text = mapper.writeValueAsString(seed);
    assertThat(mapper.readValue(text, Dataset.class)).isEqualTo(seed);
    assertThat(text + "\n").isEqualTo(new String(CpxJson.create().writeDataset(seed), StandardCharsets.UTF_8));
  }

  @Test
  void aCountIsReadAndWrittenInItsBareForm() {
    assertThat(mapper.readValue("58", Count.class)).isEqualTo(Count.of(58));
    assertThat(mapper.writeValueAsString(Count.of(58))).isEqualTo("58");
    assertThat(mapper.writeValueAsString(Count.of(58, CountQualifier.MORE_THAN)))
        .isEqualTo("{\"value\":58,\"qualifier\":\"moreThan\"}");
  }

  @Test
  void aNumberIsReadByItsValueWhateverTheParserHoldsItAs() {
    JsonMapper bigIntegers = mapper.rebuild().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();
    assertThat(mapper.treeToValue(bigIntegers.readTree("{\"value\":58}"), Count.class)).isEqualTo(Count.of(58));
    assertThat(mapper.treeToValue(bigIntegers.readTree("0"), Count.class)).isEqualTo(Count.of(0));
    assertThatThrownBy(() -> mapper.treeToValue(bigIntegers.readTree("-58"), Count.class))
        .isInstanceOfSatisfying(CpxReadException.class, e -> assertThat(e.getCode()).isEqualTo(FindingCode.JSON_TYPE));
    assertThatThrownBy(() -> mapper.treeToValue(bigIntegers.readTree("9223372036854775808"), Count.class))
        .isInstanceOfSatisfying(CpxReadException.class, e -> assertThat(e.getCode()).isEqualTo(FindingCode.JSON_LIMIT));
  }

  @Test
  void readsAnyRecordByItsType() {
    Property.forAll(generators -> generators.value(CpxModel.EVENT_RECORD), event -> {
      String text = mapper.writeValueAsString(event);
      assertThat(mapper.readValue(text, Event.class)).isEqualTo(event);
      assertThat(mapper.readValue(text, CpxRecord.class)).isEqualTo(event);
    });
  }

  @Test
  void rejectsABrokenValueWithItsCodeAndPath() {
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"event\",\"id\":\"e\",\"title\":{\"vi\":\" \"}}", Event.class))
        .isInstanceOfSatisfying(CpxReadException.class, e -> {
          assertThat(e.getCode()).isEqualTo(FindingCode.TEXT_INVALID);
          assertThat(e.getFirstError().getPath()).isEqualTo("/title/vi");
          assertThat(e.getFindings()).hasSize(1);
        });
    assertThatThrownBy(() -> mapper.readValue("\"2023-02-29\"", PartialDate.class))
        .isInstanceOfSatisfying(CpxReadException.class, e -> assertThat(e.getCode()).isEqualTo(FindingCode.DATE_INVALID));
  }

  /** A duplicate member, which I-JSON forbids, is Jackson's own kind of failure, where Jackson 2's module reports it. */
  @Test
  void rejectsADuplicateMemberAsJacksonRejectsBrokenJson() {
    assertThatThrownBy(() -> mapper.readValue("{\"en\":\"a\",\"en\":\"b\"}", LocalizedText.class))
        .isInstanceOfSatisfying(StreamReadException.class, e -> {
          assertThat(e).isNotInstanceOf(CpxReadException.class);
          assertThat(e.getMessage()).contains("Duplicate field 'en'");
          assertThat(e.getLocation().getLineNr()).isEqualTo(1);
          assertThat(e.getLocation().getColumnNr()).isEqualTo(17);
        });
  }
}
