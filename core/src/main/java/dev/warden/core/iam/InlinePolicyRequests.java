package dev.warden.core.iam;

/**
 * Typed parameters of Put/Get/Delete{User,Role,Group}Policy. {@code entityName} is the UserName,
 * RoleName or GroupName of the action.
 */
public final class InlinePolicyRequests {
    private InlinePolicyRequests() {
    }

    public record PutPolicy(String entityName, String policyName, String policyDocument) {
    }

    public record PolicyRef(String entityName, String policyName) {
    }
}
