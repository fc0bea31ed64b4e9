package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.saml.SamlProviderMetadata;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestIdpSamlMetadataTest {
  static TestIdpKeys keys;

  @BeforeAll
  static void generate() {
    keys = TestIdpKeys.generate(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://test-idp.warden.invalid/saml | https://test-idp.warden.invalid/saml/sso",
      "https://idp.example.com/             | https://idp.example.com/sso",
      "urn:example:idp                      | https://test-idp.warden.invalid/sso",
      "https://idp.example.com/?a=1&b=\"2\" | https://idp.example.com/?a=1&amp;b=&quot;2&quot;/sso"})
  void theServerReadsTheEntityIdAndSigningCertificate(String entityId, String ssoLocation) {
    String document = TestIdpSamlMetadata.document(entityId, keys.certificate());
    assertThat(document.length()).isGreaterThanOrEqualTo(1000);
    assertThat(document).contains("<md:KeyDescriptor use=\"signing\">").contains("Location=\"" + ssoLocation + "\"");
    SamlProviderMetadata parsed = SamlProviderMetadata.parse(document);
    assertThat(parsed.entityId()).isEqualTo(entityId);
    assertThat(parsed.signingCertificates()).containsExactly(keys.certificate());
  }
}
