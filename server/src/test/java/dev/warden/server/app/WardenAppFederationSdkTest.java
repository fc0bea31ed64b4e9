package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.UserRequests;
import dev.warden.server.oidc.TestIssuer;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetFederationTokenResponse;

/**
 * Web identity federation and federated users end to end: Warden started on a free port with a fresh
 * home, an OIDC provider created through the IAM API with its signing keys stored, ID tokens signed
 * by a test issuer, and the AWS SDK for Java v2 calling AssumeRoleWithWebIdentity without
 * credentials, GetFederationToken with a user's key, and IAM/STS with the sessions; the audit log
 * attributes each call, and a denial's encoded authorization message decodes through
 * DecodeAuthorizationMessage.
 */
class WardenAppFederationSdkTest {

    static final String ACCOUNT = "123456789012";
    static final TestIssuer GITHUB = new TestIssuer("https://token.actions.githubusercontent.com", "sts.amazonaws.com");
    static final TestIssuer STRANGER = new TestIssuer("https://idp.example.com", "sts.amazonaws.com");
    static final String MAIN = "repo:org/repo:ref:refs/heads/main";
    static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/deploy";

    @TempDir
    static Path home;

    static MutableClock clock = new MutableClock();
    static WardenApp app;
    static Iam iam;
    static AwsCredentials admin;

    @BeforeAll
    static void start() throws Exception {
        app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, clock));
        iam = app.home().iam();
        admin = WardenAppSdkTest.credentialsFile(app.home().credentialsFile());
        try (IamClient asAdmin = iamClient(admin)) {
            String arn = asAdmin.createOpenIDConnectProvider(r -> r.url(GITHUB.url())
                    .clientIDList("sts.amazonaws.com")).openIDConnectProviderArn();
            iam.openIdConnectProviders().setSigningKeys(arn, GITHUB.jwks().toString());
            asAdmin.createRole(r -> r.roleName("deploy").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                    "Action":"sts:AssumeRoleWithWebIdentity","Condition":{\
                    "StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},\
                    "StringLike":{"token.actions.githubusercontent.com:sub":"repo:org/repo:*"}}}]}"""
                    .formatted(arn)));
            // Only sessions that came through this provider may list users.
            asAdmin.putRolePolicy(r -> r.roleName("deploy").policyName("list").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*",\
                    "Condition":{"StringEquals":{"aws:FederatedProvider":"%s"},\
                    "StringLike":{"token.actions.githubusercontent.com:sub":"repo:org/*"}}}]}""".formatted(arn)));
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static StsClient sts(software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials) {
        return SdkClients.sts(app, credentials);
    }

    static StsClient sts(AwsCredentials credentials) {
        return sts(StaticCredentialsProvider.create(credentials));
    }

    static IamClient iamClient(AwsCredentials credentials) {
        return SdkClients.iam(app, credentials);
    }

    static AwsCredentials session(Credentials credentials) {
        return SdkClients.session(credentials);
    }

    static String token(TestIssuer issuer, String subject, Instant now) {
        return issuer.sign(issuer.claims(subject, now).build(), JWSAlgorithm.ES256);
    }

    static AwsServiceException withWebIdentity(String token) {
        try (StsClient anonymous = sts(AnonymousCredentialsProvider.create())) {
            return WardenAppSdkTest.failure(() -> anonymous.assumeRoleWithWebIdentity(
                    r -> r.roleArn(ROLE).roleSessionName("ci").webIdentityToken(token)));
        }
    }

    @Test
    void aValidTokenAssumesTheRoleWithoutCredentials() {
        AssumeRoleWithWebIdentityResponse assumed;
        try (StsClient anonymous = sts(AnonymousCredentialsProvider.create())) {
            assumed = anonymous.assumeRoleWithWebIdentity(r -> r.roleArn(ROLE).roleSessionName("ci-run")
                    .webIdentityToken(token(GITHUB, MAIN, clock.instant())).durationSeconds(900));
        }

        assertThat(assumed.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(assumed.subjectFromWebIdentityToken()).isEqualTo(MAIN);
        assertThat(assumed.provider()).isEqualTo(GITHUB.providerArn());
        assertThat(assumed.audience()).isEqualTo("sts.amazonaws.com");
        assertThat(assumed.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/deploy/ci-run");
        try (StsClient asRole = sts(session(assumed.credentials())); IamClient iamAsRole = iamClient(session(
                assumed.credentials()))) {
            assertThat(asRole.getCallerIdentity().arn()).isEqualTo(assumed.assumedRoleUser().arn());
            // The permission policy's aws:FederatedProvider and HOST:sub conditions see the session's keys.
            assertThat(iamAsRole.listUsers().users()).extracting(u -> u.userName()).contains("admin");
        }

        List<AuditEvent> events = app.home().audit().query(AuditQuery.latest(50));
        AuditEvent assume = events.stream().filter(e -> e.eventName().equals("AssumeRoleWithWebIdentity")
                && e.errorCode() == null).findFirst().orElseThrow();
        assertThat(assume.userIdentity().type()).isEqualTo("WebIdentityUser");
        assertThat(assume.userIdentity().principalId())
                .isEqualTo(GITHUB.providerArn() + ":sts.amazonaws.com:" + MAIN);
        assertThat(assume.requestParameters().toString()).doesNotContain("eyJ");
        AuditEvent list = events.stream().filter(e -> e.eventName().equals("ListUsers")).findFirst().orElseThrow();
        assertThat(list.userIdentity().arn()).isEqualTo(assumed.assumedRoleUser().arn());
        assertThat(list.userIdentity().sessionContext().webIdFederationData().federatedProvider())
                .isEqualTo(GITHUB.providerArn());
        assertThat(list.userIdentity().sessionContext().webIdFederationData().attributes())
                .containsEntry("token.actions.githubusercontent.com:sub", MAIN);
    }

    @Test
    void badTokensAreRefusedWithAwsErrors() {
        Instant now = clock.instant();
        TestIssuer impostor = new TestIssuer(GITHUB.url(), "sts.amazonaws.com");

        AwsServiceException wrongAudience = withWebIdentity(GITHUB.sign(GITHUB.claims(MAIN, now).audience("other").build()));
        AwsServiceException wrongIssuer = withWebIdentity(token(STRANGER, MAIN, now));
        AwsServiceException expired = withWebIdentity(token(GITHUB, MAIN, now.minusSeconds(3600)));
        AwsServiceException badSignature = withWebIdentity(token(impostor, MAIN, now));
        AwsServiceException untrustedSubject = withWebIdentity(token(GITHUB, "repo:evil/repo:ref:refs/heads/main", now));

        assertThat(wrongAudience.awsErrorDetails().errorCode()).isEqualTo("InvalidIdentityToken");
        assertThat(wrongAudience.awsErrorDetails().errorMessage()).isEqualTo("Incorrect token audience");
        assertThat(wrongAudience.statusCode()).isEqualTo(400);
        assertThat(wrongIssuer.awsErrorDetails().errorCode()).isEqualTo("InvalidIdentityToken");
        assertThat(wrongIssuer.awsErrorDetails().errorMessage())
                .isEqualTo("No OpenIDConnect provider found in your account for https://idp.example.com");
        assertThat(expired.awsErrorDetails().errorCode()).isEqualTo("ExpiredTokenException");
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(badSignature.awsErrorDetails().errorCode()).isEqualTo("InvalidIdentityToken");
        assertThat(untrustedSubject.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(untrustedSubject.awsErrorDetails().errorMessage())
                .isEqualTo("Not authorized to perform sts:AssumeRoleWithWebIdentity");
        assertThat(untrustedSubject.statusCode()).isEqualTo(403);

        AuditEvent denied = app.home().audit().query(AuditQuery.latest(50)).stream()
                .filter(e -> "AccessDenied".equals(e.errorCode()) && e.eventName().equals("AssumeRoleWithWebIdentity"))
                .findFirst().orElseThrow();
        assertThat(denied.userIdentity().principalId()).endsWith(":repo:evil/repo:ref:refs/heads/main");
        assertThat(denied.decision().at("/decisions/0/decision").asText()).isEqualTo("implicitDeny");
    }

    @Test
    void aFederatedUserHasOnlyWhatItsSessionPolicyAllowsAndNoIam() {
        iam.users().createUser(UserRequests.CreateUser.named("carol"));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("carol", "federate", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:GetFederationToken","iam:*"],\
                "Resource":"*"}]}"""));
        CreatedAccessKey key = iam.accessKeys().createAccessKey("carol");
        app.iamChanged();
        AwsCredentials carol = AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());

        GetFederationTokenResponse federated;
        try (StsClient sts = sts(carol)) {
            federated = sts.getFederationToken(r -> r.name("carol-app").durationSeconds(900)
                    .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:ListUsers\","
                            + "\"Resource\":\"*\"}]}"));
        }

        assertThat(federated.federatedUser().federatedUserId()).isEqualTo(ACCOUNT + ":carol-app");
        assertThat(federated.federatedUser().arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":federated-user/carol-app");
        try (StsClient asFederated = sts(session(federated.credentials()));
                IamClient iamAsFederated = iamClient(session(federated.credentials()))) {
            assertThat(asFederated.getCallerIdentity().arn()).isEqualTo(federated.federatedUser().arn());
            assertThat(asFederated.getCallerIdentity().userId()).isEqualTo(ACCOUNT + ":carol-app");
            assertThat(WardenAppSdkTest.failure(iamAsFederated::listUsers).awsErrorDetails().errorCode())
                    .isEqualTo("InvalidClientTokenId");
            // Like any session credentials: AWS refuses these before any permission is looked at (a role
            // session without sts:GetFederationToken hears the same words).
            var again = WardenAppSdkTest.failure(() -> asFederated.getSessionToken()).awsErrorDetails();
            assertThat(again.errorCode()).isEqualTo("AccessDenied");
            assertThat(again.errorMessage()).isEqualTo("Cannot call GetSessionToken with session credentials");
            var federateAgain = WardenAppSdkTest.failure(() -> asFederated.getFederationToken(r -> r.name("again")))
                    .awsErrorDetails();
            assertThat(federateAgain.errorCode()).isEqualTo("AccessDenied");
            assertThat(federateAgain.errorMessage()).isEqualTo("Cannot call GetFederationToken with session credentials");
        }
        AuditEvent call = app.home().audit().query(AuditQuery.latest(50)).stream()
                .filter(e -> e.eventName().equals("GetCallerIdentity")
                        && federated.federatedUser().arn().equals(e.userIdentity().arn()))
                .findFirst().orElseThrow();
        assertThat(call.userIdentity().type()).isEqualTo("FederatedUser");
        assertThat(call.userIdentity().sessionContext().sessionIssuer().arn())
                .isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/carol");
    }

    @Test
    void aDenialsEncodedMessageDecodesForWhoeverMayDecode() throws Exception {
        iam.users().createUser(UserRequests.CreateUser.named("dave"));
        CreatedAccessKey key = iam.accessKeys().createAccessKey("dave");
        app.iamChanged();
        AwsCredentials dave = AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
        try (IamClient asDave = iamClient(dave)) {
            assertThat(WardenAppSdkTest.failure(asDave::listUsers).awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        }
        String encoded = app.home().audit().query(AuditQuery.latest(50)).stream()
                .filter(e -> e.eventName().equals("ListUsers") && "AccessDenied".equals(e.errorCode()))
                .findFirst().orElseThrow().decision().path("encodedAuthorizationMessage").asText();

        String decoded;
        try (StsClient asAdmin = sts(admin)) {
            decoded = asAdmin.decodeAuthorizationMessage(r -> r.encodedMessage(encoded)).decodedMessage();
            AwsServiceException garbage = WardenAppSdkTest.failure(
                    () -> asAdmin.decodeAuthorizationMessage(r -> r.encodedMessage("Zm9yZ2Vk")));
            assertThat(garbage.awsErrorDetails().errorCode()).isEqualTo("InvalidAuthorizationMessageException");
        }
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(decoded);
        assertThat(json.get("allowed").asBoolean()).isFalse();
        assertThat(json.at("/context/principal/arn").asText()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/dave");
        assertThat(json.at("/context/action").asText()).isEqualTo("iam:ListUsers");
        try (StsClient asDave = sts(dave)) {
            AwsServiceException denied = WardenAppSdkTest.failure(
                    () -> asDave.decodeAuthorizationMessage(r -> r.encodedMessage(encoded)));
            assertThat(denied.awsErrorDetails().errorMessage()).startsWith("User: arn:aws:iam::" + ACCOUNT
                    + ":user/dave is not authorized to perform: sts:DecodeAuthorizationMessage");
        }
    }
}
