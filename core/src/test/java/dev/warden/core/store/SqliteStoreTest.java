package dev.warden.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
                assertThat(versions).containsExactly("1", "2", "2.1", "3", "4", "5", "6", "7", "8", "9");
            }
        }
        SqliteStore sqlite = (SqliteStore) store;
        assertThat(sqlite.writerPragma("synchronous")).as("2 = FULL").isEqualTo("2");
        assertThat(sqlite.writerPragma("foreign_keys")).isEqualTo("1");
    }

    @Test
    void nestedWriteIsRefusedInsteadOfDeadlocking() {
        assertThatThrownBy(() -> store.write(tx -> store.write(inner -> null)))
                .isInstanceOf(IllegalStateException.class);
    }
}
