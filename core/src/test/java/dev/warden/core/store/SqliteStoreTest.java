package dev.warden.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return SqliteStore.open(dir.resolve("warden.db"));
    }

    @Test
    void runsMigrationsAndUsesWalWithFullSync() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("warden.db"));
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
                java.util.List<String> versions = new java.util.ArrayList<>();
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
                assertThat(versions).containsExactly("1", "2", "2.1", "3", "4", "5", "6", "7", "8", "9", "9.1", "10", "11", "12", "13",
                        "14", "15", "16");
            }
        }
        SqliteStore sqlite = (SqliteStore) store;
        assertThat(sqlite.writerPragma("synchronous")).as("2 = FULL").isEqualTo("2");
        assertThat(sqlite.writerPragma("foreign_keys")).isEqualTo("1");
    }

    @Test
    void iamChangesCommittedByAnotherProcessReachTheFeed() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        try (IamChangeFeed feed = store.watchIamChanges(changes::incrementAndGet).orElseThrow();
                SqliteStore otherProcess = SqliteStore.open(dir.resolve("warden.db"))) {
            awaitTrue(() -> changes.get() == 1 && feed.isCurrent());
            assertThat(feed.reportsAccessKeyChanges()).isTrue();

            otherProcess.write(tx -> {
                tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA9", "written-by-the-cli", 1));
                return null;
            });

            awaitTrue(() -> changes.get() == 2);
            assertThat(feed.isCurrent()).isTrue();
        }
    }

    @Test
    void everyUserRowChangeCountsAsAnIamChange() throws Exception {
        long before = changeCounter();
        store.write(tx -> {
            tx.users().insert(user("AIDAAAAAAAAAAAAAAAAA8", "counted", 1));
            return null;
        });
        long afterUser = changeCounter();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("warden.db"));
                Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE users SET tags_json = '[]' WHERE name = 'counted'");
        }
        assertThat(afterUser).isEqualTo(before + 1);
        assertThat(changeCounter()).isEqualTo(afterUser + 1);
    }

    private long changeCounter() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("warden.db"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT value FROM iam_change_counter")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits for the feed's thread, which checks every 250 ms; the test fails if it never happens. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("condition still false after 10 s").isNegative();
            Thread.sleep(20);
        }
    }

    @Test
    void nestedWriteIsRefusedInsteadOfDeadlocking() {
        assertThatThrownBy(() -> store.write(tx -> store.write(inner -> null)))
                .isInstanceOf(IllegalStateException.class);
    }
}
