package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SamlNameIdFormatTest {

  @ParameterizedTest
  @CsvSource({
      "persistent, urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      "Transient, urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
      "emailAddress, urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
      "unspecified, urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
      "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName, urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName"})
  void shortNamesAndUris(String given, String uri) {
    assertThat(SamlNameIdFormat.uri(given)).isEqualTo(uri);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "email", "kerberos"})
  void anythingElseIsRefusedNamingTheChoices(String given) {
    assertThatThrownBy(() -> SamlNameIdFormat.uri(given)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("persistent, transient, emailAddress, unspecified");
  }
}
