package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExampleCredentialsTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "ACCESS_KEY_ID     | AKIAIOSFODNN7EXAMPLE                     | AWS documentation example",
      "SECRET_ACCESS_KEY | wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY | AWS documentation example",
      "ACCESS_KEY_ID     | AKIAFAKEFAKEFAKEFAKE                     | test fixture (fake)",
      "ACCESS_KEY_ID     | AKIAAAAAAAAAAAAAAAAA                     | test fixture (repeated characters)",
      "ACCESS_KEY_ID     | AKIAABABABABABABABAB                     | test fixture (not random)",
      "SECRET_ACCESS_KEY | abcdefghijABCDEFGHIJabcdefghijABCDEFGHIJ | test fixture (sequence)",
      "SECRET_ACCESS_KEY | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | test fixture (xxxx)",
      "SECRET_ACCESS_KEY | aAbBcCaAbBcCaAbBcCaAbBcCaAbBcCaAbBcCaAbB | test fixture (not random)",
  })
  void recognises(CredentialKind kind, String value, String reason) {
    assertThat(ExampleCredentials.reason(kind, value).orElse(null)).isEqualTo(reason);
  }

  /**
   * Uniformly random values, as AWS and Warden generate them (drawn here, so this file holds none),
   * are almost never taken for fixtures: at most 1 in 1,000.
   */
  @ParameterizedTest
  @CsvSource({"ACCESS_KEY_ID, AKIA, ABCDEFGHIJKLMNOPQRSTUVWXYZ234567, 16",
      "SECRET_ACCESS_KEY, '', ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/, 40",
      "SESSION_TOKEN, '', ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/, 400"})
  void randomValuesAreAlmostNeverFixtures(CredentialKind kind, String prefix, String alphabet, int length) {
    java.util.Random random = new java.util.Random(5);
    int fixtures = 0;
    for (int i = 0; i < 10_000; i++) {
      StringBuilder value = new StringBuilder(prefix);
      for (int j = 0; j < length; j++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (ExampleCredentials.reason(kind, value).isPresent()) {
        fixtures++;
      }
    }
    assertThat(fixtures).isLessThanOrEqualTo(10);
  }
}
