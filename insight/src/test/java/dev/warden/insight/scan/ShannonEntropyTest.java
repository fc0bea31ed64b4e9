package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShannonEntropyTest {
  @ParameterizedTest
  @CsvSource({"'', 0", "aaaa, 0", "abab, 1", "abcd, 2", "abcdefgh, 3"})
  void bitsPerChar(String text, double bits) {
    assertThat(ShannonEntropy.bitsPerChar(text)).isCloseTo(bits, within(1e-9));
  }
}
