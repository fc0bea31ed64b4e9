package dev.warden.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.model.Account;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    private static final String ACCOUNT = "123456789012";

    @TempDir
    Path dir;

    private SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("warden.db"));
        store.write(tx -> {
            tx.accounts().insert(new Account(ACCOUNT, Instant.EPOCH));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void runsMigrationsAndUsesWalWithFullSync() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("warden.db"));
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
        }
        assertThat(store.writerPragma("synchronous")).as("2 = FULL").isEqualTo("2");
        assertThat(store.writerPragma("foreign_keys")).isEqualTo("1");
    }

    @Test
    void reopeningKeepsDataAndDoesNotRemigrate() {
        store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1));
            return null;
        });
        store.close();
        store = SqliteStore.open(dir.resolve("warden.db"));
        java.util.Optional<User> found = store.read(tx -> tx.users().findByName(ACCOUNT, "ALICE"));
        assertThat(found).isPresent();
    }

    @Test
    void failedUnitOfWorkLeavesNoTrace() {
        assertThatThrownBy(() -> store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        int count = store.read(tx -> tx.users().count(ACCOUNT));
        assertThat(count).isZero();
    }

    @Test
    void namesAreUniqueCaseInsensitively() {
        store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA1", "Alice", 1));
            return null;
        });
        assertThatThrownBy(() -> store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA2", "ALICE", 1));
            return null;
        })).isInstanceOf(StoreException.class);
    }

    @Test
    void staleVersionIsRejected() {
        User alice = user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1);
        store.write(tx -> {
            tx.users().insert(alice);
            return null;
        });
        store.write(tx -> {
            tx.users().update(withTags(alice, List.of(new Tag("a", "1"))));
            return null;
        });
        assertThatThrownBy(() -> store.write(tx -> {
            tx.users().update(withTags(alice, List.of(new Tag("b", "2"))));
            return null;
        })).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void concurrentReadModifyWriteLosesNoUpdate() throws Exception {
        User alice = user("AIDAAAAAAAAAAAAAAAAA1", "alice", 1);
        store.write(tx -> {
            tx.users().insert(alice);
            return null;
        });
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String key = "t" + thread + "-" + i;
                    store.write(tx -> {
                        User current = tx.users().findById(alice.userId()).orElseThrow();
                        List<Tag> tags = new ArrayList<>(current.tags());
                        tags.add(new Tag(key, "v"));
                        tx.users().update(withTags(current, tags));
                        return null;
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        User after = store.read(tx -> tx.users().findById(alice.userId()).orElseThrow());
        assertThat(after.tags()).hasSize(threads * perThread);
        assertThat(after.version()).isEqualTo(1 + threads * perThread);
    }

    @Test
    void nestedWriteIsRefusedInsteadOfDeadlocking() {
        assertThatThrownBy(() -> store.write(tx -> store.write(inner -> null)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static User user(String id, String name, long version) {
        return new User(ACCOUNT, id, name, "/", Instant.ofEpochMilli(1000), null, List.of(), version);
    }

    private static User withTags(User u, List<Tag> tags) {
        return new User(u.accountId(), u.userId(), u.userName(), u.path(), u.createDate(), u.permissionsBoundaryArn(),
                tags, u.version());
    }
}
