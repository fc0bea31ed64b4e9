package dev.warden.server.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SamlProviderMetadataTest {

    static final TestSamlIdp IDP = TestSamlIdp.create("https://idp.example.com/metadata");

    @Test
    void readsTheEntityIdAndTheSigningCertificate() {
        SamlProviderMetadata metadata = SamlProviderMetadata.parse(IDP.metadata());

        assertThat(metadata.entityId()).isEqualTo("https://idp.example.com/metadata");
        assertThat(metadata.signingCertificates()).hasSize(1);
    }

    @Test
    void aKeyDescriptorWithoutUseIsASigningKey() {
        SamlProviderMetadata metadata = SamlProviderMetadata.parse(IDP.metadata().replace(" use=\"signing\"", ""));

        assertThat(metadata.signingCertificates()).hasSize(1);
    }

    static Stream<Arguments> unusable() {
        return Stream.of(
                Arguments.of("encryption key only", IDP.metadata().replace("use=\"signing\"", "use=\"encryption\""),
                        "no signing certificate"),
                Arguments.of("no entityID", IDP.metadata().replace("entityID=", "other="), "no EntityDescriptor"),
                Arguments.of("unreadable certificate", IDP.metadata().replaceFirst(
                        "<ds:X509Certificate>[^<]*<", "<ds:X509Certificate>AAAA<"), "cannot be read"),
                Arguments.of("a DTD", "<!DOCTYPE md [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + IDP.metadata(),
                        "without a DTD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusable")
    void metadataWithoutAnIssuerOrSigningKeyVerifiesNothing(String name, String document, String message) {
        assertThatThrownBy(() -> SamlProviderMetadata.parse(document)).isInstanceOfSatisfying(AwsError.class, e -> {
            assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
