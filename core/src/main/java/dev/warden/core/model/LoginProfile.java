package dev.warden.core.model;

import java.time.Instant;

/** A user's console password entry (the hash lives only in the store). */
public record LoginProfile(String userId, String userName, Instant createDate, boolean passwordResetRequired) {
}
