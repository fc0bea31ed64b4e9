package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.warden.server.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.CreateOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.Tag;

/** OpenID Connect providers end to end: the AWS SDK against a real server, over SQLite and (when configured) PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamOidcProvidersSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String THUMB = "6938fd4d98bab03faadb97b34396831e3780aea1";

    @Test
    void lifeCycle() {
        CreateOpenIdConnectProviderResponse created = iam.createOpenIDConnectProvider(r -> r
                .url("https://token.actions.githubusercontent.com").clientIDList("sts.amazonaws.com")
                .thumbprintList(THUMB).tags(Tag.builder().key("ci").value("github").build()));
        String arn = created.openIDConnectProviderArn();
        assertThat(arn).isEqualTo("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com");
        assertThat(created.tags()).extracting(Tag::key).containsExactly("ci");

        GetOpenIdConnectProviderResponse got = iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        assertThat(got.url()).isEqualTo("token.actions.githubusercontent.com");
        assertThat(got.clientIDList()).containsExactly("sts.amazonaws.com");
        assertThat(got.thumbprintList()).containsExactly(THUMB);
        assertThat(got.createDate()).isNotNull();
        assertThat(got.tags()).extracting(Tag::value).containsExactly("github");

        iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("my-app"));
        iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("my-app"));
        iam.removeClientIDFromOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("sts.amazonaws.com"));
        iam.updateOpenIDConnectProviderThumbprint(r -> r.openIDConnectProviderArn(arn).thumbprintList("F".repeat(40)));
        got = iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        assertThat(got.clientIDList()).containsExactly("my-app");
        assertThat(got.thumbprintList()).containsExactly("F".repeat(40));

        iam.tagOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).tags(Tag.builder().key("x").value("1").build()));
        iam.untagOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).tagKeys("ci"));
        assertThat(iam.listOpenIDConnectProviderTags(r -> r.openIDConnectProviderArn(arn)).tags())
                .extracting(Tag::key).containsExactly("x");

        assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList())
                .extracting(OpenIDConnectProviderListEntry::arn).contains(arn);
        assertThat(iam.getAccountSummary().summaryMap().get(SummaryKeyType.PROVIDERS)).isPositive();

        iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        assertIamError(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)), "NoSuchEntity", 404);
    }

    @Test
    void sameUrlTwiceIsEntityAlreadyExists() {
        iam.createOpenIDConnectProvider(r -> r.url("https://dup.example.com/realms/x").clientIDList("a"));
        var error = assertIamError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://dup.example.com/realms/x")),
                "EntityAlreadyExists", 409);
        assertThat(error.awsErrorDetails().errorMessage())
                .isEqualTo("Provider with url https://dup.example.com/realms/x already exists.");
    }

    @Test
    void badUrlsAndThumbprintsAreRefused() {
        assertIamError(() -> iam.createOpenIDConnectProvider(r -> r.url("http://plain.example.com")), "InvalidInput", 400);
        assertIamError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://ported.example.com:8443")),
                "InvalidInput", 400);
        assertIamError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://q.example.com/?x=1")),
                "InvalidInput", 400);
        assertIamError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://t.example.com").thumbprintList("abc")),
                "ValidationError", 400);
        assertIamError(() -> iam.createOpenIDConnectProvider(r -> r.url("https://t.example.com")
                .thumbprintList("1".repeat(40), "2".repeat(40), "3".repeat(40), "4".repeat(40), "5".repeat(40),
                        "6".repeat(40))), "LimitExceeded", 409);
        assertIamError(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(
                "arn:aws:iam::123456789012:role/not-a-provider")), "InvalidInput", 400);
    }

    @Test
    void signingKeysSetThroughTheCoreAreNotExposedByTheApi() throws Exception {
        String arn = iam.createOpenIDConnectProvider(r -> r.url("https://keys.example.com").clientIDList("app"))
                .openIDConnectProviderArn();
        var key = new RSAKeyGenerator(2048).keyID("k1").generate();
        warden.home().iam().openIdConnectProviders().setSigningKeys(arn, new JWKSet(key.toPublicJWK()).toString());
        assertThat(warden.home().iam().openIdConnectProviders().findByIssuer("https://keys.example.com")
                .orElseThrow().signingKeys().keySet().getKeyByKeyId("k1")).isNotNull();
        GetOpenIdConnectProviderResponse got = iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
        assertThat(got.url()).isEqualTo("keys.example.com");
        assertThat(got.clientIDList()).containsExactly("app");
    }
}
