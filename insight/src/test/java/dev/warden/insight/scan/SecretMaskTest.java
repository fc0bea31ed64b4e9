package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskTest {
  @ParameterizedTest
  @CsvSource({
      "q8Ld3/Zp2Yk+R7vN0wXsT4mB9cJhE1uF6aGiK5oV, q8Ld****",
      "abcdefgh, ab****",
      "abc, ****"})
  void showsAtMostTheFirstFourCharacters(String secret, String shown) {
    assertThat(SecretMask.mask(secret)).isEqualTo(shown);
  }
}
