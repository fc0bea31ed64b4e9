package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.saml.SamlConditionKeys;
import dev.warden.server.saml.TestSamlIdp;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithSamlResponse;

/**
 * SAML federation end to end: Warden started on a free port with a fresh home, a SAML provider
 * created through the IAM API with a test IdP's metadata, a role that trusts it, and the AWS SDK for
 * Java v2 calling AssumeRoleWithSAML without credentials and GetCallerIdentity with the session.
 */
class WardenAppSamlSdkTest {

    static final String ACCOUNT = "123456789012";
    static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/dev";
    static final String UNTRUSTING_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/ops";
    static final String UNTAGGED_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/plain";
    static final TestSamlIdp IDP = TestSamlIdp.create("http://www.okta.com/exk1");

    @TempDir
    static Path home;

    static MutableClock clock = new MutableClock();
    static WardenApp app;
    static String provider;

    @BeforeAll
    static void start() throws Exception {
        app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, clock));
        AwsCredentials admin = SdkClients.credentialsFile(app.home().credentialsFile());
        try (IamClient asAdmin = SdkClients.iam(app, admin)) {
            provider = asAdmin.createSAMLProvider(r -> r.name("Okta").samlMetadataDocument(IDP.metadata()))
                    .samlProviderArn();
            asAdmin.createRole(r -> r.roleName("dev").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                    "Action":["sts:AssumeRoleWithSAML","sts:TagSession"],"Condition":{"StringEquals":{\
                    "saml:aud":"https://signin.aws.amazon.com/saml","saml:sub_type":"persistent"}}}]}"""
                    .formatted(provider)));
            // Trusts the provider only for one subject, so alice may not assume it.
            asAdmin.createRole(r -> r.roleName("ops").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                    "Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"saml:sub":"bob@example.com"}}}]}"""
                    .formatted(provider)));
            // Trusts the provider, but not to tag sessions.
            asAdmin.createRole(r -> r.roleName("plain").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                    "Action":"sts:AssumeRoleWithSAML"}]}""".formatted(provider)));
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static TestSamlIdp.Claims claims(String roleArn) {
        return TestSamlIdp.Claims.defaults(clock.instant(), roleArn, provider, "alice");
    }

    static AssumeRoleWithSamlResponse assume(String roleArn, String assertion) {
        try (StsClient anonymous = SdkClients.sts(app, AnonymousCredentialsProvider.create())) {
            return anonymous.assumeRoleWithSAML(r -> r.roleArn(roleArn).principalArn(provider)
                    .samlAssertion(assertion).durationSeconds(900));
        }
    }

    static AwsServiceException refused(String roleArn, String assertion) {
        return WardenAppSdkTest.failure(() -> assume(roleArn, assertion));
    }

    @Test
    void aSignedResponseAssumesTheRoleWithoutCredentials() {
        String assertion = TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims(ROLE)
                .withAttribute("https://aws.amazon.com/SAML/Attributes/PrincipalTag:team", List.of("blue")))));

        AssumeRoleWithSamlResponse assumed = assume(ROLE, assertion);

        assertThat(assumed.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(assumed.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/dev/alice");
        assertThat(assumed.subject()).isEqualTo("alice@example.com");
        assertThat(assumed.subjectType()).isEqualTo("persistent");
        assertThat(assumed.issuer()).isEqualTo(IDP.entityId());
        assertThat(assumed.audience()).isEqualTo(TestSamlIdp.AWS_RECIPIENT);
        assertThat(assumed.nameQualifier()).isEqualTo(SamlConditionKeys.nameQualifier(IDP.entityId(), ACCOUNT, "Okta"));
        assertThat(assumed.credentials().expiration()).isBeforeOrEqualTo(clock.instant().plusSeconds(900));
        try (StsClient asRole = SdkClients.sts(app, SdkClients.session(assumed.credentials()))) {
            assertThat(asRole.getCallerIdentity().arn()).isEqualTo(assumed.assumedRoleUser().arn());
        }
    }

    @Test
    void sessionTagsNeedTagSessionInTheTrustPolicy() {
        String tagged = TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims(UNTAGGED_ROLE)
                .withAttribute("https://aws.amazon.com/SAML/Attributes/PrincipalTag:team", List.of("blue")))));
        String untagged = TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims(UNTAGGED_ROLE))));

        assertThat(refused(UNTAGGED_ROLE, tagged).awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(assume(UNTAGGED_ROLE, untagged).assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/plain/alice");
    }

    @Test
    void refusalsAnswerAwsErrors() {
        Instant now = clock.instant();
        AwsServiceException unsigned = refused(ROLE, TestSamlIdp.encode(IDP.response(claims(ROLE))));
        assertThat(unsigned.awsErrorDetails().errorCode()).isEqualTo("InvalidIdentityToken");
        assertThat(unsigned.statusCode()).isEqualTo(400);

        AwsServiceException expired = refused(ROLE, TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims(ROLE)
                .withWindow(now.minusSeconds(3600), now.minusSeconds(900))))));
        assertThat(expired.awsErrorDetails().errorCode()).isEqualTo("ExpiredTokenException");
        assertThat(expired.statusCode()).isEqualTo(400);

        // The response grants dev, not ops: asking for ops is refused before any trust policy is read.
        AwsServiceException notGranted = refused(UNTRUSTING_ROLE,
                TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims(ROLE)))));
        assertThat(notGranted.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(notGranted.statusCode()).isEqualTo(403);
        assertThat(notGranted.awsErrorDetails().errorMessage())
                .isEqualTo("Not authorized to perform sts:AssumeRoleWithSAML");

        // Granted by the response, but ops's trust policy wants another subject.
        AwsServiceException untrusted = refused(UNTRUSTING_ROLE,
                TestSamlIdp.encode(IDP.signAssertion(IDP.response(claims(UNTRUSTING_ROLE)))));
        assertThat(untrusted.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(untrusted.statusCode()).isEqualTo(403);
    }
}
