package dev.warden.server.error;

import java.util.Objects;

/**
 * A request failure that is answered with an AWS error response: the code decides the HTTP status
 * and {@code <Type>}, the message is sent to the client as is, so it must never contain a secret.
 */
public final class AwsError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AwsErrorCode code;

    public AwsError(AwsErrorCode code, String message) {
        // No stack trace: these are expected outcomes of bad input, not bugs.
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public AwsErrorCode code() {
        return code;
    }
}
