package dev.warden.core.store.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the PostgreSQL store lives. {@code schema} holds Warden's tables (created by the migrations
 * when missing), so one database can host several installations or test runs.
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize) {
    public static final String DEFAULT_SCHEMA = "warden";
    public static final int DEFAULT_POOL_SIZE = 10;
    private static final String PREFIX = "jdbc:postgresql:";

    public PostgresSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE?user=...)");
        }
        if (schema == null || !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be positive: " + poolSize);
        }
    }

    /**
     * Settings from the URL an operator passes ({@code --db} or {@code WARDEN_DB}):
     * {@code jdbc:postgresql://HOST:PORT/DATABASE?user=U&password=P&currentSchema=S}. User and password
     * are taken out of the URL, so that the URL can be logged; the schema defaults to
     * {@value #DEFAULT_SCHEMA}. Other parameters (sslmode, ...) stay in the URL for the driver.
     */
    public static PostgresSettings fromJdbcUrl(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE?user=...)");
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String user = null;
        String password = null;
        String schema = DEFAULT_SCHEMA;
        List<String> kept = new ArrayList<>();
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                switch (name) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    case "currentSchema" -> schema = value;
                    default -> kept.add(pair);
                }
            }
        }
        String jdbcUrl = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
        return new PostgresSettings(jdbcUrl, user, password, schema, DEFAULT_POOL_SIZE);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public PostgresSettings withSchema(String newSchema) {
        return new PostgresSettings(jdbcUrl, user, password, newSchema, poolSize);
    }

    /** Where the tables are, for messages: URL (without credentials) and schema. */
    public String describe() {
        return jdbcUrl + " (schema " + schema + ")";
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****, schema=" + schema
                + ", poolSize=" + poolSize + "]";
    }
}
