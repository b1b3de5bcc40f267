package org.cpx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortedPairsTest {
  private final Map<String, String> pairs = new SortedPairs(new String[] {"en", "Network", "vi", "Mạng lưới", "x", "y"}, 2);

  @Test
  void isTheMapOfItsPairsInOrder() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("en", "Network");
    expected.put("vi", "Mạng lưới");
    assertThat(pairs).isEqualTo(expected).hasSameHashCodeAs(expected).containsExactlyEntriesOf(expected);
    assertThat(expected).isEqualTo(pairs);
    assertThat(pairs.keySet()).containsExactly("en", "vi");
    assertThat(pairs.values()).containsExactly("Network", "Mạng lưới");
    assertThat(pairs.get("vi")).isEqualTo("Mạng lưới");
    assertThat(pairs.get("x")).isNull();
    assertThat(pairs.containsKey("en")).isTrue();
    assertThat(pairs).hasToString("{en=Network, vi=Mạng lưới}");
  }

  @Test
  void cannotBeChanged() {
    assertThatThrownBy(() -> pairs.put("fr", "Réseau")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> pairs.keySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> pairs.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
