package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamlMetadataDocumentTest {

    /** A SAML 2.0 IdP metadata document of at least 1,000 characters; {@code rootAttributes} go on the root. */
    static String metadata(String rootAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" \
                xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example.com/saml" %s>
                  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s\
                </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
                    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" \
                Location="https://idp.example.com/sso"/>
                  </md:IDPSSODescriptor>
                </md:EntityDescriptor>
                """.formatted(rootAttributes, "MIIC".repeat(250));
    }

    @ParameterizedTest
    @CsvSource({
            "'validUntil=\"2030-01-02T03:04:05Z\"', 2030-01-02T03:04:05Z",
            "'validUntil=\"2030-01-02T03:04:05.678+01:00\"', 2030-01-02T02:04:05.678Z",
            "'validUntil=\"2030-01-02T03:04:05\"', 2030-01-02T03:04:05Z",
            "'', "})
    void wellFormedMetadataIsAcceptedWithItsValidUntil(String attributes, Instant validUntil) {
        SamlMetadataDocument.Checked checked = SamlMetadataDocument.check(metadata(attributes));
        assertThat(checked.validUntil()).isEqualTo(validUntil);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<notxml",
            "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"/>",
            "<EntityDescriptor xmlns=\"urn:example:other\"/>",
            "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" validUntil=\"soon\"/>"})
    void otherDocumentsAreInvalidInput(String document) {
        failsWith(IamErrorCode.INVALID_INPUT, () -> SamlMetadataDocument.check(padded(document)))
                .hasMessageStartingWith("Could not parse metadata");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsResolvedOrExpanded(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top-secret");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE md:EntityDescriptor [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
                + " entityID=\"&x;\"/>";
        failsWith(IamErrorCode.INVALID_INPUT, () -> SamlMetadataDocument.check(padded(external)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("top-secret"));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&b;\"/>";
        failsWith(IamErrorCode.INVALID_INPUT, () -> SamlMetadataDocument.check(padded(laughs)));
    }

    @Test
    void lengthIsCheckedFirst() {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> SamlMetadataDocument.check("<x/>"))
                .hasMessageContaining("greater than or equal to 1000");
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> SamlMetadataDocument.check(null));
    }

    /** Pads a document past the 1,000-character minimum with a trailing comment. */
    private static String padded(String document) {
        return document + "<!--" + " ".repeat(1_000) + "-->";
    }
}
