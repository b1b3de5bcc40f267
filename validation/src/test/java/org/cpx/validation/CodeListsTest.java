package org.cpx.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeListsTest {
  @Test
  void holdsEveryCodeOfTheFrozenLists() {
    assertThat(CodeLists.sizes()).containsExactly(249, 33, 169, 183);
  }

  @Test
  void knowsAssignedCountriesOnly() {
    assertThat(CodeLists.isCountry("VN")).isTrue();
    assertThat(CodeLists.isCountry("GB")).isTrue();
    assertThat(CodeLists.isCountry("UK")).as("exceptionally reserved, not assigned").isFalse();
    assertThat(CodeLists.isCountry("XK")).as("user-assigned").isFalse();
    assertThat(CodeLists.isCountry("vn")).isFalse();
  }

  @Test
  void knowsRegionsAndTargets() {
    assertThat(CodeLists.isRegion("142")).isTrue();
    assertThat(CodeLists.isRegion("035")).isTrue();
    assertThat(CodeLists.isRegion("704")).as("Viet Nam is a country, not a region").isFalse();
    assertThat(CodeLists.isSdgTarget("16.2")).isTrue();
    assertThat(CodeLists.isSdgTarget("1.b")).isTrue();
    assertThat(CodeLists.isSdgTarget("17.19")).isTrue();
    assertThat(CodeLists.isSdgTarget("16.11")).isFalse();
    assertThat(CodeLists.isSdgTarget("17.a")).isFalse();
  }

  @Test
  void knowsActiveCurrencies() {
    assertThat(CodeLists.isCurrency("VND")).isTrue();
    assertThat(CodeLists.isCurrency("XCG")).isTrue();
    assertThat(CodeLists.isCurrency("VDN")).isFalse();
    assertThat(CodeLists.isCurrency("DEM")).as("withdrawn in 2002").isFalse();
    assertThat(CodeLists.isCurrency("vnd")).isFalse();
  }

  @Test
  void checksTheFormOfSubdivisions() {
    assertThat(CodeLists.isSubdivisionForm("VN-HN")).isTrue();
    assertThat(CodeLists.isSubdivisionForm("FR-75C")).isTrue();
    assertThat(CodeLists.isSubdivisionForm("VN-HANOI")).isFalse();
    assertThat(CodeLists.isSubdivisionForm("vn-hn")).isFalse();
  }
}
