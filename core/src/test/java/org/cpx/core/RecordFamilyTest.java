package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The record types are a closed family: one class per {@link RecordType}, nothing else. */
class RecordFamilyTest {
  @Test
  void everyRecordClassIsOneRecordTypeAndEveryTypeHasOne() {
    List<String> leaves = new ArrayList<>();
    collectLeaves(CpxRecord.class, leaves);

    List<String> types = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      types.add(type.getCode());
    }
    assertThat(leaves).containsExactlyInAnyOrderElementsOf(types);
  }

  /** Adds the value classes below {@code type}, by record type code, following the sealed permits. */
  private static void collectLeaves(Class<?> type, List<String> leaves) {
    assertThat(type.isSealed()).as("%s is sealed", type.getSimpleName()).isTrue();
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      if (permitted.getSimpleName().startsWith("Immutable")) {
        assertThat(permitted.getPermittedSubclasses()).isNull();
        leaves.add(type.getSimpleName().toLowerCase(Locale.ROOT));
      } else {
        collectLeaves(permitted, leaves);
      }
    }
  }
}
