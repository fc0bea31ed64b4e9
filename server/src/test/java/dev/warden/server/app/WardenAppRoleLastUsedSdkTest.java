package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.MutableClock;
import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.RoleLastUsed;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * RoleLastUsed through a fully assembled Warden: a call signed with a role's session credentials is a
 * use of the role, reported by GetRole and GetAccountAuthorizationDetails with the time from the
 * server's clock and the Region the session signed for. Assuming the role is not a use of it (that
 * call is signed by the user who assumes it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ParameterizedClass
@EnumSource(TestStore.class)
class WardenAppRoleLastUsedSdkTest extends PerStoreSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";
    static final String ASSUME = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""";

    static MutableClock clock = new MutableClock();
    static WardenApp app;
    static IamClient admin;
    static AwsCredentials aliceKey;

    @BeforeParameterizedClassInvocation
    static void start(TestStore store) throws Exception {
        clock.set(Instant.now()); // requests are signed with real time: stay within the five minutes allowed
        TestDatabase database = closeAfterStore(store.create());
        app = closeAfterStore(WardenApp.start(
                new WardenAppSettings(folder.resolve(store.name()), "127.0.0.1", 0, ACCOUNT, clock)
                        .withStore(database.location())));
        admin = closeAfterStore(SdkClients.iam(app, SdkClients.credentialsFile(app.home().credentialsFile())));
        admin.createUser(r -> r.userName("alice"));
        admin.putUserPolicy(r -> r.userName("alice").policyName("assume").policyDocument(ASSUME));
        var key = admin.createAccessKey(r -> r.userName("alice")).accessKey();
        aliceKey = AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/alice"},\
                "Action":"sts:AssumeRole"}]}""".formatted(ACCOUNT);
        for (String role : List.of("worker", "idle")) {
            admin.createRole(r -> r.roleName(role).assumeRolePolicyDocument(trust));
        }
    }

    /** An STS client signing for {@code region}, pointed at the app. */
    static StsClient sts(AwsCredentials credentials, Region region) {
        return StsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port())).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(credentials)).build();
    }

    static RoleLastUsed lastUsed(String roleName) {
        return admin.getRole(r -> r.roleName(roleName)).role().roleLastUsed();
    }

    static Map<String, RoleLastUsed> lastUsedInDetails() {
        return admin.getAccountAuthorizationDetails(r -> r.filter(EntityType.ROLE)).roleDetailList().stream()
                .collect(Collectors.toMap(RoleDetail::roleName, RoleDetail::roleLastUsed));
    }

    @Test
    @Order(1)
    void assumingARoleIsNotAUseOfIt() {
        AwsCredentials session;
        try (StsClient alice = SdkClients.sts(app, aliceKey)) {
            session = SdkClients.session(alice.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/worker")
                    .roleSessionName("s1")).credentials());
        }
        assertThat(session).isNotNull();
        for (String role : List.of("worker", "idle")) {
            assertThat(lastUsed(role).lastUsedDate()).as(role).isNull();
            assertThat(lastUsed(role).region()).as(role).isNull();
        }
    }

    @Test
    @Order(2)
    void aCallSignedWithTheSessionIsReportedWithTheClocksTimeAndTheSigningRegion() {
        record Call(Region region, Duration later) {
        }
        List<Call> calls = List.of(new Call(Region.EU_WEST_2, Duration.ofSeconds(7)),
                new Call(Region.AP_SOUTHEAST_1, Duration.ofSeconds(30)));
        for (Call call : calls) {
            AwsCredentials session;
            try (StsClient alice = SdkClients.sts(app, aliceKey)) {
                session = SdkClients.session(alice.assumeRole(r -> r
                        .roleArn("arn:aws:iam::" + ACCOUNT + ":role/worker").roleSessionName("s2")).credentials());
            }
            clock.advance(call.later());
            Instant usedAt = clock.instant();
            try (StsClient worker = sts(session, call.region())) {
                assertThat(worker.getCallerIdentity().arn()).endsWith(":assumed-role/worker/s2");
            }
            clock.advance(Duration.ofSeconds(1));

            RoleLastUsed reported = lastUsed("worker");
            assertThat(reported.lastUsedDate()).as("%s", call).isEqualTo(usedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(reported.region()).as("%s", call).isEqualTo(call.region().id());
            Map<String, RoleLastUsed> details = lastUsedInDetails();
            assertThat(details.get("worker")).as("%s", call).isEqualTo(reported);
            assertThat(details.get("idle").lastUsedDate()).as("never used").isNull();
            assertThat(lastUsed("idle").lastUsedDate()).as("never used").isNull();
        }
    }

    @Test
    @Order(3)
    void listRolesDoesNotReportLastUse() {
        var roles = admin.listRoles().roles().stream()
                .collect(Collectors.toMap(r -> r.roleName(), Function.identity()));
        assertThat(roles.get("worker").roleLastUsed()).isNull();
    }
}
