package dev.warden.core.store;

import dev.warden.core.store.postgres.PostgresSettings;
import dev.warden.core.store.postgres.PostgresStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same contract against a real PostgreSQL server, named by WARDEN_TEST_POSTGRES_URL (a JDBC URL
 * carrying user and password). Skipped when it is not set: PostgreSQL refuses to run as root, so the
 * embedded server cannot start in this project's CI; run it against a server started by hand.
 */
@EnabledIfEnvironmentVariable(named = "WARDEN_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresStoreTest extends StoreContractTest {
    private final String url = System.getenv("WARDEN_TEST_POSTGRES_URL");
    private final String schema = "warden_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected Store openStore() {
        return PostgresStore.open(new PostgresSettings(url, null, null, schema, 8));
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
