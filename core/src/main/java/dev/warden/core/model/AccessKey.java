package dev.warden.core.model;

import java.time.Instant;

/** A long-term access key's metadata (never its secret). {@code lastUsed} is null when never used. */
public record AccessKey(
        String accessKeyId,
        String userId,
        String userName,
        AccessKeyStatus status,
        Instant createDate,
        AccessKeyLastUsed lastUsed) {
}
