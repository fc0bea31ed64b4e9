package dev.warden.core.store;

/**
 * The storage port. All access goes through a unit of work: {@link #read} sees one consistent
 * snapshot; {@link #write} runs all-or-nothing and is isolated from every other write (SQLite
 * serializes writers, PostgreSQL would run SERIALIZABLE and retry), so a read-modify-write inside one
 * unit never loses a concurrent update. A write returns only after the change is durable.
 * Implementations: {@code SqliteStore} (embedded default) and {@code PostgresStore}; both use the same
 * JDBC repositories and common migrations.
 */
public interface Store extends AutoCloseable {
    <T> T read(StoreWork<T> work);

    <T> T write(StoreWork<T> work);

    @Override
    void close();
}
