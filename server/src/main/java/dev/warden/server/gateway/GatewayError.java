package dev.warden.server.gateway;

import java.util.Objects;

/** A failure answered in the protocol's JSON error shape; {@code restStatus} applies to REST-JSON only. */
final class GatewayError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int restStatus;

    GatewayError(String type, int restStatus, String message) {
        super(Objects.requireNonNull(message), null, false, false);
        this.type = type;
        this.restStatus = restStatus;
    }

    String type() {
        return type;
    }

    int restStatus() {
        return restStatus;
    }
}
