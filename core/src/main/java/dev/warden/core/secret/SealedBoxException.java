package dev.warden.core.secret;

/** A sealed box could not be opened: it was altered, truncated, or sealed under another key or owner. */
public final class SealedBoxException extends RuntimeException {
    public SealedBoxException(String reason) {
        super(reason, null, false, false);
    }
}
