package dev.warden.core.store;

/** A unit of work run inside one store transaction. */
@FunctionalInterface
public interface StoreWork<T> {
    T run(StoreTransaction tx);
}
