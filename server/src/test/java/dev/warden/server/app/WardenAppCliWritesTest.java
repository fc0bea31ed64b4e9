package dev.warden.server.app;

import static dev.warden.server.app.WardenAppSdkTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.store.sqlite.SqliteIamChangeFeed;
import dev.warden.server.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Warden's CLI writes IAM into the SQLite home directly ({@code policy generate --apply}, {@code oidc
 * set-keys}) while a server may be running on it. The server must not go on deciding with what it
 * compiled before: the change reaches it through the SQLite change feed, without any call to
 * {@link WardenApp#iamChanged()}.
 */
class WardenAppCliWritesTest {
    static final String ACCOUNT = "123456789012";

    @TempDir
    Path home;

    @Test
    void aPolicyRemovedByAnotherProcessStopsGrantingWithinTheFeedsBound() throws Exception {
        try (WardenApp app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT,
                new MutableClock()))) {
            Iam iam = app.home().iam();
            iam.users().createUser(UserRequests.CreateUser.named("reader"));
            iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("reader", "read",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:GetUser\","
                            + "\"Resource\":\"*\"}]}"));
            CreatedAccessKey key = iam.accessKeys().createAccessKey("reader");
            app.iamChanged();
            try (IamClient reader = IamClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port()))
                    .region(Region.AWS_GLOBAL)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            key.accessKey().accessKeyId(), key.secretAccessKey().reveal())))
                    .build()) {
                assertThat(reader.getUser(r -> r.userName("reader")).user().userName()).isEqualTo("reader");

                try (WardenHome cli = WardenHome.open(WardenHomeSettings.defaults(home))) {
                    cli.iam().inlinePolicies().deleteUserPolicy(new InlinePolicyRequests.PolicyRef("reader", "read"));
                }

                long deadline = System.nanoTime()
                        + SqliteIamChangeFeed.STALENESS_BOUND.plus(Duration.ofSeconds(9)).toNanos();
                AwsServiceException denied = null;
                while (denied == null && System.nanoTime() < deadline) {
                    try {
                        reader.getUser(r -> r.userName("reader"));
                        Thread.sleep(50);
                    } catch (AwsServiceException e) {
                        denied = e;
                    }
                }
                assertThat(denied).as("the server still grants after the policy was deleted").isNotNull();
                assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(failure(() -> reader.getUser(r -> r.userName("reader"))).awsErrorDetails().errorCode())
                        .isEqualTo("AccessDenied");
            }
        }
    }
}
