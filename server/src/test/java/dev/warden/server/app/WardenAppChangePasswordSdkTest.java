package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.LoginProfileRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.secret.Password;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ServiceSpecificCredential;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * ChangePassword through the whole application (SigV4, the policy engine, the audit trail), with the
 * AWS SDK for Java v2 and the AWS CLI: users need iam:ChangePassword unless the password policy has
 * AllowUsersToChangePassword; callers that are not IAM users get InvalidUserType; no password, nor a
 * service-specific credential's secret, reaches the audit log.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class WardenAppChangePasswordSdkTest extends PerStoreSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";
    static final String OLD = "Old-pass1!";

    static MutableClock clock = new MutableClock();
    static WardenApp app;
    static Iam iam;
    static AwsCredentials admin;

    @BeforeParameterizedClassInvocation
    static void start(TestStore store) throws Exception {
        TestDatabase database = closeAfterStore(store.create());
        app = closeAfterStore(WardenApp.start(
                new WardenAppSettings(folder.resolve(store.name()), "127.0.0.1", 0, ACCOUNT, clock)
                        .withStore(database.location())));
        iam = app.home().iam();
        admin = WardenAppSdkTest.credentialsFile(app.home().credentialsFile());
    }

    /** A user with an access key and the console password {@link #OLD}, which must be reset. */
    static AwsCredentials userWithPassword(String name) {
        iam.users().createUser(UserRequests.CreateUser.named(name));
        iam.loginProfiles().createLoginProfile(new LoginProfileRequests.CreateLoginProfile(name, Password.of(OLD), true));
        CreatedAccessKey key = iam.accessKeys().createAccessKey(name);
        app.iamChanged();
        return AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
    }

    static IamClient client(AwsCredentials credentials) {
        return IamClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port()))
                .region(Region.AWS_GLOBAL).credentialsProvider(StaticCredentialsProvider.create(credentials)).build();
    }

    static void allowUsersToChangePassword(boolean allow) {
        try (IamClient asAdmin = client(admin)) {
            asAdmin.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(8).requireNumbers(true)
                    .allowUsersToChangePassword(allow));
        }
    }

    static void assertError(AwsServiceException e, String code, int status) {
        assertThat(e.awsErrorDetails().errorCode()).as(e.getMessage()).isEqualTo(code);
        assertThat(e.statusCode()).isEqualTo(status);
    }

    @Test
    void usersChangeTheirOwnPasswordWhenThePolicyAllowsIt() {
        AwsCredentials carol = userWithPassword("carol");
        try (IamClient asCarol = client(carol); IamClient asAdmin = client(admin)) {
            allowUsersToChangePassword(false);
            assertError(WardenAppSdkTest.failure(() -> asCarol.changePassword(r -> r.oldPassword(OLD)
                    .newPassword("New-pass2!"))), "AccessDenied", 403);
            assertError(WardenAppSdkTest.failure(asCarol::getAccountPasswordPolicy), "AccessDenied", 403);

            allowUsersToChangePassword(true);
            assertThat(asCarol.getAccountPasswordPolicy().passwordPolicy().allowUsersToChangePassword()).isTrue();
            assertError(WardenAppSdkTest.failure(() -> asCarol.changePassword(r -> r.oldPassword("Wrong-pass1!")
                    .newPassword("New-pass2!"))), "InvalidUserType", 400);
            assertError(WardenAppSdkTest.failure(() -> asCarol.changePassword(r -> r.oldPassword(OLD)
                    .newPassword("no-digits-at-all"))), "PasswordPolicyViolation", 400);
            assertThat(asAdmin.getLoginProfile(r -> r.userName("carol")).loginProfile().passwordResetRequired())
                    .isTrue();

            asCarol.changePassword(r -> r.oldPassword(OLD).newPassword("New-pass2!"));

            assertThat(iam.loginProfiles().verifyPassword("carol", Password.of("New-pass2!"))).isTrue();
            assertThat(iam.loginProfiles().verifyPassword("carol", Password.of(OLD))).isFalse();
            assertThat(asAdmin.getLoginProfile(r -> r.userName("carol")).loginProfile().passwordResetRequired())
                    .isFalse();
        } finally {
            allowUsersToChangePassword(false);
        }
    }

    @Test
    void anExplicitDenyBeatsThePolicysPermissionAndAnAllowWorksWithoutIt() {
        AwsCredentials dave = userWithPassword("dave");
        AwsCredentials erin = userWithPassword("erin");
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("dave", "no-change", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:ChangePassword","Resource":"*"}]}"""));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("erin", "own-password", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword",\
                "Resource":"arn:aws:iam::*:user/${aws:username}"}]}"""));
        app.iamChanged();
        try (IamClient asDave = client(dave); IamClient asErin = client(erin)) {
            allowUsersToChangePassword(true);
            AwsServiceException denied = WardenAppSdkTest.failure(() -> asDave.changePassword(r -> r.oldPassword(OLD)
                    .newPassword("New-pass2!")));
            assertError(denied, "AccessDenied", 403);
            assertThat(denied.awsErrorDetails().errorMessage()).contains("with an explicit deny");

            allowUsersToChangePassword(false);
            asErin.changePassword(r -> r.oldPassword(OLD).newPassword("New-pass3!"));
            assertThat(iam.loginProfiles().verifyPassword("erin", Password.of("New-pass3!"))).isTrue();
        } finally {
            allowUsersToChangePassword(false);
        }
    }

    @Test
    void aRoleSessionHasNoPasswordToChange() {
        String adminArn = "arn:aws:iam::" + ACCOUNT + ":user/admin";
        iam.roles().createRole(RoleRequests.CreateRole.of("operator", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["%s"]},\
                "Action":"sts:AssumeRole"}]}""".formatted(adminArn)));
        iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("operator", "all", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"""));
        app.iamChanged();
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port()))
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(admin)).build()) {
            Credentials c = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/operator")
                    .roleSessionName("ops")).credentials();
            try (IamClient asRole = client(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(),
                    c.sessionToken()))) {
                assertError(WardenAppSdkTest.failure(() -> asRole.changePassword(r -> r.oldPassword(OLD)
                        .newPassword("New-pass2!"))), "InvalidUserType", 400);
            }
        }
    }

    @Test
    void noPasswordOrServiceSecretReachesTheAuditLog() {
        AwsCredentials frank = userWithPassword("frank");
        List<String> secrets = new java.util.ArrayList<>(List.of(OLD, "Secret-new9!", "Wrong-old9!", "Secret-other9!"));
        try (IamClient asFrank = client(frank); IamClient asAdmin = client(admin)) {
            allowUsersToChangePassword(true);
            asFrank.changePassword(r -> r.oldPassword(OLD).newPassword("Secret-new9!"));
            WardenAppSdkTest.failure(() -> asFrank.changePassword(r -> r.oldPassword("Wrong-old9!")
                    .newPassword("Secret-other9!")));
            ServiceSpecificCredential created = asAdmin.createServiceSpecificCredential(r -> r.userName("frank")
                    .serviceName("codecommit.amazonaws.com")).serviceSpecificCredential();
            String reset = asAdmin.resetServiceSpecificCredential(r -> r.userName("frank")
                    .serviceSpecificCredentialId(created.serviceSpecificCredentialId()))
                    .serviceSpecificCredential().servicePassword();
            assertThat(reset).isNotEqualTo(created.servicePassword());
            secrets.add(created.servicePassword());
            secrets.add(reset);
        } finally {
            allowUsersToChangePassword(false);
        }
        app.home().audit().flush();

        List<AuditEvent> events = app.home().audit().query(AuditQuery.latest(1000));
        List<AuditEvent> changes = events.stream().filter(e -> e.eventName().equals("ChangePassword")).toList();
        assertThat(changes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(changes).extracting(AuditEvent::errorCode).contains("InvalidUserType");
        List<AuditEvent> credentialCalls = events.stream()
                .filter(e -> e.eventName().endsWith("ServiceSpecificCredential")).toList();
        assertThat(credentialCalls).hasSize(2);
        for (String secret : secrets) {
            for (AuditEvent e : events) {
                assertThat(e.toString()).as(e.eventName()).doesNotContain(secret);
            }
        }
        assertThat(changes.get(0).requestParameters() == null ? "" : changes.get(0).requestParameters().toString())
                .doesNotContainIgnoringCase("oldPassword").doesNotContainIgnoringCase("newPassword");
    }

    @Test
    void theAwsCliChangesThePassword() throws Exception {
        assumeTrue(awsOnPath(), "the AWS CLI is not installed");
        AwsCredentials grace = userWithPassword("grace");
        allowUsersToChangePassword(true);
        try {
            Cli wrong = aws(grace, "iam", "change-password", "--old-password", "Wrong-pass1!", "--new-password",
                    "Cli-pass2!");
            assertThat(wrong.exit()).isNotZero();
            assertThat(wrong.stderr()).contains("InvalidUserType");

            Cli ok = aws(grace, "iam", "change-password", "--old-password", OLD, "--new-password", "Cli-pass2!");

            assertThat(ok.exit()).as(ok.stderr()).isZero();
            assertThat(iam.loginProfiles().verifyPassword("grace", Password.of("Cli-pass2!"))).isTrue();
        } finally {
            allowUsersToChangePassword(false);
        }
    }

    @Test
    void theAwsCliCreatesAndListsAGitCredential() throws Exception {
        assumeTrue(awsOnPath(), "the AWS CLI is not installed");
        userWithPassword("heidi");

        Cli created = aws(admin, "iam", "create-service-specific-credential", "--user-name", "heidi",
                "--service-name", "codecommit.amazonaws.com");

        assertThat(created.exit()).as(created.stderr()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.stdout())
                .path("ServiceSpecificCredential");
        assertThat(json.path("ServiceUserName").asText()).isEqualTo("heidi-at-" + ACCOUNT);
        assertThat(json.path("ServicePassword").asText()).hasSize(44);
        assertThat(json.path("ServiceSpecificCredentialId").asText()).startsWith("ACCA");
        Cli listed = aws(admin, "iam", "list-service-specific-credentials", "--user-name", "heidi");
        assertThat(listed.exit()).as(listed.stderr()).isZero();
        assertThat(listed.stdout()).contains(json.path("ServiceSpecificCredentialId").asText())
                .doesNotContain(json.path("ServicePassword").asText());
    }

    record Cli(int exit, String stdout, String stderr) {
    }

    static Cli aws(AwsCredentials credentials, String... args) throws Exception {
        Path home = Files.createTempDirectory("warden-cli-home");
        List<String> command = new java.util.ArrayList<>(List.of("aws", "--endpoint-url",
                "http://127.0.0.1:" + app.port(), "--region", "us-east-1", "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_MAX_ATTEMPTS", "1");
        File out = home.resolve("out").toFile();
        File err = home.resolve("err").toFile();
        Process process = pb.redirectOutput(out).redirectError(err).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("aws CLI finished").isTrue();
        return new Cli(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    private static boolean awsOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "aws"))) {
                return true;
            }
        }
        return false;
    }
}
