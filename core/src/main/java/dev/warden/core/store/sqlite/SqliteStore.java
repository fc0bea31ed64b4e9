package dev.warden.core.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.core.store.IamChangeFeed;
import dev.warden.core.store.Store;
import dev.warden.core.store.StoreException;
import dev.warden.core.store.StoreWork;
import dev.warden.core.store.jdbc.AppliedSchema;
import dev.warden.core.store.jdbc.JdbcTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded default store: one SQLite file in WAL mode with {@code synchronous=FULL}, so a commit
 * returns only after the WAL is fsync'ed. Writers are serialized in-process (a fair lock in front of
 * a one-connection pool that opens transactions with BEGIN IMMEDIATE); readers use their own pool and
 * see a consistent snapshot per unit of work while a write is in progress. Migrations run at open.
 */
public final class SqliteStore implements Store {
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final HikariDataSource writers;
    private final HikariDataSource readers;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private final String url;

    private SqliteStore(String url, HikariDataSource writers, HikariDataSource readers) {
        this.url = url;
        this.writers = writers;
        this.readers = readers;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static SqliteStore open(Path databaseFile) {
        String url = "jdbc:sqlite:" + databaseFile.toAbsolutePath();
        migrate(dataSource(url, SQLiteConfig.TransactionMode.IMMEDIATE));
        HikariDataSource writers = pool("warden-sqlite-writer", dataSource(url, SQLiteConfig.TransactionMode.IMMEDIATE), 1);
        HikariDataSource readers = pool("warden-sqlite-reader", dataSource(url, SQLiteConfig.TransactionMode.DEFERRED), READERS);
        return new SqliteStore(url, writers, readers);
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        return inTransaction(readers, work);
    }

    @Override
    public <T> T write(StoreWork<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested write unit of work: the single writer connection is in use");
        }
        writeLock.lock();
        try {
            return inTransaction(writers, work);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Reads a PRAGMA as the writer connection sees it (pragmas such as synchronous are per connection);
     * for diagnostics and tests.
     */
    public String writerPragma(String name) {
        if (!name.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        writeLock.lock();
        try (Connection c = writers.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new StoreException("cannot read pragma " + name, e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Changes committed by other processes on this file (Warden's CLI writing IAM while the server
     * runs), read from a counter on a connection of the feed's own (see {@link SqliteIamChangeFeed}).
     */
    @Override
    public Optional<IamChangeFeed> watchIamChanges(Runnable onChange) {
        return Optional.of(SqliteIamChangeFeed.start(dataSource(url, SQLiteConfig.TransactionMode.DEFERRED), onChange,
                SqliteIamChangeFeed.CHECK_INTERVAL, SqliteIamChangeFeed.STALENESS_BOUND, System::nanoTime));
    }

    @Override
    public void close() {
        readers.close();
        writers.close();
    }

    private static <T> T inTransaction(HikariDataSource pool, StoreWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new JdbcTransaction(c));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("SQLite transaction failed", e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static SQLiteDataSource dataSource(String url, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(mode);
        // Nothing reads generated keys (ids are made by Warden), and with them on the driver ran a
        // second query (last_insert_rowid) after every INSERT: a fifth of the audit writer's time (JFR).
        config.setGetGeneratedKeys(false);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    private static HikariDataSource pool(String name, SQLiteDataSource ds, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(ds);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    private static void migrate(SQLiteDataSource ds) {
        if (AppliedSchema.isCurrent(ds, AppliedSchema.NEWEST_SQLITE)) {
            return;
        }
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                .load()
                .migrate();
    }
}
