package dev.warden.core.audit;

import java.time.Instant;

/**
 * Filters for reading the audit log; null members do not filter. {@code from} is inclusive,
 * {@code to} exclusive. Results come newest first, at most {@code limit} (1..1000).
 */
public record AuditQuery(Instant from, Instant to, String principalArn, String eventName, String errorCode, int limit) {
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
