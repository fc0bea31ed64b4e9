package dev.warden.core.iam;

import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.core.store.StoreTransaction;

/** Turns a UserName/RoleName/GroupName parameter into the policy owner it names. */
final class OwnerNames {
    private OwnerNames() {
    }

    static String checkedName(PolicyOwnerKind kind, String name) {
        return switch (kind) {
            case USER -> IamInputRules.userName(name);
            case ROLE -> IamInputRules.roleName(name);
            case GROUP -> IamInputRules.groupName(name);
        };
    }

    static PolicyOwner resolve(StoreTransaction tx, String accountId, PolicyOwnerKind kind, String name) {
        return switch (kind) {
            case USER -> PolicyOwner.user(EntityLookup.user(tx, accountId, name).userId());
            case ROLE -> PolicyOwner.role(EntityLookup.role(tx, accountId, name).roleId());
            case GROUP -> PolicyOwner.group(EntityLookup.group(tx, accountId, name).groupId());
        };
    }

    /** As {@link #resolve}, for a change: a service-linked role answers UnmodifiableEntity. */
    static PolicyOwner resolveForChange(StoreTransaction tx, String accountId, PolicyOwnerKind kind, String name) {
        if (kind == PolicyOwnerKind.ROLE) {
            return PolicyOwner.role(ServiceLinkedRoles.requireModifiable(EntityLookup.role(tx, accountId, name)).roleId());
        }
        return resolve(tx, accountId, kind, name);
    }
}
