package dev.warden.core.store;

/**
 * An optimistic update found a different row version than the one it read: someone else changed the
 * entity in between. Callers re-read and retry, or report ConcurrentModification.
 */
public final class StaleVersionException extends StoreException {
    public StaleVersionException(String entity) {
        super("stale version of " + entity, null);
    }
}
