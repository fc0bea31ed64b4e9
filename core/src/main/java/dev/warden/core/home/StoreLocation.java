package dev.warden.core.home;

import dev.warden.core.store.Store;
import dev.warden.core.store.postgres.PostgresSettings;
import dev.warden.core.store.postgres.PostgresStore;
import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a Warden home keeps its IAM data: the embedded SQLite file {@code warden.db} in the home
 * (the default; one server per file), or a PostgreSQL schema that several servers ("nodes") may share.
 * The account, the administrator's credentials file and the master key stay in the home either way.
 */
public sealed interface StoreLocation {

    /** The environment variable naming the database when {@code --db} is not given. */
    String DATABASE_VARIABLE = "WARDEN_DB";

    /** {@code $WARDEN_HOME/warden.db}. */
    record HomeSqlite() implements StoreLocation {
        @Override
        public Store open(Path home) {
            return SqliteStore.open(file(home));
        }

        @Override
        public String describe(Path home) {
            return file(home).toString();
        }

        private static Path file(Path home) {
            return home.resolve("warden.db");
        }
    }

    /** A PostgreSQL database and schema. */
    record Postgres(PostgresSettings settings) implements StoreLocation {
        @Override
        public Store open(Path home) {
            return PostgresStore.open(settings);
        }

        @Override
        public String describe(Path home) {
            return settings.describe();
        }
    }

    Store open(Path home);

    /** Where the data is, for messages (never with a password). */
    String describe(Path home);

    static StoreLocation homeSqlite() {
        return new HomeSqlite();
    }

    /**
     * The database named by the {@code --db} option, else by {@code WARDEN_DB}, else the home's SQLite
     * file. Only {@code jdbc:postgresql:} URLs are accepted.
     */
    static StoreLocation resolve(String dbOption, Map<String, String> env) {
        String url = dbOption != null && !dbOption.isBlank() ? dbOption : env.get(DATABASE_VARIABLE);
        if (url == null || url.isBlank()) {
            return homeSqlite();
        }
        url = url.strip();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the database must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER (leave it out to use SQLite in the home folder)");
        }
        return new Postgres(PostgresSettings.fromJdbcUrl(url));
    }
}
