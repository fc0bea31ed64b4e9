package dev.warden.core.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the server named by WARDEN_TEST_POSTGRES_URL (tests using it are skipped when the
 * variable is unset), dropped on close.
 */
public final class PostgresTestSchema implements AutoCloseable {
    public static final String URL_VARIABLE = "WARDEN_TEST_POSTGRES_URL";

    private final String url = System.getenv(URL_VARIABLE);
    private final String schema = "warden_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public PostgresSettings settings() {
        return PostgresSettings.fromJdbcUrl(url).withSchema(schema);
    }

    public String schema() {
        return schema;
    }

    /** A plain connection (search_path not set), for looking behind the store's back. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
