package dev.warden.server.app;

import static dev.warden.server.app.WardenAppSdkTest.credentialsFile;
import static dev.warden.server.app.WardenAppSdkTest.failure;
import static dev.warden.server.app.WardenAppSdkTest.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestAuthenticator;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;
import software.amazon.awssdk.services.iam.model.MFADevice;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Virtual MFA devices end to end with the AWS SDK: a device is created and enabled with codes an
 * independent authenticator computes from its seed; GetSessionToken and AssumeRole with the device's
 * code give MFA-authenticated sessions, which trust and identity policies with MFA conditions accept;
 * wrong codes are refused with AWS's words. Runs once per {@link TestStore}.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class WardenAppMfaSdkTest extends PerStoreSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";
    static final String MFA_FAILED = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
    static final String NOT_ASSOCIATED = "MultiFactorAuthentication failed, unable to validate MFA code.  "
            + "Please verify your MFA serial number is valid and associated with this user.";
    static final String LIST_USERS_WITH_RECENT_MFA = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*",\
            "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},\
            "NumericLessThan":{"aws:MultiFactorAuthAge":"120"}}}]}""";

    static MutableClock clock = new MutableClock();
    static TestDatabase database;
    static WardenApp app;
    static Iam iam;
    static AwsCredentials admin;

    @BeforeParameterizedClassInvocation
    static void start(TestStore store) throws Exception {
        database = closeAfterStore(store.create());
        app = closeAfterStore(WardenApp.start(
                new WardenAppSettings(folder.resolve(store.name()), "127.0.0.1", 0, ACCOUNT, clock)
                        .withStore(database.location())));
        iam = app.home().iam();
        admin = credentialsFile(app.home().credentialsFile());
    }

    static AwsCredentials userWithKey(String name, String policy) {
        iam.users().createUser(UserRequests.CreateUser.named(name));
        if (policy != null) {
            iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy(name, "p", policy));
        }
        CreatedAccessKey key = iam.accessKeys().createAccessKey(name);
        app.iamChanged();
        return AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
    }

    static IamClient iamClient(AwsCredentials credentials) {
        return SdkClients.iam(app, credentials);
    }

    static StsClient sts(AwsCredentials credentials) {
        return SdkClients.sts(app, credentials);
    }

    /** Creates a device through the API and enables it for the user; returns its authenticator. */
    static Device enabledDevice(IamClient client, String user, String deviceName) {
        VirtualMFADevice created = client.createVirtualMFADevice(r -> r.virtualMFADeviceName(deviceName))
                .virtualMFADevice();
        String seed = created.base32StringSeed().asString(StandardCharsets.US_ASCII);
        TestAuthenticator app = new TestAuthenticator(seed);
        client.enableMFADevice(r -> r.userName(user).serialNumber(created.serialNumber())
                .authenticationCode1(app.code(clock.instant(), -1)).authenticationCode2(app.code(clock.instant(), 0)));
        return new Device(created.serialNumber(), app);
    }

    record Device(String serialNumber, TestAuthenticator authenticator) {
        String code() {
            return authenticator.code(clock.instant(), 0);
        }

        String wrongCode() {
            return authenticator.code(clock.instant(), 5);
        }
    }

    @Test
    void createAndEnableAVirtualDevice() {
        try (IamClient client = iamClient(admin)) {
            iam.users().createUser(UserRequests.CreateUser.named("erin"));
            VirtualMFADevice created = client.createVirtualMFADevice(r -> r.virtualMFADeviceName("erin-phone")
                    .path("/people/")).virtualMFADevice();

            assertThat(created.serialNumber()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":mfa/people/erin-phone");
            String seed = created.base32StringSeed().asString(StandardCharsets.US_ASCII);
            assertThat(seed).matches("[A-Z2-7]{64}");
            byte[] png = created.qrCodePNG().asByteArray();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            TestAuthenticator authenticator = new TestAuthenticator(seed);
            String serial = created.serialNumber();

            AwsServiceException invalid = failure(() -> client.enableMFADevice(r -> r.userName("erin")
                    .serialNumber(serial).authenticationCode1(authenticator.code(clock.instant(), 0))
                    .authenticationCode2(authenticator.code(clock.instant(), 0))));
            assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("InvalidAuthenticationCode");
            assertThat(invalid.statusCode()).isEqualTo(403);
            assertThat(invalid.awsErrorDetails().errorMessage()).isEqualTo("Authentication code for device is not valid.");
            assertThat(client.listVirtualMFADevices(r -> r.assignmentStatus(AssignmentStatusType.UNASSIGNED))
                    .virtualMFADevices()).extracting(VirtualMFADevice::serialNumber).contains(serial);

            client.enableMFADevice(r -> r.userName("erin").serialNumber(serial)
                    .authenticationCode1(authenticator.code(clock.instant(), -1))
                    .authenticationCode2(authenticator.code(clock.instant(), 0)));

            assertThat(client.listMFADevices(r -> r.userName("erin")).mfaDevices())
                    .extracting(MFADevice::serialNumber).containsExactly(serial);
            VirtualMFADevice assigned = client.listVirtualMFADevices(r -> r.assignmentStatus(
                    AssignmentStatusType.ASSIGNED)).virtualMFADevices().stream()
                    .filter(d -> d.serialNumber().equals(serial)).findFirst().orElseThrow();
            assertThat(assigned.user().userName()).isEqualTo("erin");
            assertThat(assigned.enableDate()).isNotNull();
            assertThat(assigned.base32StringSeed()).isNull();
            Map<SummaryKeyType, Integer> summary = client.getAccountSummary().summaryMap();
            assertThat(summary.get(SummaryKeyType.MFA_DEVICES_IN_USE)).isPositive();

            AwsServiceException conflict = failure(() -> client.deleteUser(r -> r.userName("erin")));
            assertThat(conflict.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(failure(() -> client.deleteVirtualMFADevice(r -> r.serialNumber(serial)))
                    .awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
            client.deactivateMFADevice(r -> r.userName("erin").serialNumber(serial));
            client.deleteVirtualMFADevice(r -> r.serialNumber(serial));
            client.deleteUser(r -> r.userName("erin"));
            assertThat(failure(() -> client.createVirtualMFADevice(r -> r.virtualMFADeviceName("bad name")))
                    .awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        }
    }

    @Test
    void getSessionTokenWithTheDevicesCodeIsAnMfaSession() {
        AwsCredentials mia = userWithKey("mia", LIST_USERS_WITH_RECENT_MFA);
        Device device;
        try (IamClient client = iamClient(admin)) {
            device = enabledDevice(client, "mia", "mia-phone");
        }
        try (StsClient sts = sts(mia); IamClient asMia = iamClient(mia)) {
            assertThat(failure(asMia::listUsers).awsErrorDetails().errorCode())
                    .as("long-term keys carry no MFA").isEqualTo("AccessDenied");

            AwsServiceException wrong = failure(() -> sts.getSessionToken(r -> r.serialNumber(device.serialNumber())
                    .tokenCode(device.wrongCode())));
            assertThat(wrong.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(wrong.awsErrorDetails().errorMessage()).isEqualTo(MFA_FAILED);
            assertThat(failure(() -> sts.getSessionToken(r -> r.serialNumber(device.serialNumber() + "x")
                    .tokenCode(device.code()))).awsErrorDetails().errorMessage()).isEqualTo(NOT_ASSOCIATED);

            Credentials c = sts.getSessionToken(r -> r.serialNumber(device.serialNumber()).tokenCode(device.code()))
                    .credentials();
            try (IamClient withMfa = iamClient(session(c))) {
                assertThat(withMfa.listUsers().users()).isNotEmpty();
                // Four minutes on: still inside SigV4's 5-minute window, past the policy's 120 seconds.
                clock.advance(Duration.ofMinutes(4));
                assertThat(failure(withMfa::listUsers).awsErrorDetails().errorCode())
                        .as("aws:MultiFactorAuthAge has passed 120 seconds").isEqualTo("AccessDenied");
            } finally {
                clock.set(java.time.Instant.now());
            }
        }
    }

    @Test
    void aTrustPolicyRequiringMfaAdmitsOnlyCallsWithTheDevicesCode() {
        AwsCredentials noah = userWithKey("noah", null);
        Device device;
        try (IamClient client = iamClient(admin)) {
            device = enabledDevice(client, "noah", "noah-phone");
        }
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"AWS":"arn:aws:iam::%s:user/noah"},"Action":"sts:AssumeRole",\
                "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""".formatted(ACCOUNT);
        String roleArn = iam.roles().createRole(RoleRequests.CreateRole.of("needs-mfa", trust)).arn();
        app.iamChanged();
        try (StsClient sts = sts(noah)) {
            AwsServiceException withoutMfa = failure(() -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")));
            assertThat(withoutMfa.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");

            AwsServiceException wrong = failure(() -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")
                    .serialNumber(device.serialNumber()).tokenCode(device.wrongCode())));
            assertThat(wrong.awsErrorDetails().errorMessage()).isEqualTo(MFA_FAILED);

            Credentials c = sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")
                    .serialNumber(device.serialNumber()).tokenCode(device.code())).credentials();
            try (StsClient asRole = sts(session(c))) {
                assertThat(asRole.getCallerIdentity().arn())
                        .isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/needs-mfa/s1");
            }

            Credentials mfaSession = sts.getSessionToken(r -> r.serialNumber(device.serialNumber())
                    .tokenCode(device.code())).credentials();
            try (StsClient asMfaSession = sts(session(mfaSession))) {
                assertThat(asMfaSession.assumeRole(r -> r.roleArn(roleArn).roleSessionName("chained"))
                        .assumedRoleUser().arn()).endsWith("assumed-role/needs-mfa/chained");
            }
        }
    }

    @Test
    void theCredentialReportShowsWhoHasMfa() throws Exception {
        userWithKey("olga", null);
        try (IamClient client = iamClient(admin)) {
            enabledDevice(client, "olga", "olga-phone");
            while (!client.generateCredentialReport().stateAsString().equals("COMPLETE")) {
                Thread.onSpinWait();
            }
            String csv = client.getCredentialReport().content().asUtf8String();
            String olga = csv.lines().filter(l -> l.startsWith("olga,")).findFirst().orElseThrow();
            String header = csv.lines().findFirst().orElseThrow();
            int mfaColumn = java.util.Arrays.asList(header.split(",")).indexOf("mfa_active");
            assertThat(olga.split(",")[mfaColumn]).isEqualTo("true");
        }
    }
}
