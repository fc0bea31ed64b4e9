package dev.warden.core.iam;

import dev.warden.core.model.AccessKeyLastUsed;

/** Typed parameters and results of the access key actions. */
public final class AccessKeyRequests {
    private AccessKeyRequests() {
    }

    /** {@code status} is the wire text, "Active" or "Inactive". */
    public record UpdateAccessKey(String userName, String accessKeyId, String status) {
    }

    public record DeleteAccessKey(String userName, String accessKeyId) {
    }

    /** GetAccessKeyLastUsed's result; {@code lastUsed} is null when never used (the wire shows N/A). */
    public record AccessKeyLastUsedResult(String userName, AccessKeyLastUsed lastUsed) {
    }
}
