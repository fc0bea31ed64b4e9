package dev.warden.core.model;

/** The entity that holds a policy, identified by kind and unique id. */
public record PolicyOwner(PolicyOwnerKind kind, String ownerId) {
    public static PolicyOwner user(String userId) {
        return new PolicyOwner(PolicyOwnerKind.USER, userId);
    }

    public static PolicyOwner role(String roleId) {
        return new PolicyOwner(PolicyOwnerKind.ROLE, roleId);
    }

    public static PolicyOwner group(String groupId) {
        return new PolicyOwner(PolicyOwnerKind.GROUP, groupId);
    }
}
