package dev.warden.core.store.postgres;

/**
 * Where the PostgreSQL store lives. {@code schema} holds Warden's tables (created by the migrations
 * when missing), so one database can host several installations or test runs.
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize) {
    public PostgresSettings {
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
        }
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****, schema=" + schema
                + ", poolSize=" + poolSize + "]";
    }
}
