package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.InMemoryCredentialStore;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** End to end with the real AWS SDK for Java v2 against a running {@link WardenServer}. */
class WardenServerSdkTest {

    static final CallerIdentity ALICE =
            new CallerIdentity("AIDAEXAMPLEALICE0001", "123456789012", "arn:aws:iam::123456789012:user/alice");
    static final CallerIdentity SESSION = new CallerIdentity("AROAEXAMPLEROLE00001:sess1", "123456789012",
            "arn:aws:sts::123456789012:assumed-role/demo/sess1");

    static WardenServer<String> server;

    @BeforeAll
    static void start() {
        InMemoryCredentialStore store = new InMemoryCredentialStore()
                .withLongTermKey("AKIAALICEEXAMPLE0001", "alice/secret+EXAMPLE", ALICE)
                .withTemporaryKey("ASIASESSIONEXAMPLE01", "session/secret+EXAMPLE", "session-token/+=",
                        Instant.now().plusSeconds(3600), SESSION);
        server = WardenServer.builder(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static StsClient sts(AwsCredentials credentials, Region region) {
        return StsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .build();
    }

    @Test
    void getCallerIdentityReturnsTheSigner() {
        try (StsClient sts = sts(AwsBasicCredentials.create("AKIAALICEEXAMPLE0001", "alice/secret+EXAMPLE"),
                Region.US_EAST_1)) {
            GetCallerIdentityResponse response = sts.getCallerIdentity();

            assertThat(response.userId()).isEqualTo(ALICE.userId());
            assertThat(response.account()).isEqualTo(ALICE.account());
            assertThat(response.arn()).isEqualTo(ALICE.arn());
            assertThat(response.responseMetadata().requestId()).isNotBlank();
        }
    }

    @Test
    void getCallerIdentityWithSessionCredentialsSignedForAwsGlobal() {
        try (StsClient sts = sts(AwsSessionCredentials.create("ASIASESSIONEXAMPLE01", "session/secret+EXAMPLE",
                "session-token/+="), Region.AWS_GLOBAL)) {
            assertThat(sts.getCallerIdentity().arn()).isEqualTo(SESSION.arn());
        }
    }

    @Test
    void wrongSecretIsSignatureDoesNotMatch() {
        try (StsClient sts = sts(AwsBasicCredentials.create("AKIAALICEEXAMPLE0001", "not-the-secret"),
                Region.EU_WEST_1)) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
    }

    @Test
    void unknownKeyIsInvalidClientTokenId() {
        try (StsClient sts = sts(AwsBasicCredentials.create("AKIANOBODYEXAMPLE001", "x"), Region.US_EAST_1)) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("The security token included in the request is invalid.");
                    });
        }
    }

    @Test
    void iamOperationWithoutHandlerIsInvalidAction() {
        try (IamClient iam = IamClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAALICEEXAMPLE0001", "alice/secret+EXAMPLE")))
                .build()) {
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("demo")))
                    .isInstanceOfSatisfying(IamException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAction");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Could not find operation GetRole for version 2010-05-08");
                    })
                    .isInstanceOf(SdkServiceException.class);
        }
    }
}
