package dev.warden.core.store;

/** The database failed (I/O, constraint, driver); the wire layer answers ServiceFailure. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
