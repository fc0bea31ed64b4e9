package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFoldTest {

  @ParameterizedTest
  @CsvSource({"JohnDoe, johndoe, true", "ß, ß, true", "straße, STRASSE, false", "İ, i, true", "abc, abd, false", "'', '', true"})
  void agreesWithEqualsIgnoreCase(String a, String b, boolean expected) {
    assertThat(CaseFold.equalsFolded(CaseFold.fold(a), b)).isEqualTo(expected).isEqualTo(a.equalsIgnoreCase(b));
    assertThat(CaseFold.fold(a).length()).isEqualTo(a.length());
  }

  @org.junit.jupiter.api.Test
  void foldedTextIsReturnedAsIs() {
    String lower = "already-lower";
    assertThat(CaseFold.fold(lower)).isSameAs(lower);
  }
}
