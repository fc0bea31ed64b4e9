package dev.warden.core.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.core.store.IamChangeFeed;
import dev.warden.core.store.Store;
import dev.warden.core.store.StoreException;
import dev.warden.core.store.StoreWork;
import dev.warden.core.store.jdbc.AppliedSchema;
import dev.warden.core.store.jdbc.JdbcTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL store: the same JDBC repositories and common migrations as SQLite, plus the
 * postgresql/ dialect folder. Writes run SERIALIZABLE and are retried when PostgreSQL reports a
 * serialization failure or deadlock, so concurrent read-modify-write units never lose an update
 * without a process-wide lock; reads run REPEATABLE READ, read-only. Commits are durable with
 * PostgreSQL's default synchronous_commit=on. Every IAM write also bumps the one-row change counter
 * that feeds {@link PostgresIamChangeFeed}, so concurrent IAM writes conflict and are retried one after
 * another (as SQLite serializes them); key use and audit rows do not touch it.
 */
public final class PostgresStore implements Store {
    private static final int MAX_ATTEMPTS = 100;
    private static final long MAX_BACKOFF_MILLIS = 50;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";

    private final HikariDataSource pool;
    private final PostgresSettings settings;

    private PostgresStore(HikariDataSource pool, PostgresSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    public static PostgresStore open(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("warden-postgres");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setSchema(settings.schema());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            if (AppliedSchema.isCurrent(pool, AppliedSchema.NEWEST_POSTGRESQL)) {
                return new PostgresStore(pool, settings);
            }
            Flyway.configure()
                    .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .schemas(settings.schema())
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresStore(pool, settings);
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        return run(work, Connection.TRANSACTION_REPEATABLE_READ, true);
    }

    @Override
    public <T> T write(StoreWork<T> work) {
        return run(work, Connection.TRANSACTION_SERIALIZABLE, false);
    }

    /** Changes by every node on this schema, through LISTEN/NOTIFY (see {@link PostgresIamChangeFeed}). */
    @Override
    public Optional<IamChangeFeed> watchIamChanges(Runnable onChange) {
        return Optional.of(PostgresIamChangeFeed.start(settings, onChange));
    }

    @Override
    public void close() {
        pool.close();
    }

    private <T> T run(StoreWork<T> work, int isolation, boolean readOnly) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work, isolation, readOnly);
            } catch (StoreException e) {
                if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    private <T> T once(StoreWork<T> work, int isolation, boolean readOnly) {
        try (Connection c = pool.getConnection()) {
            c.setTransactionIsolation(isolation);
            c.setReadOnly(readOnly);
            c.setAutoCommit(false);
            try {
                T result = work.run(new JdbcTransaction(c));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL transaction failed", e);
        }
    }

    /** Randomized exponential backoff, so colliding writers stop colliding in lockstep. */
    private static void backOff(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_MILLIS, 1L << Math.min(attempt, 6));
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a serialization failure", e);
        }
    }

    private static boolean isRetryable(StoreException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
