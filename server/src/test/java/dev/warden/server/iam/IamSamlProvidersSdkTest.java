package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.GetSamlProviderResponse;
import software.amazon.awssdk.services.iam.model.SAMLProviderListEntry;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.Tag;

/** SAML providers end to end: the AWS SDK against a real server, over SQLite and (when configured) PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamSamlProvidersSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static String metadata(String rootAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" \
                xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example.com/saml" %s>
                  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s\
                </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
                  </md:IDPSSODescriptor>
                </md:EntityDescriptor>
                """.formatted(rootAttributes, "MIIC".repeat(250));
    }

    @Test
    void lifeCycle() {
        int providersBefore = iam.getAccountSummary().summaryMap().get(SummaryKeyType.PROVIDERS);
        String arn = iam.createSAMLProvider(r -> r.name("Okta").samlMetadataDocument(metadata(""))
                .tags(Tag.builder().key("team").value("identity").build())).samlProviderArn();
        assertThat(arn).isEqualTo("arn:aws:iam::123456789012:saml-provider/Okta");

        GetSamlProviderResponse got = iam.getSAMLProvider(r -> r.samlProviderArn(arn));
        assertThat(got.samlMetadataDocument()).isEqualTo(metadata(""));
        assertThat(got.createDate()).isNotNull();
        assertThat(got.validUntil()).isNull();
        assertThat(got.tags()).extracting(Tag::key).containsExactly("team");

        String updated = metadata("validUntil=\"2031-05-06T07:08:09Z\"");
        assertThat(iam.updateSAMLProvider(r -> r.samlProviderArn(arn).samlMetadataDocument(updated))
                .samlProviderArn()).isEqualTo(arn);
        assertThat(iam.getSAMLProvider(r -> r.samlProviderArn(arn)).validUntil())
                .isEqualTo(Instant.parse("2031-05-06T07:08:09Z"));
        assertThat(iam.listSAMLProviders().samlProviderList()).filteredOn(p -> p.arn().equals(arn))
                .singleElement().satisfies(p -> {
            assertThat(p.arn()).isEqualTo(arn);
            assertThat(p.validUntil()).isEqualTo(Instant.parse("2031-05-06T07:08:09Z"));
            assertThat(p.createDate()).isNotNull();
        });
        assertThat(iam.getAccountSummary().summaryMap().get(SummaryKeyType.PROVIDERS)).isEqualTo(providersBefore + 1);

        iam.tagSAMLProvider(r -> r.samlProviderArn(arn).tags(Tag.builder().key("env").value("prod").build()));
        iam.untagSAMLProvider(r -> r.samlProviderArn(arn).tagKeys("team"));
        assertThat(iam.listSAMLProviderTags(r -> r.samlProviderArn(arn)).tags()).extracting(Tag::key)
                .containsExactly("env");

        iam.deleteSAMLProvider(r -> r.samlProviderArn(arn));
        assertIamError(() -> iam.getSAMLProvider(r -> r.samlProviderArn(arn)), "NoSuchEntity", 404);
        assertThat(iam.listSAMLProviders().samlProviderList()).extracting(SAMLProviderListEntry::arn)
                .doesNotContain(arn);
    }

    @Test
    void badInputIsRefusedWithAwsErrors() {
        iam.createSAMLProvider(r -> r.name("Dup").samlMetadataDocument(metadata("")));
        assertIamError(() -> iam.createSAMLProvider(r -> r.name("dup").samlMetadataDocument(metadata(""))),
                "EntityAlreadyExists", 409);
        assertIamError(() -> iam.createSAMLProvider(r -> r.name("short").samlMetadataDocument("<x/>")),
                "ValidationError", 400);
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&e;\"/>"
                + "<!--" + " ".repeat(1_000) + "-->";
        var error = assertIamError(() -> iam.createSAMLProvider(r -> r.name("xxe").samlMetadataDocument(doctype)),
                "InvalidInput", 400);
        assertThat(error.awsErrorDetails().errorMessage()).startsWith("Could not parse metadata").doesNotContain("root:");
        assertIamError(() -> iam.getSAMLProvider(r -> r.samlProviderArn(
                "arn:aws:iam::123456789012:saml-provider/none")), "NoSuchEntity", 404);
    }

    @Test
    void theMetadataDocumentTravelsEscapedOnTheWire() throws Exception {
        String arn = iam.createSAMLProvider(r -> r.name("Wire").samlMetadataDocument(metadata(""))).samlProviderArn();
        RawIamCall.Reply reply = RawIamCall.post(warden, Map.of("Action", "GetSAMLProvider", "SAMLProviderArn", arn));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).contains("<SAMLMetadataDocument>&lt;?xml version=");
        assertThat(reply.text("SAMLMetadataDocument")).isEqualTo(metadata(""));
    }
}
