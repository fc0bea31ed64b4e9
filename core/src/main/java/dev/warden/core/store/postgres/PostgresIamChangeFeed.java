package dev.warden.core.store.postgres;

import dev.warden.core.store.IamChangeCounter;
import dev.warden.core.store.IamChangeFeed;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.PGProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IAM changes made by any node on the same PostgreSQL schema. The migrations keep a transactional
 * counter that every IAM write statement bumps, with a {@code NOTIFY warden_iam_changes} carrying the
 * schema name. This feed holds one dedicated connection (outside the pool) that LISTENs on that
 * channel, and re-reads the counter whenever a notification for its schema arrives and otherwise
 * every {@code checkInterval}; whenever the counter differs from the last value read, the listener
 * runs. The counter, not the notification, is the truth: a notification can only make a check come
 * sooner, so one that never arrives delays a change by at most one interval.
 *
 * <p>Each successful check renews a {@link dev.warden.core.store.FreshnessLease}; if checks stop (connection lost, thread
 * stalled) the lease runs out after {@code stalenessBound} and {@link #isCurrent()} turns false, so
 * callers stop trusting their caches. The feed reconnects by itself, at most once per interval, and
 * its first check after reconnecting catches up with everything committed meanwhile.
 */
public final class PostgresIamChangeFeed implements IamChangeFeed {
    /** How often the counter is read when no notification comes. */
    public static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    /** How long a check vouches for the caches: the check interval plus a second of scheduling slack. */
    public static final Duration STALENESS_BOUND = Duration.ofSeconds(2);

    static final String CHANNEL = "warden_iam_changes";
    /** Followed by the schema, so that operators (and tests) can tell the feeds in pg_stat_activity apart. */
    static final String APPLICATION_NAME_PREFIX = "warden-iam-change-feed:";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresIamChangeFeed.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int SOCKET_TIMEOUT_SECONDS = 30;

    private final PostgresSettings settings;
    private final Duration checkInterval;
    private final IamChangeCounter counter;
    private final LongSupplier nanoTime;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private PostgresIamChangeFeed(PostgresSettings settings, Runnable onChange, Duration checkInterval,
            Duration stalenessBound, LongSupplier nanoTime) {
        this.counter = new IamChangeCounter(onChange, checkInterval, stalenessBound, nanoTime);
        this.settings = settings;
        this.checkInterval = checkInterval;
        this.nanoTime = nanoTime;
        this.thread = new Thread(this::run, "warden-iam-change-feed");
        this.thread.setDaemon(true);
    }

    /** Starts a feed with the default interval and bound. */
    public static PostgresIamChangeFeed start(PostgresSettings settings, Runnable onChange) {
        return start(settings, onChange, CHECK_INTERVAL, STALENESS_BOUND, System::nanoTime);
    }

    public static PostgresIamChangeFeed start(PostgresSettings settings, Runnable onChange, Duration checkInterval,
            Duration stalenessBound, LongSupplier nanoTime) {
        PostgresIamChangeFeed feed = new PostgresIamChangeFeed(settings, onChange, checkInterval, stalenessBound,
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

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        closeQuietly(connection);
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        boolean outage = false;
        while (!closed) {
            long attemptStarted = nanoTime.getAsLong();
            try (Connection c = connect()) {
                connection = c;
                listen(c);
                if (outage) {
                    LOG.info("IAM change feed reconnected to {}", settings.describe());
                    outage = false;
                }
                while (!closed) {
                    counter.check(c, "SELECT value FROM " + settings.schema() + ".iam_change_counter");
                    awaitNotification(c);
                }
            } catch (SQLException | RuntimeException e) {
                counter.revoke();
                if (closed) {
                    return;
                }
                if (!outage) {
                    LOG.warn("IAM change feed lost its connection to {} ({}); compiled policies are not cached "
                            + "until it is back", settings.describe(), e.getMessage());
                    outage = true;
                }
                pauseBeforeReconnecting(attemptStarted);
            } finally {
                connection = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            PGProperty.USER.set(properties, settings.user());
        }
        if (settings.password() != null) {
            PGProperty.PASSWORD.set(properties, settings.password());
        }
        PGProperty.CONNECT_TIMEOUT.set(properties, CONNECT_TIMEOUT_SECONDS);
        PGProperty.SOCKET_TIMEOUT.set(properties, SOCKET_TIMEOUT_SECONDS);
        PGProperty.TCP_KEEP_ALIVE.set(properties, true);
        PGProperty.APPLICATION_NAME.set(properties, APPLICATION_NAME_PREFIX + settings.schema());
        return DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    private static void listen(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
    }

    /** Returns when a notification for this schema arrives or the check interval has passed. */
    private void awaitNotification(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long deadline = nanoTime.getAsLong() + checkInterval.toNanos();
        while (!closed) {
            long remainingMillis = Duration.ofNanos(deadline - nanoTime.getAsLong()).toMillis();
            if (remainingMillis <= 0) {
                return;
            }
            PGNotification[] notifications = pg.getNotifications((int) remainingMillis);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    if (CHANNEL.equals(n.getName()) && settings.schema().equals(n.getParameter())) {
                        return;
                    }
                }
            }
        }
    }

    private void pauseBeforeReconnecting(long attemptStarted) {
        long waitNanos = checkInterval.toNanos() - (nanoTime.getAsLong() - attemptStarted);
        if (waitNanos > 0) {
            try {
                Thread.sleep(Duration.ofNanos(waitNanos).toMillis());
            } catch (InterruptedException e) {
                // Only close() interrupts this thread, and the loop stops on 'closed'.
                return;
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException ignored) {
                // Closing only to wake the feed's thread; it is stopping anyway.
            }
        }
    }
}
