package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.OpenIdConnectProvider;
import dev.warden.core.model.Tag;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OidcProviderServiceTest {
    static final String GITHUB = "https://token.actions.githubusercontent.com";
    static final String GITHUB_ARN = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
    static final String THUMB = "6938fd4d98bab03faadb97b34396831e3780aea1";
    static RSAKey signing;

    @TempDir
    Path dir;

    private IamFixture fx;
    private OidcProviderService providers;

    @BeforeAll
    static void key() throws JOSEException {
        signing = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir, IamQuotas.defaults().withOpenIdConnectProviders(3));
        providers = fx.iam.openIdConnectProviders();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void createsWithArnFromHostAndPath() {
        OpenIdConnectProvider p = providers.createOpenIdConnectProvider(new OidcProviderRequests.CreateProvider(
                "https://oidc.eks.us-east-1.amazonaws.com/id/ABC123", List.of("sts.amazonaws.com", "b", "b"),
                List.of(THUMB), List.of(new Tag("env", "dev"))));
        assertThat(p.arn()).isEqualTo("arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC123");
        assertThat(p.url()).isEqualTo("oidc.eks.us-east-1.amazonaws.com/id/ABC123");
        assertThat(p.issuer()).isEqualTo("https://oidc.eks.us-east-1.amazonaws.com/id/ABC123");
        assertThat(p.clientIds()).containsExactly("sts.amazonaws.com", "b");
        assertThat(p.thumbprints()).containsExactly(THUMB);
        assertThat(p.createDate()).isEqualTo(IamFixture.NOW);
        assertThat(p.keys()).isEmpty();
        assertThat(providers.getOpenIdConnectProvider(p.arn())).isEqualTo(p);
        assertThat(providers.listOpenIdConnectProviders()).containsExactly(p);
    }

    @Test
    void urlIsUniqueAndCaseSensitive() {
        providers.createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of(GITHUB, "sts.amazonaws.com"));
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> providers.createOpenIdConnectProvider(
                OidcProviderRequests.CreateProvider.of(GITHUB)))
                .hasMessage("Provider with url " + GITHUB + " already exists.");
        providers.createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of(
                "https://TOKEN.actions.githubusercontent.com"));
        assertThat(providers.listOpenIdConnectProviders()).hasSize(2);
    }

    @Test
    void clientIdsAreAddedAndRemovedIdempotently() {
        providers.createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of(GITHUB, "a"));
        providers.addClientIdToOpenIdConnectProvider(new OidcProviderRequests.ClientIdChange(GITHUB_ARN, "b"));
        providers.addClientIdToOpenIdConnectProvider(new OidcProviderRequests.ClientIdChange(GITHUB_ARN, "b"));
        providers.removeClientIdFromOpenIdConnectProvider(new OidcProviderRequests.ClientIdChange(GITHUB_ARN, "a"));
        providers.removeClientIdFromOpenIdConnectProvider(new OidcProviderRequests.ClientIdChange(GITHUB_ARN, "zz"));
        OpenIdConnectProvider p = providers.getOpenIdConnectProvider(GITHUB_ARN);
        assertThat(p.clientIds()).containsExactly("b");
        assertThat(p.acceptsAudience("b")).isTrue();
        assertThat(p.acceptsAudience("B")).isFalse();
        assertThat(p.acceptsAudience(null)).isFalse();
    }

    @Test
    void clientIdQuotaIsOneHundred() {
        List<String> hundred = IntStream.rangeClosed(1, 100).mapToObj(i -> "client-" + i).toList();
        providers.createOpenIdConnectProvider(new OidcProviderRequests.CreateProvider(GITHUB, hundred, null, null));
        providers.addClientIdToOpenIdConnectProvider(new OidcProviderRequests.ClientIdChange(GITHUB_ARN, "client-1"));
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> providers.addClientIdToOpenIdConnectProvider(
                new OidcProviderRequests.ClientIdChange(GITHUB_ARN, "client-101")))
                .hasMessage("Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100");
    }

    @Test
    void thumbprintsAreReplacedNotMerged() {
        providers.createOpenIdConnectProvider(new OidcProviderRequests.CreateProvider(GITHUB, null, List.of(THUMB), null));
        String other = "A".repeat(40);
        providers.updateOpenIdConnectProviderThumbprint(new OidcProviderRequests.UpdateThumbprints(GITHUB_ARN,
                List.of(other)));
        assertThat(providers.getOpenIdConnectProvider(GITHUB_ARN).thumbprints()).containsExactly(other);
        providers.updateOpenIdConnectProviderThumbprint(new OidcProviderRequests.UpdateThumbprints(GITHUB_ARN, List.of()));
        assertThat(providers.getOpenIdConnectProvider(GITHUB_ARN).thumbprints()).isEmpty();
    }

    @Test
    void deleteIsIdempotentAndLookupsFollowIt() {
        providers.createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of(GITHUB, "sts.amazonaws.com"));
        assertThat(providers.findByIssuer(GITHUB)).map(OpenIdConnectProvider::arn).contains(GITHUB_ARN);
        assertThat(providers.findByIssuer(GITHUB + "/")).isEmpty();
        assertThat(providers.findByIssuer("token.actions.githubusercontent.com")).isEmpty();
        assertThat(providers.findByIssuer(null)).isEmpty();
        assertThat(providers.findByArn(GITHUB_ARN)).isPresent();
        assertThat(providers.findByArn("arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com"))
                .isEmpty();

        providers.deleteOpenIdConnectProvider(GITHUB_ARN);
        providers.deleteOpenIdConnectProvider(GITHUB_ARN);
        assertThat(providers.findByIssuer(GITHUB)).isEmpty();
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> providers.getOpenIdConnectProvider(GITHUB_ARN))
                .hasMessage("OpenIDConnect Provider not found for arn " + GITHUB_ARN);
    }

    @Test
    void signingKeysAreStoredPublicAndReadBack() throws JOSEException {
        providers.createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of(GITHUB, "sts.amazonaws.com"));
        OpenIdConnectProvider withKeys = providers.setSigningKeys(GITHUB_ARN,
                new JWKSet(signing.toPublicJWK()).toString());
        assertThat(withKeys.keys()).isPresent();
        assertThat(withKeys.signingKeys().updatedAt()).isEqualTo(IamFixture.NOW);
        JWKSet keys = providers.findByIssuer(GITHUB).orElseThrow().signingKeys().keySet();
        assertThat(((RSAKey) keys.getKeyByKeyId("k1")).toRSAPublicKey()).isEqualTo(signing.toRSAPublicKey());

        failsWith(IamErrorCode.INVALID_INPUT, () -> providers.setSigningKeys(GITHUB_ARN,
                new JWKSet(signing).toString(false)));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> providers.setSigningKeys(
                "arn:aws:iam::123456789012:oidc-provider/elsewhere.example.com", new JWKSet(signing.toPublicJWK()).toString()));
        assertThat(providers.findByIssuer(GITHUB).orElseThrow().signingKeys().keySet().getKeys()).hasSize(1);
    }

    @Test
    void tagsAndProviderQuota() {
        providers.createOpenIdConnectProvider(new OidcProviderRequests.CreateProvider(GITHUB, null, null,
                List.of(new Tag("a", "1"))));
        providers.tagOpenIdConnectProvider(new OidcProviderRequests.TagProvider(GITHUB_ARN, List.of(new Tag("b", "2"))));
        // OIDC provider tag keys are case sensitive (IAM User Guide, "Tagging IAM resources").
        providers.untagOpenIdConnectProvider(new OidcProviderRequests.UntagProvider(GITHUB_ARN, List.of("A")));
        assertThat(providers.listOpenIdConnectProviderTags(GITHUB_ARN, ListOptions.all()).items())
                .containsExactly(new Tag("a", "1"), new Tag("b", "2"));
        providers.untagOpenIdConnectProvider(new OidcProviderRequests.UntagProvider(GITHUB_ARN, List.of("a")));
        assertThat(providers.listOpenIdConnectProviderTags(GITHUB_ARN, ListOptions.all()).items())
                .containsExactly(new Tag("b", "2"));

        providers.createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of("https://two.example.com"));
        providers.createOpenIdConnectProvider(OidcProviderRequests.CreateProvider.of("https://three.example.com"));
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> providers.createOpenIdConnectProvider(
                OidcProviderRequests.CreateProvider.of("https://four.example.com")))
                .hasMessage("Cannot exceed quota for OpenIdConnectProvidersPerAccount: 3");
        assertThat(fx.iam.accountSummary().getAccountSummary()).containsEntry("Providers", 3);
    }

    static Stream<Arguments> badCreates() {
        return Stream.of(
                Arguments.of("http scheme", "http://example.com", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("no scheme", "example.com", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("upper-case scheme", "HTTPS://example.com", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("port", "https://example.com:8443", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("query", "https://example.com/?a=b", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("fragment", "https://example.com/#x", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("user info", "https://me@example.com", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("no host", "https:///path", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("space", "https://exa mple.com", null, null, IamErrorCode.INVALID_INPUT),
                Arguments.of("missing url", null, null, null, IamErrorCode.VALIDATION_ERROR),
                Arguments.of("url over 255", "https://" + "a".repeat(250) + ".com", null, null,
                        IamErrorCode.VALIDATION_ERROR),
                Arguments.of("empty client id", "https://example.com", List.of(""), null, IamErrorCode.VALIDATION_ERROR),
                Arguments.of("client id over 255", "https://example.com", List.of("c".repeat(256)), null,
                        IamErrorCode.VALIDATION_ERROR),
                Arguments.of("101 client ids", "https://example.com",
                        IntStream.rangeClosed(1, 101).mapToObj(i -> "c" + i).toList(), null, IamErrorCode.LIMIT_EXCEEDED),
                Arguments.of("short thumbprint", "https://example.com", null, List.of("abc"), IamErrorCode.VALIDATION_ERROR),
                Arguments.of("long thumbprint", "https://example.com", null, List.of(THUMB + "0"),
                        IamErrorCode.VALIDATION_ERROR),
                Arguments.of("thumbprint not hex", "https://example.com", null, List.of("g".repeat(40)),
                        IamErrorCode.INVALID_INPUT),
                Arguments.of("six thumbprints", "https://example.com", null,
                        IntStream.range(0, 6).mapToObj(i -> Integer.toString(i).repeat(40)).toList(),
                        IamErrorCode.LIMIT_EXCEEDED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCreates")
    void refusesBadCreate(String what, String url, List<String> clientIds, List<String> thumbprints, IamErrorCode code) {
        failsWith(code, () -> providers.createOpenIdConnectProvider(
                new OidcProviderRequests.CreateProvider(url, clientIds, thumbprints, null)));
        assertThat(providers.listOpenIdConnectProviders()).isEmpty();
    }

    static Stream<Arguments> badArns() {
        return Stream.of(
                Arguments.of("too short", "arn:aws:iam::1", IamErrorCode.VALIDATION_ERROR),
                Arguments.of("not an oidc provider", "arn:aws:iam::123456789012:saml-provider/x", IamErrorCode.INVALID_INPUT),
                Arguments.of("not an ARN", "token.actions.githubusercontent.com", IamErrorCode.INVALID_INPUT),
                Arguments.of("other account", "arn:aws:iam::999999999999:oidc-provider/example.com",
                        IamErrorCode.NO_SUCH_ENTITY),
                Arguments.of("missing", "arn:aws:iam::123456789012:oidc-provider/nobody.example.com",
                        IamErrorCode.NO_SUCH_ENTITY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArns")
    void refusesBadArn(String what, String arn, IamErrorCode code) {
        failsWith(code, () -> providers.getOpenIdConnectProvider(arn));
        failsWith(code, () -> providers.addClientIdToOpenIdConnectProvider(new OidcProviderRequests.ClientIdChange(arn, "x")));
    }
}
