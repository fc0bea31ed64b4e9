package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Role;

/**
 * Service-linked roles are protected: only their service may change their trust policy, policies,
 * boundary or delete them (iam-semantics §7.1, §7.3). A role is service-linked when it lives under
 * {@code /aws-service-role/}, a path only CreateServiceLinkedRole may use.
 */
final class ServiceLinkedRoles {

    static final String PATH_PREFIX = "/aws-service-role/";

    private ServiceLinkedRoles() {
    }

    static boolean isServiceLinked(Role role) {
        return isServiceLinkedPath(role.path());
    }

    static boolean isServiceLinkedPath(String path) {
        return path != null && path.startsWith(PATH_PREFIX);
    }

    /** @throws IamException UnmodifiableEntity, worded as AWS words it, for a service-linked role */
    static Role requireModifiable(Role role) {
        if (isServiceLinked(role)) {
            throw IamException.unmodifiable("Cannot perform the operation on the protected role '" + role.roleName()
                    + "' - this role is only modifiable by AWS");
        }
        return role;
    }
}
