package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An IAM role. Inside the store {@code assumeRolePolicyDocument} holds user and role principals as
 * unique ids (see TrustPolicyPrincipals); every Role that RoleService returns carries the display
 * form, with ids mapped back to current ARNs. {@code description} and {@code permissionsBoundaryArn}
 * are null when unset.
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
