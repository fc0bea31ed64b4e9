package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Group;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import dev.warden.core.store.StoreTransaction;

/** Finds an entity by name inside a unit of work or raises NoSuchEntity in AWS's words. */
final class EntityLookup {
    private EntityLookup() {
    }

    static User user(StoreTransaction tx, String accountId, String userName) {
        return tx.users().findByName(accountId, userName).orElseThrow(
                () -> IamException.noSuchEntity("The user with name " + userName + " cannot be found."));
    }

    static Role role(StoreTransaction tx, String accountId, String roleName) {
        return tx.roles().findByName(accountId, roleName).orElseThrow(
                () -> IamException.noSuchEntity("The role with name " + roleName + " cannot be found."));
    }

    static Group group(StoreTransaction tx, String accountId, String groupName) {
        return tx.groups().findByName(accountId, groupName).orElseThrow(
                () -> IamException.noSuchEntity("The group with name " + groupName + " cannot be found."));
    }

    static InstanceProfile instanceProfile(StoreTransaction tx, String accountId, String name) {
        return tx.instanceProfiles().findByName(accountId, name).orElseThrow(
                () -> IamException.noSuchEntity("Instance Profile " + name + " cannot be found."));
    }

    static ManagedPolicy policy(StoreTransaction tx, String policyArn) {
        return tx.policies().findByArn(policyArn).orElseThrow(
                () -> IamException.noSuchEntity("Policy " + policyArn + " was not found."));
    }
}
