package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A customer managed policy. The two usage counts are computed by the store when reading and ignored
 * when writing. {@code description} is null when unset.
 */
public record ManagedPolicy(
        String accountId,
        String policyId,
        String policyName,
        String path,
        String description,
        String defaultVersionId,
        int nextVersionNumber,
        List<Tag> tags,
        Instant createDate,
        Instant updateDate,
        int attachmentCount,
        int permissionsBoundaryUsageCount,
        long version) {
    public ManagedPolicy {
        tags = List.copyOf(tags);
    }

    public String arn() {
        return Arns.policy(accountId, path, policyName);
    }

    public boolean isAttachable() {
        return true;
    }
}
