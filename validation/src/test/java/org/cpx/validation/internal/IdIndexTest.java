package org.cpx.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.cpx.core.Id;
import org.cpx.core.RecordType;
import org.cpx.testing.Generators;
import org.cpx.testing.Property;
import org.junit.jupiter.api.Test;

class IdIndexTest {
  @Test
  void givesEachDistinctIdOneNumberAndKeepsItExactly() {
    Property.forAll(20, Generators::seed, seed -> {
      Random random = new Random(seed);
      IdIndex index = new IdIndex();
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < 30_000; i++) {
        String id = randomId(random, expected.size());
        int number = index.number(Id.of(id));
        assertThat(expected.putIfAbsent(id, number)).isIn(null, number);
        assertThat(index.id(number)).isEqualTo(id);
      }
      assertThat(index.size()).isEqualTo(expected.size());
      expected.forEach((id, number) -> assertThat(index.number(Id.of(id))).isEqualTo(number));
      assertThat(index.size()).isEqualTo(expected.size());
    });
  }

  @Test
  void remembersWhichRecordTypeDefinesAnId() {
    IdIndex index = new IdIndex();
    int referred = index.number(Id.of("vacr:crnet"));
    assertThat(index.type(referred)).isNull();
    index.define(referred, RecordType.NETWORK);
    assertThat(index.type(index.number(Id.of("vacr:crnet")))).isEqualTo(RecordType.NETWORK);
  }

  @Test
  void keepsIdsOfTheLongestLengthAcrossArenaChunks() {
    IdIndex index = new IdIndex();
    String longest = "a".repeat(199);
    for (int i = 0; i < 5_000; i++) {
      String id = longest.substring(0, 199 - String.valueOf(i).length()) + i;
      assertThat(index.id(index.number(Id.of(id)))).isEqualTo(id);
    }
    assertThat(index.id(index.number(Id.of(longest.substring(0, 198) + "0")))).endsWith("0");
    assertThat(index.size()).isEqualTo(5_000);
  }

  /** A random id, repeating earlier ones now and then. */
  private static String randomId(Random random, int seen) {
    if (seen > 0 && random.nextInt(4) == 0) {
      return "p:" + random.nextInt(seen);
    }
    String alphabet = "ABCxyz019._:/~-";
    StringBuilder id = new StringBuilder("p:");
    int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 190 : 20);
    for (int i = 0; i < length; i++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return id.toString();
  }
}
