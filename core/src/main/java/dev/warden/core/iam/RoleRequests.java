package dev.warden.core.iam;

import dev.warden.core.model.Tag;
import java.util.List;

/** Typed parameters of the IAM role actions; null members are "not given". */
public final class RoleRequests {
    private RoleRequests() {
    }

    public record CreateRole(
            String roleName,
            String path,
            String assumeRolePolicyDocument,
            String description,
            Integer maxSessionDuration,
            String permissionsBoundary,
            List<Tag> tags) {
        public static CreateRole of(String roleName, String assumeRolePolicyDocument) {
            return new CreateRole(roleName, null, assumeRolePolicyDocument, null, null, null, List.of());
        }
    }

    public record UpdateRole(String roleName, String description, Integer maxSessionDuration) {
    }

    public record UpdateRoleDescription(String roleName, String description) {
    }

    public record UpdateAssumeRolePolicy(String roleName, String policyDocument) {
    }

    public record TagRole(String roleName, List<Tag> tags) {
    }

    public record UntagRole(String roleName, List<String> tagKeys) {
    }

    public record PutRolePermissionsBoundary(String roleName, String permissionsBoundary) {
    }

    /** CreateServiceLinkedRole: the service principal, an optional name suffix and description. */
    public record CreateServiceLinkedRole(String awsServiceName, String customSuffix, String description) {
    }
}
