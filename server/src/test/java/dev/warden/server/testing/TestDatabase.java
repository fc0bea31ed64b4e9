package dev.warden.server.testing;

import dev.warden.core.home.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A store for one test run (see {@link TestStore}); closing it drops a PostgreSQL schema. */
public final class TestDatabase implements AutoCloseable {
    private final StoreLocation location;
    private final String postgresUrl;
    private final String schema;

    TestDatabase(StoreLocation location, String postgresUrl, String schema) {
        this.location = location;
        this.postgresUrl = postgresUrl;
        this.schema = schema;
    }

    public StoreLocation location() {
        return location;
    }

    @Override
    public void close() {
        if (schema == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(postgresUrl); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }
}
