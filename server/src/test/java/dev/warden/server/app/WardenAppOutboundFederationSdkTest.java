package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.Tag;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetOutboundWebIdentityFederationInfoResponse;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetWebIdentityTokenResponse;

/**
 * Outbound web identity federation end to end: Warden on a free port, the AWS SDK for Java v2
 * enabling the feature (IamClient) and getting tokens (StsClient), and Nimbus' JWT processor, as an
 * external service would, fetching the issuer's discovery document and JWKS over HTTP and verifying
 * the tokens. Runs on the system clock: the verifier checks {@code exp} against real time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WardenAppOutboundFederationSdkTest {

    static final String ACCOUNT = "123456789012";
    static final String AUDIENCE = "https://api.example.com";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    static WardenApp app;
    static Iam iam;
    static AwsCredentials admin;
    static AwsCredentials limited;
    static AwsCredentials nobody;

    @BeforeAll
    static void start() throws Exception {
        app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, Clock.systemUTC()));
        iam = app.home().iam();
        admin = SdkClients.credentialsFile(app.home().credentialsFile());
        // olga may get tokens for one audience, at most 300 seconds long; she has a principal tag.
        iam.users().createUser(new UserRequests.CreateUser("olga", "/", null, List.of(new Tag("team", "data"))));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("olga", "tokens", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetWebIdentityToken",\
                "Resource":"*","Condition":{"ForAllValues:StringEquals":{"sts:IdentityTokenAudience":"%s"},\
                "NumericLessThanEquals":{"sts:DurationSeconds":300}}}]}""".formatted(AUDIENCE)));
        limited = keyOf("olga");
        iam.users().createUser(UserRequests.CreateUser.named("eve"));
        nobody = keyOf("eve");
        iam.roles().createRole(dev.warden.core.iam.RoleRequests.CreateRole.of("worker", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},\
                "Action":"sts:AssumeRole"}]}""".formatted(ACCOUNT)));
        iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("worker", "tokens", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetWebIdentityToken",\
                "Resource":"*"}]}"""));
        app.iamChanged();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static AwsCredentials keyOf(String user) {
        CreatedAccessKey key = iam.accessKeys().createAccessKey(user);
        return AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
    }

    static GetWebIdentityTokenResponse token(AwsCredentials credentials,
            java.util.function.Consumer<software.amazon.awssdk.services.sts.model.GetWebIdentityTokenRequest.Builder> request) {
        try (StsClient sts = SdkClients.sts(app, credentials)) {
            return sts.getWebIdentityToken(request);
        }
    }

    static AwsServiceException tokenFailure(AwsCredentials credentials,
            java.util.function.Consumer<software.amazon.awssdk.services.sts.model.GetWebIdentityTokenRequest.Builder> request) {
        return WardenAppSdkTest.failure(() -> token(credentials, request));
    }

    static String issuer() {
        try (IamClient client = SdkClients.iam(app, admin)) {
            return client.getOutboundWebIdentityFederationInfo(r -> { }).issuerIdentifier();
        }
    }

    /** Verifies as an external service would: keys from the JWKS the discovery document names, fetched over HTTP. */
    static JWTClaimsSet verify(String token, String expectedIssuer) throws Exception {
        JsonNode discovery = get(URI.create(expectedIssuer + "/.well-known/openid-configuration"));
        assertThat(discovery.path("issuer").asText()).isEqualTo(expectedIssuer);
        JWKSource<SecurityContext> keys = JWKSourceBuilder
                .create(URI.create(discovery.path("jwks_uri").asText()).toURL()).retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES384),
                keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(AUDIENCE,
                new JWTClaimsSet.Builder().issuer(expectedIssuer).build(), Set.of("sub", "iat", "exp", "jti")));
        return processor.process(token, null);
    }

    static JsonNode get(URI uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    @Order(1)
    void beforeEnablingTokensAndInfoAreRefused() {
        AwsServiceException disabled = tokenFailure(admin, r -> r.audience(AUDIENCE).signingAlgorithm("RS256"));
        assertThat(disabled.awsErrorDetails().errorCode()).isEqualTo("OutboundWebIdentityFederationDisabledException");
        assertThat(disabled.statusCode()).isEqualTo(403);

        try (IamClient client = SdkClients.iam(app, admin)) {
            AwsServiceException info = WardenAppSdkTest.failure(() -> client.getOutboundWebIdentityFederationInfo(r -> { }));
            assertThat(info.awsErrorDetails().errorCode()).isEqualTo("FeatureDisabled");
            assertThat(info.statusCode()).isEqualTo(404);
            AwsServiceException disable = WardenAppSdkTest.failure(
                    () -> client.disableOutboundWebIdentityFederation(r -> { }));
            assertThat(disable.awsErrorDetails().errorCode()).isEqualTo("FeatureDisabled");
        }
    }

    @Test
    @Order(2)
    void enablingGivesAnIssuerUrlOnWardensAddressOnce() {
        try (IamClient client = SdkClients.iam(app, admin)) {
            String issuer = client.enableOutboundWebIdentityFederation(r -> { }).issuerIdentifier();

            assertThat(issuer).matches("http://127\\.0\\.0\\.1:" + app.port() + "/outbound-identity/[0-9a-f]{32}");
            GetOutboundWebIdentityFederationInfoResponse info = client.getOutboundWebIdentityFederationInfo(r -> { });
            assertThat(info.issuerIdentifier()).isEqualTo(issuer);
            assertThat(info.jwtVendingEnabled()).isTrue();
            AwsServiceException again = WardenAppSdkTest.failure(() -> client.enableOutboundWebIdentityFederation(r -> { }));
            assertThat(again.awsErrorDetails().errorCode()).isEqualTo("FeatureEnabled");
            assertThat(again.statusCode()).isEqualTo(409);
        }
    }

    @Test
    @Order(3)
    void tokensOfBothAlgorithmsVerifyAgainstTheServedJwks() throws Exception {
        String issuer = issuer();
        for (String algorithm : List.of("RS256", "ES384")) {
            Instant before = Instant.now().minusSeconds(1);
            GetWebIdentityTokenResponse response = token(admin, r -> r.audience(AUDIENCE, "https://other.example.com")
                    .signingAlgorithm(algorithm).durationSeconds(900).tags(t -> t.key("job").value("nightly")));

            JWTClaimsSet claims = verify(response.webIdentityToken(), issuer);

            assertThat(SignedJWT.parse(response.webIdentityToken()).getHeader().getAlgorithm().getName())
                    .isEqualTo(algorithm);
            assertThat(claims.getSubject()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/admin");
            assertThat(claims.getAudience()).containsExactly(AUDIENCE, "https://other.example.com");
            assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                    .isEqualTo(Duration.ofSeconds(900));
            assertThat(claims.getIssueTime().toInstant()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(response.expiration()).isEqualTo(claims.getExpirationTime().toInstant());
            assertThat(claims.getJWTID()).isNotBlank();
            Map<String, Object> aws = claims.getJSONObjectClaim("https://sts.amazonaws.com/");
            assertThat(aws).containsEntry("aws_account", ACCOUNT).containsEntry("source_region", "us-east-1")
                    .containsEntry("request_tags", Map.of("job", "nightly"));
            String[] parts = response.webIdentityToken().split("\\.");
            String otherSubject = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    claims.toString().replace(":user/admin", ":user/eve").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThatThrownBy(() -> verify(parts[0] + "." + otherSubject + "." + parts[2], issuer))
                    .as("a changed payload fails the signature check").hasMessageContaining("Invalid signature");
        }
    }

    @Test
    @Order(4)
    void conditionKeysLimitAudienceAndDurationAndTagsNeedTheirOwnPermission() throws Exception {
        GetWebIdentityTokenResponse allowed = token(limited, r -> r.audience(AUDIENCE).signingAlgorithm("ES384"));
        JWTClaimsSet claims = verify(allowed.webIdentityToken(), issuer());
        assertThat(claims.getSubject()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/olga");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .as("default duration").isEqualTo(Duration.ofSeconds(300));
        assertThat(claims.getJSONObjectClaim("https://sts.amazonaws.com/"))
                .containsEntry("principal_tags", Map.of("team", "data")).doesNotContainKey("request_tags");

        record Refusal(String why,
                java.util.function.Consumer<software.amazon.awssdk.services.sts.model.GetWebIdentityTokenRequest.Builder> request,
                String deniedAction) {}
        for (Refusal refusal : List.of(
                new Refusal("other audience", r -> r.audience("https://evil.example.com").signingAlgorithm("RS256"),
                        "sts:GetWebIdentityToken"),
                new Refusal("too long", r -> r.audience(AUDIENCE).signingAlgorithm("RS256").durationSeconds(301),
                        "sts:GetWebIdentityToken"),
                new Refusal("tags", r -> r.audience(AUDIENCE).signingAlgorithm("RS256")
                        .tags(t -> t.key("k").value("v")), "sts:TagGetWebIdentityToken"))) {
            AwsServiceException denied = tokenFailure(limited, refusal.request());
            assertThat(denied.awsErrorDetails().errorCode()).as(refusal.why()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).as(refusal.why()).contains(refusal.deniedAction());
        }
        AwsServiceException unauthorized = tokenFailure(nobody, r -> r.audience(AUDIENCE).signingAlgorithm("RS256"));
        assertThat(unauthorized.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(unauthorized.awsErrorDetails().errorMessage())
                .contains("arn:aws:iam::" + ACCOUNT + ":user/eve").contains("sts:GetWebIdentityToken");
    }

    @Test
    @Order(5)
    void badDurationAndAlgorithmAreValidationErrors() {
        record Invalid(String why,
                java.util.function.Consumer<software.amazon.awssdk.services.sts.model.GetWebIdentityTokenRequest.Builder> request,
                String message) {}
        for (Invalid invalid : List.of(
                new Invalid("short", r -> r.audience(AUDIENCE).signingAlgorithm("RS256").durationSeconds(59),
                        "Value '59' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60"),
                new Invalid("long", r -> r.audience(AUDIENCE).signingAlgorithm("RS256").durationSeconds(3601),
                        "Value '3601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 3600"),
                new Invalid("algorithm", r -> r.audience(AUDIENCE).signingAlgorithm("HS256"),
                        "Value 'HS256' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RS256, ES384]"))) {
            AwsServiceException failure = tokenFailure(admin, invalid.request());
            assertThat(failure.awsErrorDetails().errorCode()).as(invalid.why()).isEqualTo("ValidationError");
            assertThat(failure.statusCode()).as(invalid.why()).isEqualTo(400);
            assertThat(failure.awsErrorDetails().errorMessage()).as(invalid.why()).contains(invalid.message());
        }
    }

    @Test
    @Order(6)
    void aRoleSessionsTokenNamesTheRoleAndCannotOutliveTheSession() throws Exception {
        Credentials session;
        try (StsClient sts = SdkClients.sts(app, admin)) {
            session = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/worker").roleSessionName("job")
                    .durationSeconds(900)).credentials();
        }
        AwsCredentials asRole = SdkClients.session(session);

        JWTClaimsSet claims = verify(token(asRole, r -> r.audience(AUDIENCE).signingAlgorithm("RS256"))
                .webIdentityToken(), issuer());
        assertThat(claims.getSubject()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/worker");

        AwsServiceException escalation = tokenFailure(asRole,
                r -> r.audience(AUDIENCE).signingAlgorithm("RS256").durationSeconds(3600));
        assertThat(escalation.awsErrorDetails().errorCode()).isEqualTo("SessionDurationEscalationException");
        assertThat(escalation.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void disablingStopsNewTokensButEarlierOnesStillVerify() throws Exception {
        String issuer = issuer();
        String earlier = token(admin, r -> r.audience(AUDIENCE).signingAlgorithm("ES384")).webIdentityToken();
        try (IamClient client = SdkClients.iam(app, admin)) {
            client.disableOutboundWebIdentityFederation(r -> { });
            GetOutboundWebIdentityFederationInfoResponse info = client.getOutboundWebIdentityFederationInfo(r -> { });
            assertThat(info.jwtVendingEnabled()).isFalse();
            assertThat(info.issuerIdentifier()).isEqualTo(issuer);
        }

        AwsServiceException disabled = tokenFailure(admin, r -> r.audience(AUDIENCE).signingAlgorithm("RS256"));
        assertThat(disabled.awsErrorDetails().errorCode()).isEqualTo("OutboundWebIdentityFederationDisabledException");
        assertThat(verify(earlier, issuer).getSubject()).endsWith(":user/admin");

        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/outbound-identity/" + "0".repeat(32)
                        + "/.well-known/jwks.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
