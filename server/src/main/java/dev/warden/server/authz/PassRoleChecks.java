package dev.warden.server.authz;

import dev.warden.policy.context.ContextValue;
import dev.warden.server.query.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The IAM and STS calls for which AWS also requires {@code iam:PassRole} on a role the call hands to
 * a service. Of the APIs Warden serves, the IAM API reference documents this only for
 * {@code AddRoleToInstanceProfile} ("The caller of this operation must be granted the PassRole
 * permission on the IAM role"); CreateRole, CreateServiceLinkedRole and the STS calls need none.
 *
 * <p>The role goes to EC2 (an instance profile exists for EC2 instances), so the check carries
 * {@code iam:PassedToService = ec2.amazonaws.com} and, as the reference prescribes for this call,
 * {@code iam:AssociatedResourceArn = arn:aws:ec2:*:ACCOUNT:instance/*}.
 */
final class PassRoleChecks {

    static final String ACTION = "iam:PassRole";

    private PassRoleChecks() {}

    /** The role a call passes, with the keys its PassRole check carries; empty for calls that pass none. */
    static Optional<PassedRole> passedBy(String iamAction, QueryParameters params, String accountId) {
        if (!iamAction.equals("AddRoleToInstanceProfile")) {
            return Optional.empty();
        }
        Optional<String> roleName = params.optionalString("RoleName");
        if (roleName.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ContextValue> keys = new LinkedHashMap<>();
        keys.put("iam:PassedToService", ContextValue.string("ec2.amazonaws.com"));
        keys.put("iam:AssociatedResourceArn", ContextValue.string("arn:aws:ec2:*:" + accountId + ":instance/*"));
        return Optional.of(new PassedRole(roleName.get(), keys));
    }

    /** A role handed to a service, and the request keys of its PassRole check. */
    record PassedRole(String roleName, Map<String, ContextValue> keys) {
        PassedRole {
            keys = Map.copyOf(keys);
        }
    }
}
