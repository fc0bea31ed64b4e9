package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyNumberTest {

  @ParameterizedTest
  @CsvSource({"10,10", "-2.5,-2.5", "+3,3", "1e3,1000", "1E-2,0.01", ".5,0.5", "5.,5", "007,7"})
  void readsNumbers(String text, String expected) {
    assertThat(PolicyNumber.parseOrNull(text)).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1 ", "ten", "0x10", "NaN", "Infinity", "1e", "1e99999", "--1", "1.2.3", ".", "+", "1,5"})
  void refusesOtherText(String text) {
    assertThat(PolicyNumber.parseOrNull(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"0,true", "-123,true", "+5,true", "123456789012345678,true", "1234567890123456789,false", "1.0,false", "-,false"})
  void recognisesSmallIntegers(String text, boolean small) {
    assertThat(PolicyNumber.isSmallInteger(text)).isEqualTo(small);
    if (small) {
      assertThat(PolicyNumber.parseSmallInteger(text)).isEqualTo(Long.parseLong(text));
    }
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongText() {
    assertThat(PolicyNumber.parseOrNull("1".repeat(PolicyNumber.MAX_LENGTH + 1))).isNull();
    assertThat(PolicyNumber.parseOrNull("1".repeat(PolicyNumber.MAX_LENGTH))).isNotNull();
  }
}
