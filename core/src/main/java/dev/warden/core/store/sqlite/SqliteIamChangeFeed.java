package dev.warden.core.store.sqlite;

import dev.warden.core.store.IamChangeCounter;
import dev.warden.core.store.IamChangeFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IAM changes committed to the SQLite file by another process: Warden's own CLI commands that write
 * IAM directly ({@code policy generate --apply}, {@code oidc set-keys}) while a server runs. The
 * migrations keep a counter that every such row change bumps in its own transaction; this feed reads
 * it on a dedicated connection every {@code checkInterval} and runs the listener whenever it moved.
 * Changes made through the server are seen too, which only costs a recompilation.
 *
 * <p>Each successful read renews a {@link dev.warden.core.store.FreshnessLease}; while reads fail or stall for longer than
 * the bound, {@link #isCurrent()} is false and caches must not serve.
 */
public final class SqliteIamChangeFeed implements IamChangeFeed {
    public static final Duration CHECK_INTERVAL = Duration.ofMillis(250);
    /** Four check intervals: room for a busy machine to be late with a check without caches going cold. */
    public static final Duration STALENESS_BOUND = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(SqliteIamChangeFeed.class);

    private final DataSource dataSource;
    private final Duration checkInterval;
    private final IamChangeCounter counter;
    private final Thread thread;
    private volatile boolean closed;

    private SqliteIamChangeFeed(DataSource dataSource, Runnable onChange, Duration checkInterval,
            Duration stalenessBound, LongSupplier nanoTime) {
        this.counter = new IamChangeCounter(onChange, checkInterval, stalenessBound, nanoTime);
        this.dataSource = dataSource;
        this.checkInterval = checkInterval;
        this.thread = new Thread(this::run, "warden-iam-change-feed");
        this.thread.setDaemon(true);
    }

    static SqliteIamChangeFeed start(DataSource dataSource, Runnable onChange, Duration checkInterval,
            Duration stalenessBound, LongSupplier nanoTime) {
        SqliteIamChangeFeed feed = new SqliteIamChangeFeed(dataSource, onChange, checkInterval, stalenessBound,
                nanoTime);
        feed.thread.start();
        return feed;
    }

    @Override
    public boolean isCurrent() {
        return counter.isCurrent();
    }

    @Override
    public Duration stalenessBound() {
        return counter.stalenessBound();
    }

    /** Key status changes bump the counter too, so resolved access keys may stay cached. */
    @Override
    public boolean reportsAccessKeyChanges() {
        return true;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        boolean failing = false;
        while (!closed) {
            try (Connection c = dataSource.getConnection()) {
                while (!closed) {
                    counter.check(c, "SELECT value FROM iam_change_counter");
                    if (failing) {
                        LOG.info("IAM change feed reads the database again");
                        failing = false;
                    }
                    Thread.sleep(checkInterval.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                counter.revoke();
                if (!failing) {
                    LOG.warn("IAM change feed cannot read the database ({}); compiled policies are not cached "
                            + "until it can", e.getMessage());
                    failing = true;
                }
                try {
                    Thread.sleep(checkInterval.toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
