package dev.warden.server.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warden.core.home.StoreLocation;
import dev.warden.core.store.postgres.PostgresSettings;
import java.util.UUID;

/**
 * The stores an integration suite runs against, as the parameter of a {@code @ParameterizedClass}:
 * the home's SQLite file always, and PostgreSQL when {@value #POSTGRES_URL_VARIABLE} names a server
 * (a JDBC URL with user, e.g. from tools/postgres/start.sh); otherwise the PostgreSQL run is skipped.
 */
public enum TestStore {
    SQLITE,
    POSTGRES;

    public static final String POSTGRES_URL_VARIABLE = "WARDEN_TEST_POSTGRES_URL";

    /** Skips the current test class invocation when this store has no server to run against. */
    public void assumeAvailable() {
        if (this == POSTGRES) {
            String url = System.getenv(POSTGRES_URL_VARIABLE);
            assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                    POSTGRES_URL_VARIABLE + " is not set: no PostgreSQL server to run against");
        }
    }

    /** A fresh, empty database of this kind; close it to drop it. */
    public TestDatabase create() {
        if (this == SQLITE) {
            return new TestDatabase(StoreLocation.homeSqlite(), null, null);
        }
        assumeAvailable();
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        String schema = "warden_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new TestDatabase(new StoreLocation.Postgres(PostgresSettings.fromJdbcUrl(url).withSchema(schema)), url,
                schema);
    }
}
