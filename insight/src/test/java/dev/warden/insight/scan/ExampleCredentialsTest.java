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
}
