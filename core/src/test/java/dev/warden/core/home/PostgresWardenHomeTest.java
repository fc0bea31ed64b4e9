package dev.warden.core.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.store.postgres.PostgresStore;
import dev.warden.core.store.postgres.PostgresTestSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Homes (one per node) sharing one PostgreSQL schema; runs when WARDEN_TEST_POSTGRES_URL is set. */
@EnabledIfEnvironmentVariable(named = PostgresTestSchema.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PostgresWardenHomeTest {
    private static final PasswordHasher.Argon2Settings FAST = new PasswordHasher.Argon2Settings(64, 1, 1);

    @TempDir
    Path tmp;

    private final PostgresTestSchema db = new PostgresTestSchema();
    private final MasterKey shared = MasterKey.generate(new SecureRandom());

    @AfterEach
    void dropSchema() throws Exception {
        db.close();
    }

    private WardenHomeSettings node(String name) {
        return WardenHomeSettings.defaults(tmp.resolve(name)).withArgon2(FAST)
                .withStore(new StoreLocation.Postgres(db.settings()));
    }

    @Test
    void aSecondNodeJoinsTheAccountAndReadsSecretsTheFirstStored() throws Exception {
        String account;
        CreatedAccessKey bobKey;
        try (WardenHome first = WardenHome.open(node("a").withAccountId("111122223333").withOperatorMasterKey(shared))) {
            assertThat(first.isFirstStart()).isTrue();
            assertThat(first.store()).isInstanceOf(PostgresStore.class);
            assertThat(tmp.resolve("a/warden.db")).doesNotExist();
            assertThat(Files.readString(first.credentialsFile())).contains("aws_access_key_id = AKIA");
            account = first.accountId();
            first.iam().users().createUser(UserRequests.CreateUser.named("bob"));
            bobKey = first.iam().accessKeys().createAccessKey("bob");
        }
        try (WardenHome second = WardenHome.open(node("b").withOperatorMasterKey(shared))) {
            assertThat(second.isFirstStart()).isFalse();
            assertThat(second.accountId()).isEqualTo(account);
            assertThat(second.credentialsFile()).as("the administrator's key was written by the first node only")
                    .doesNotExist();
            assertThat(second.iam().accessKeys().listAccessKeys("admin", ListOptions.all()).items()).hasSize(1);
            assertThat(second.iam().accessKeys().findCredential(bobKey.accessKey().accessKeyId()).orElseThrow()
                    .secretAccessKey()).isEqualTo(bobKey.secretAccessKey());
        }
    }

    @Test
    void aCopiedMasterKeyFileWorksLikeTheSharedVariable() throws Exception {
        try (WardenHome first = WardenHome.open(node("a"))) {
            assertThat(first.home().resolve("master.key")).exists();
        }
        Files.createDirectories(tmp.resolve("b"));
        Files.copy(tmp.resolve("a/master.key"), tmp.resolve("b/master.key"));
        try (WardenHome second = WardenHome.open(node("b"))) {
            assertThat(second.isFirstStart()).isFalse();
        }
    }

    @Test
    void aNodeWithAnotherMasterKeyRefusesToStartAndSaysWhy() {
        try (WardenHome first = WardenHome.open(node("a").withOperatorMasterKey(shared))) {
            assertThat(first.isFirstStart()).isTrue();
        }
        assertThatThrownBy(() -> WardenHome.open(node("b")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the master key does not decrypt the secrets stored in " + db.settings().describe())
                .hasMessageContaining("Nodes sharing a database must all use the same master key");
    }

    @Test
    void aNodeConfiguredForAnotherAccountRefusesToStart() {
        try (WardenHome first = WardenHome.open(node("a").withAccountId("111122223333").withOperatorMasterKey(shared))) {
            assertThat(first.accountId()).isEqualTo("111122223333");
        }
        assertThatThrownBy(() -> WardenHome.open(node("b").withAccountId("999988887777").withOperatorMasterKey(shared)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("belongs to account 111122223333");
    }

    @Test
    void nodesStartingTogetherOnAnEmptyDatabaseAgreeOnOneAccountAndOneAdministrator() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<WardenHome>> starts = List.of(
                    () -> WardenHome.open(node("a").withOperatorMasterKey(shared)),
                    () -> WardenHome.open(node("b").withOperatorMasterKey(shared)),
                    () -> WardenHome.open(node("c").withOperatorMasterKey(shared)));
            List<WardenHome> homes = pool.invokeAll(starts).stream().map(PostgresWardenHomeTest::get).toList();
            try {
                assertThat(homes).extracting(WardenHome::accountId).containsOnly(homes.get(0).accountId());
                assertThat(homes).filteredOn(WardenHome::isFirstStart).hasSize(1);
                assertThat(homes.get(0).iam().users().listUsers(ListOptions.all()).items())
                        .extracting(u -> u.userName()).containsExactly("admin");
            } finally {
                homes.forEach(WardenHome::close);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static WardenHome get(Future<WardenHome> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
