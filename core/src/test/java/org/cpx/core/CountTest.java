package org.cpx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountTest {
  @ParameterizedTest
  @CsvSource({
    "EXACT, 500, 500",
    "AT_LEAST, 500, -1",
    "MORE_THAN, 501, -1",
    "AT_MOST, 0, 500",
    "FEWER_THAN, 0, 499",
    "APPROXIMATELY, 0, -1"
  })
  void boundsFollowTheQualifier(CountQualifier qualifier, long lower, long upper) {
    Count count = Count.of(500, qualifier);
    assertThat(count.lowerBound()).isEqualTo(lower);
    assertThat(count.upperBound()).isEqualTo(upper < 0 ? OptionalLong.empty() : OptionalLong.of(upper));
  }

  @Test
  void anUnknownQualifierBoundsNothing() {
    Count count = Count.builder().value(7).qualifier(Code.parse(CountQualifier.class, "roughlyDoubled")).build();
    assertThat(count.getQualifier().isKnown()).isFalse();
    assertThat(count.lowerBound()).isZero();
    assertThat(count.upperBound()).isEmpty();
  }

  @Test
  void saysWhetherTwoCountsCanBothBeTrue() {
    Count moreThan58 = Count.of(58, CountQualifier.MORE_THAN);
    assertThat(moreThan58.isConsistentWith(Count.of(59))).isTrue();
    assertThat(moreThan58.isConsistentWith(Count.of(58))).isFalse();
    assertThat(moreThan58.isConsistentWith(Count.of(60, CountQualifier.FEWER_THAN))).isTrue();
    assertThat(moreThan58.isConsistentWith(Count.of(59, CountQualifier.FEWER_THAN))).isFalse();
    assertThat(Count.of(40, CountQualifier.APPROXIMATELY).isConsistentWith(Count.of(3))).isTrue();
    assertThat(Count.of(0, CountQualifier.FEWER_THAN).isConsistentWith(Count.of(0, CountQualifier.AT_LEAST)))
        .as("fewer than 0 holds for no number")
        .isFalse();
  }

  @Test
  void defaultsToExactAndKnowsWhenItIsABareInteger() {
    assertThat(Count.of(50).getQualifier()).isEqualTo(Code.of(CountQualifier.EXACT));
    assertThat(Count.of(50).isBare()).isTrue();
    assertThat(Count.of(50, CountQualifier.MORE_THAN).isBare()).isFalse();
    assertThat(Count.of(50).withAsOf(PartialDate.ofYear(2020)).isBare()).isFalse();
    assertThat(Count.of(50).withUnknownMembers(java.util.Map.of("x-note", "1")).isBare()).isFalse();
  }

  @Test
  void rejectsNegativeAndTooLargeValues() {
    assertThat(Count.of(Count.MAX_VALUE).getValue()).isEqualTo(9_007_199_254_740_991L);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.of(-1))
        .withMessage("value: a count must be 0 to 2^53 - 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.of(Count.MAX_VALUE + 1))
        .withMessage("value: a count must be 0 to 2^53 - 1");
  }
}
