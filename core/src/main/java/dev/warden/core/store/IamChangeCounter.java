package dev.warden.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What an {@link IamChangeFeed} knows of the store's IAM change counter (a row the migrations bump on
 * every IAM write): the value last read, the listener to run when it moves, and the
 * {@link FreshnessLease} each successful read renews. Used by one feed thread at a time.
 */
public final class IamChangeCounter {
    private final Runnable onChange;
    private final FreshnessLease lease;
    private Long lastSeen;

    public IamChangeCounter(Runnable onChange, Duration checkInterval, Duration stalenessBound,
            LongSupplier nanoTime) {
        if (stalenessBound.compareTo(checkInterval) <= 0) {
            throw new IllegalArgumentException("the staleness bound must exceed the check interval");
        }
        this.onChange = onChange;
        this.lease = new FreshnessLease(stalenessBound, nanoTime);
    }

    /** Reads the counter; runs the listener when it moved; renews the lease from the read's start. */
    public void check(Connection c, String counterQuery) throws SQLException {
        long began = lease.checkBegins();
        long counter;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(counterQuery)) {
            if (!rs.next()) {
                throw new SQLException("iam_change_counter has no row");
            }
            counter = rs.getLong(1);
        }
        if (lastSeen == null || lastSeen != counter) {
            lastSeen = counter;
            onChange.run();
        }
        lease.confirm(began);
    }

    /** Reads failed: nothing is vouched for until the next successful one. */
    public void revoke() {
        lease.revoke();
    }

    public boolean isCurrent() {
        return lease.isCurrent();
    }

    public Duration stalenessBound() {
        return lease.bound();
    }
}
