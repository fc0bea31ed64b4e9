package dev.warden.core.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditLog;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.IamContext;
import dev.warden.core.iam.IamQuotas;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.JsonPolicyDocumentCheck;
import dev.warden.core.iam.ManagedPolicyDirectory;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.id.AccountId;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.secret.SecretAtRestCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The LISTEN/NOTIFY change feed against a real PostgreSQL (WARDEN_TEST_POSTGRES_URL). Waits are
 * bounded and generous: they wait for an event, they do not measure time.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestSchema.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PostgresIamChangeFeedTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final PostgresTestSchema db = new PostgresTestSchema();
    private final AtomicInteger changes = new AtomicInteger();
    private PostgresStore store;
    private Iam iam;
    private PostgresIamChangeFeed feed;

    @BeforeEach
    void start() {
        store = PostgresStore.open(db.settings());
        SecureRandom random = new SecureRandom();
        iam = new Iam(new IamContext(AccountId.of("123456789012"), store, Clock.systemUTC(), random,
                new UniqueIdGenerator(random), IamQuotas.defaults(), new JsonPolicyDocumentCheck(),
                ManagedPolicyDirectory.ANY, new SecretAtRestCipher(MasterKey.generate(random), random),
                new PasswordHasher(new PasswordHasher.Argon2Settings(64, 1, 1), random)));
        iam.ensureAccount();
        feed = (PostgresIamChangeFeed) store.watchIamChanges(changes::incrementAndGet).orElseThrow();
        await(feed::isCurrent);
    }

    @AfterEach
    void stop() throws Exception {
        feed.close();
        store.close();
        db.close();
    }

    @Test
    void anIamWriteIsReportedAndTheFeedStaysCurrent() {
        int before = changes.get();
        createUser("alice");
        await(() -> changes.get() > before);
        assertThat(feed.isCurrent()).isTrue();
        assertThat(feed.stalenessBound()).isEqualTo(PostgresIamChangeFeed.STALENESS_BOUND);
    }

    @Test
    void everyTableThatShapesPoliciesBumpsTheCounterButKeyUseAndAuditDoNot() throws Exception {
        long start = counter();
        createUser("bob");
        long afterUser = counter();
        assertThat(afterUser).isGreaterThan(start);

        String keyId = iam.accessKeys().createAccessKey("bob").accessKey().accessKeyId();
        iam.accessKeys().recordUse(keyId, "iam", "us-east-1");
        new AuditLog(store, Clock.systemUTC()).record(new AuditEvent(null, null, "iam.amazonaws.com", "ListUsers",
                "us-east-1", null, null, UserIdentity.anonymous(), null, null, null, null, "r", null));
        assertThat(counter()).as("access keys, key use and audit rows are not policy inputs").isEqualTo(afterUser);

        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("bob", "p",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"));
        assertThat(counter()).isGreaterThan(afterUser);
    }

    @Test
    void aChangeWithoutANotificationIsStillNoticedByThePeriodicCheck() throws Exception {
        int before = changes.get();
        // Bumping the counter by hand sends no NOTIFY: only the interval check can see it.
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE " + db.schema() + ".iam_change_counter SET value = value + 1");
        }
        await(() -> changes.get() > before);
    }

    @Test
    void aChangeMadeOutsideTheStoreWithAnotherSearchPathCountsInTheRightSchema() throws Exception {
        createUser("carol");
        int before = changes.get();
        long counter = counter();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE " + db.schema() + ".users SET path = '/moved/' WHERE name = 'carol'");
        }
        assertThat(counter()).isEqualTo(counter + 1);
        await(() -> changes.get() > before);
    }

    @Test
    void afterItsConnectionIsKilledTheFeedReconnectsAndCatchesUp() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                    + "'warden-iam-change-feed:" + db.schema() + "'").close();
        }
        int before = changes.get();
        createUser("dave");
        await(() -> changes.get() > before);
        await(feed::isCurrent);
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                        + "'warden-iam-change-feed:" + db.schema() + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void closingStopsTheFeed() {
        feed.close();
        assertThat(feed.isCurrent()).isFalse();
    }

    private void createUser(String name) {
        iam.users().createUser(UserRequests.CreateUser.named(name));
    }

    private long counter() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT value FROM " + db.schema() + ".iam_change_counter")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + PATIENCE);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
