package dev.warden.core.store;

import java.time.Duration;

/**
 * News of IAM changes committed by any process sharing the store, for caches of what is derived from
 * IAM state (compiled policies). The feed runs its listener soon after each such change commits, and
 * says at any moment whether it is current: whether a check that began at most
 * {@link #stalenessBound()} ago found every committed change already reported. A cache must not
 * serve entries while the feed is not current; then no cached entry is older than the bound.
 */
public interface IamChangeFeed extends AutoCloseable {

    boolean isCurrent();

    /** How old the newest confirmation may be for the feed to count as current. */
    Duration stalenessBound();

    /**
     * Whether access keys created, deleted, activated or deactivated elsewhere are reported too, so
     * that resolved keys may be cached under the same generation as compiled policies.
     */
    default boolean reportsAccessKeyChanges() {
        return false;
    }

    @Override
    void close();
}
