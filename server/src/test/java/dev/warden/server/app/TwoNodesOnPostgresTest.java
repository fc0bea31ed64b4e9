package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.home.StoreLocation;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.store.postgres.PostgresIamChangeFeed;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Two Warden nodes (two WardenApps with their own homes and ports, sharing the master key) on one
 * PostgreSQL schema, driven by the AWS SDK: session tokens minted by one are accepted by the other,
 * and IAM changes made through one reach the other's policy cache within the change feed's staleness
 * bound. Runs when WARDEN_TEST_POSTGRES_URL is set.
 *
 * <p>The bound is checked without timing the server: a node may answer from a stale cache only to a
 * request that began less than the bound after the change was acknowledged; every request that began
 * later must see the change. How fast changes actually arrive is printed, not asserted.
 */
@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class TwoNodesOnPostgresTest {

    static final String ACCOUNT = "123456789012";
    static final String ALLOW_LIST_USERS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}""";
    static final Duration BOUND = PostgresIamChangeFeed.STALENESS_BOUND;
    static final int CHANGES = 100;

    @TempDir
    static Path folder;

    static TestDatabase database;
    static MasterKey sharedKey = MasterKey.generate(new SecureRandom());
    static WardenApp nodeA;
    static WardenApp nodeB;
    static AwsCredentials admin;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = TestStore.POSTGRES.create();
        nodeA = WardenApp.start(node("a").withAccountId(ACCOUNT));
        nodeB = WardenApp.start(node("b"));
        admin = credentialsFile(nodeA.home().credentialsFile());
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        database.close();
    }

    static WardenAppSettings node(String name) {
        return new WardenAppSettings(folder.resolve(name), "127.0.0.1", 0, null, Clock.systemUTC())
                .withStore(database.location()).withOperatorMasterKey(sharedKey);
    }

    @Test
    void bothNodesServeTheSameAccountAndOnlyTheFirstWroteTheAdministratorKey() {
        assertThat(nodeB.home().accountId()).isEqualTo(ACCOUNT);
        assertThat(nodeB.home().credentialsFile()).doesNotExist();
        try (StsClient onA = sts(nodeA, admin); StsClient onB = sts(nodeB, admin)) {
            assertThat(onB.getCallerIdentity().arn()).isEqualTo(onA.getCallerIdentity().arn())
                    .isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/admin");
        }
    }

    @Test
    void sessionTokensMintedByOneNodeAreAcceptedByTheOther() {
        AwsCredentials alice = userWithKey("alice");
        try (IamClient adminOnA = iam(nodeA, admin)) {
            adminOnA.createRole(r -> r.roleName("lister").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/alice"},\
                    "Action":"sts:AssumeRole"}]}""".formatted(ACCOUNT)));
            adminOnA.putRolePolicy(r -> r.roleName("lister").policyName("list").policyDocument(ALLOW_LIST_USERS));
        }
        Credentials fromA;
        try (StsClient aliceOnA = sts(nodeA, alice)) {
            fromA = aliceOnA.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/lister")
                    .roleSessionName("on-a")).credentials();
        }
        try (StsClient roleOnB = sts(nodeB, session(fromA)); IamClient roleIamOnB = iam(nodeB, session(fromA))) {
            assertThat(roleOnB.getCallerIdentity().arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/lister/on-a");
            assertThat(roleIamOnB.listUsers().users()).extracting(u -> u.userName()).contains("alice", "admin");
        }

        Credentials fromB;
        try (StsClient aliceOnB = sts(nodeB, alice)) {
            fromB = aliceOnB.getSessionToken().credentials();
        }
        try (StsClient sessionOnA = sts(nodeA, session(fromB))) {
            assertThat(sessionOnA.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/alice");
        }
    }

    @Test
    void aNodeWithAnotherMasterKeyRefusesToStart() {
        assertThatThrownBy(() -> WardenApp.start(node("c").withOperatorMasterKey(MasterKey.generate(new SecureRandom()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the master key does not decrypt the secrets stored in jdbc:postgresql:")
                .hasMessageContaining("Nodes sharing a database must all use the same master key");
    }

    @Test
    void policyChangesThroughEitherNodeReachTheOtherWithinTheBound() {
        AwsCredentials prober = userWithKey("prober");
        List<Long> delaysMicros = new ArrayList<>();
        try (IamClient adminOnA = iam(nodeA, admin); IamClient adminOnB = iam(nodeB, admin);
                IamClient proberOnA = iam(nodeA, prober); IamClient proberOnB = iam(nodeB, prober)) {
            for (int i = 0; i < CHANGES; i++) {
                boolean allow = i % 2 == 0;
                boolean writeOnA = (i / 2) % 2 == 0;
                IamClient writer = writeOnA ? adminOnA : adminOnB;
                IamClient observer = writeOnA ? proberOnB : proberOnA;
                // Warm the observer's cache with the current answer, so that the change must evict it.
                assertThat(allowed(observer)).isEqualTo(!allow);
                if (allow) {
                    writer.putUserPolicy(r -> r.userName("prober").policyName("list").policyDocument(ALLOW_LIST_USERS));
                } else {
                    writer.deleteUserPolicy(r -> r.userName("prober").policyName("list"));
                }
                delaysMicros.add(awaitOn(observer, allow, "change " + i));
            }
        }
        Collections.sort(delaysMicros);
        System.out.printf("Propagation between two nodes over %d policy changes: median %.1f ms, max %.1f ms "
                + "(bound %d ms)%n", CHANGES, delaysMicros.get(CHANGES / 2) / 1000.0,
                delaysMicros.get(CHANGES - 1) / 1000.0, BOUND.toMillis());
    }

    @Test
    void aChangeStillArrivesWhenTheFeedConnectionsAreKilled() throws Exception {
        AwsCredentials dropped = userWithKey("dropped");
        try (IamClient adminOnA = iam(nodeA, admin); IamClient droppedOnB = iam(nodeB, dropped)) {
            assertThat(allowed(droppedOnB)).isFalse();
            try (Connection c = DriverManager.getConnection(System.getenv(TestStore.POSTGRES_URL_VARIABLE));
                    Statement st = c.createStatement()) {
                st.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE "
                        + "'warden-iam-change-feed:%' AND pid <> pg_backend_pid()").close();
            }
            adminOnA.putUserPolicy(r -> r.userName("dropped").policyName("list").policyDocument(ALLOW_LIST_USERS));
            awaitOn(droppedOnB, true, "change while the feeds reconnect");
        }
    }

    @Test
    void aChangeWhoseNotificationIsLostStillArrivesThroughThePeriodicCheck() throws Exception {
        AwsCredentials unnotified = userWithKey("unnotified");
        String schema = ((StoreLocation.Postgres) database.location()).settings().schema();
        try (IamClient adminOnA = iam(nodeA, admin); IamClient unnotifiedOnB = iam(nodeB, unnotified);
                Connection c = DriverManager.getConnection(System.getenv(TestStore.POSTGRES_URL_VARIABLE));
                Statement st = c.createStatement()) {
            assertThat(allowed(unnotifiedOnB)).isFalse();
            st.execute(countingFunction(schema, false));
            try {
                adminOnA.putUserPolicy(r -> r.userName("unnotified").policyName("list").policyDocument(ALLOW_LIST_USERS));
                long micros = awaitOn(unnotifiedOnB, true, "change without a notification");
                System.out.printf("Propagation of a change whose notification was lost: %.1f ms (bound %d ms)%n",
                        micros / 1000.0, BOUND.toMillis());
            } finally {
                st.execute(countingFunction(schema, true));
            }
        }
    }

    /** The migration's trigger function, optionally without its NOTIFY (to lose notifications on purpose). */
    static String countingFunction(String schema, boolean notify) {
        return "CREATE OR REPLACE FUNCTION " + schema + ".iam_change_count() RETURNS trigger AS $$ BEGIN "
                + "EXECUTE format('UPDATE %I.iam_change_counter SET value = value + 1', TG_TABLE_SCHEMA); "
                + (notify ? "PERFORM pg_notify('warden_iam_changes', TG_TABLE_SCHEMA); " : "")
                + "RETURN NULL; END; $$ LANGUAGE plpgsql";
    }

    @Test
    void aChangeMadeThroughTheCoreOfOneNodeReachesTheOther() {
        AwsCredentials direct = userWithKey("direct");
        try (IamClient directOnB = iam(nodeB, direct)) {
            assertThat(allowed(directOnB)).isFalse();
            // Not through the API, and without nodeA.iamChanged(): only the database knows.
            nodeA.home().iam().inlinePolicies().putUserPolicy(
                    new InlinePolicyRequests.PutPolicy("direct", "list", ALLOW_LIST_USERS));
            awaitOn(directOnB, true, "change through the core");
        }
    }

    /**
     * Asks until {@code observer} gives the expected answer; a stale answer is allowed only to a request
     * that began within {@link #BOUND} of the change. Returns microseconds from the change's
     * acknowledgement to the first answer that reflects it.
     */
    static long awaitOn(IamClient observer, boolean expected, String what) {
        long changed = System.nanoTime();
        while (true) {
            long began = System.nanoTime();
            boolean answer = allowed(observer);
            long ended = System.nanoTime();
            if (answer == expected) {
                return (ended - changed) / 1000;
            }
            assertThat(Duration.ofNanos(began - changed)).as("%s: stale answer to a request begun this long after it",
                    what).isLessThan(BOUND);
        }
    }

    static boolean allowed(IamClient client) {
        try {
            client.listUsers();
            return true;
        } catch (AwsServiceException e) {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            return false;
        }
    }

    static AwsCredentials userWithKey(String name) {
        try (IamClient adminOnA = iam(nodeA, admin)) {
            adminOnA.createUser(r -> r.userName(name));
            AccessKey key = adminOnA.createAccessKey(r -> r.userName(name)).accessKey();
            return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
        }
    }

    static AwsCredentials credentialsFile(Path file) throws Exception {
        return SdkClients.credentialsFile(file);
    }

    static AwsCredentials session(Credentials c) {
        return SdkClients.session(c);
    }

    static StsClient sts(WardenApp node, AwsCredentials credentials) {
        return SdkClients.sts(node, credentials);
    }

    static IamClient iam(WardenApp node, AwsCredentials credentials) {
        return SdkClients.iam(node, credentials);
    }
}
