package dev.warden.core.store;

import java.util.Optional;

/**
 * The storage port. All access goes through a unit of work: {@link #read} sees one consistent
 * snapshot; {@link #write} runs all-or-nothing and is isolated from every other write (SQLite
 * serializes writers, PostgreSQL runs SERIALIZABLE and retries), so a read-modify-write inside one
 * unit never loses a concurrent update. A write returns only after the change is durable.
 * Implementations: {@code SqliteStore} (embedded default) and {@code PostgresStore}; both use the same
 * JDBC repositories and common migrations.
 */
public interface Store extends AutoCloseable {
    <T> T read(StoreWork<T> work);

    <T> T write(StoreWork<T> work);

    /**
     * Starts watching for IAM changes committed by any process sharing this store; {@code onChange}
     * runs (on the feed's own thread) after each: other nodes on PostgreSQL, Warden's own CLI writing
     * a SQLite home while its server runs. Empty when no other process can write the store, so
     * in-process change tracking already sees every change.
     */
    default Optional<IamChangeFeed> watchIamChanges(Runnable onChange) {
        return Optional.empty();
    }

    @Override
    void close();
}
