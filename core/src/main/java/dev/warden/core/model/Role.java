package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An IAM role. {@code assumeRolePolicyDocument} is the stored form, in which user and role ARNs have
 * been replaced by unique ids (see TrustPolicyPrincipals); show it to callers only after mapping back.
 * {@code description} and {@code permissionsBoundaryArn} are null when unset.
 */
public record Role(
        String accountId,
        String roleId,
        String roleName,
        String path,
        String assumeRolePolicyDocument,
        String description,
        int maxSessionDuration,
        String permissionsBoundaryArn,
        List<Tag> tags,
        Instant createDate,
        long version) {
    public Role {
        tags = List.copyOf(tags);
    }

    public String arn() {
        return Arns.role(accountId, path, roleName);
    }

    public Role withAssumeRolePolicyDocument(String document) {
        return new Role(accountId, roleId, roleName, path, document, description, maxSessionDuration,
                permissionsBoundaryArn, tags, createDate, version);
    }
}
