package dev.warden.core.model;

import java.time.Instant;

/**
 * A GenerateServiceLastAccessedDetails request: the user, group, role or managed policy it reports
 * on ({@code entityArn}), whether it tracks actions too, and the principal that asked for it.
 * Warden completes the job when it is created, so {@code completedAt} is always set.
 */
public record ServiceLastAccessedJob(
        String jobId,
        String accountId,
        String entityArn,
        Granularity granularity,
        String requestedBy,
        Instant createdAt,
        Instant completedAt) {

    /** AWS's AccessAdvisorUsageGranularityType. */
    public enum Granularity {
        SERVICE_LEVEL,
        ACTION_LEVEL
    }
}
