package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "https://idp.example.com/saml | https://idp.example.com/saml",
      "a&b                          | a&amp;b",
      "`<x \"y\" 'z'>`              | `&lt;x &quot;y&quot; &apos;z&apos;&gt;`",
      "``                           | ``"})
  void escapesWhatWouldEndOrBreakAnAttribute(String value, String escaped) {
    assertThat(XmlText.attribute(value == null ? "" : value)).isEqualTo(escaped == null ? "" : escaped);
  }
}
