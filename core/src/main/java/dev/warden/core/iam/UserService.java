package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.Page;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StoreTransaction;
import java.util.List;
import java.util.Locale;

/** IAM user actions: one method per AWS action. */
public final class UserService {
    private final IamContext ctx;

    public UserService(IamContext ctx) {
        this.ctx = ctx;
    }

    public User createUser(UserRequests.CreateUser request) {
        String name = IamInputRules.userName(request.userName());
        String path = IamInputRules.path(request.path());
        List<Tag> tags = IamInputRules.tags(request.tags());
        return ctx.store().write(tx -> {
            if (tx.users().findByName(ctx.accountId(), name).isPresent()) {
                throw IamException.alreadyExists("User with name " + name + " already exists.");
            }
            if (tx.users().count(ctx.accountId()) >= ctx.quotas().users()) {
                throw IamException.limitExceeded("Cannot exceed quota for UsersPerAccount: " + ctx.quotas().users());
            }
            String boundary = request.permissionsBoundary() == null ? null
                    : PolicyArns.requireAttachable(tx, ctx, request.permissionsBoundary(), "Scope ARN:");
            User user = new User(ctx.accountId(), ctx.ids().next(IdPrefix.USER), name, path, ctx.now(), boundary, tags, 1);
            tx.users().insert(user);
            return user;
        });
    }

    /** GetUser; the wire layer passes the caller's own name when UserName is omitted. */
    public User getUser(String userName) {
        String name = IamInputRules.userName(userName);
        return ctx.store().read(tx -> EntityLookup.user(tx, ctx.accountId(), name));
    }

    /** For session checks: a user by unique id (AIDA...), if it still exists. */
    public java.util.Optional<User> findUserById(String userId) {
        return ctx.store().read(tx -> tx.users().findById(userId));
    }

    public Page<User> listUsers(ListOptions options) {
        ListWindow window = Pagination.window(options);
        return ctx.store().read(tx -> Pagination.page(tx.users().list(ctx.accountId(), window), window,
                u -> u.userName().toLowerCase(Locale.ROOT)));
    }

    public void updateUser(UserRequests.UpdateUser request) {
        String name = IamInputRules.userName(request.userName());
        String newName = request.newUserName() == null ? null : IamInputRules.userName(request.newUserName());
        String newPath = request.newPath() == null ? null : IamInputRules.path(request.newPath());
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            if (newName != null && !newName.equalsIgnoreCase(user.userName())
                    && tx.users().findByName(ctx.accountId(), newName).isPresent()) {
                throw IamException.alreadyExists("User with name " + newName + " already exists.");
            }
            tx.users().update(new User(user.accountId(), user.userId(), newName == null ? user.userName() : newName,
                    newPath == null ? user.path() : newPath, user.createDate(), user.permissionsBoundaryArn(),
                    user.tags(), user.version()));
            return null;
        });
    }

    /** DeleteUser: refuses while anything still hangs off the user (iam-semantics §7.3). */
    public void deleteUser(String userName) {
        String name = IamInputRules.userName(userName);
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            requireNothingAttached(tx, user);
            tx.users().delete(user.userId());
            return null;
        });
    }

    public void tagUser(UserRequests.TagUser request) {
        String name = IamInputRules.userName(request.userName());
        ctx.store().write(tx -> {
            User u = EntityLookup.user(tx, ctx.accountId(), name);
            List<Tag> tags = TagSet.merge(u.tags(), request.tags(), ctx.quotas().tagsPerResource(), TagKeyCase.IGNORED);
            tx.users().update(new User(u.accountId(), u.userId(), u.userName(), u.path(), u.createDate(),
                    u.permissionsBoundaryArn(), tags, u.version()));
            return null;
        });
    }

    public void untagUser(UserRequests.UntagUser request) {
        String name = IamInputRules.userName(request.userName());
        IamInputRules.required("tagKeys", request.tagKeys());
        ctx.store().write(tx -> {
            User u = EntityLookup.user(tx, ctx.accountId(), name);
            tx.users().update(new User(u.accountId(), u.userId(), u.userName(), u.path(), u.createDate(),
                    u.permissionsBoundaryArn(),
                            TagSet.remove(u.tags(), request.tagKeys(), TagKeyCase.IGNORED), u.version()));
            return null;
        });
    }

    public Page<Tag> listUserTags(String userName, ListOptions options) {
        String name = IamInputRules.userName(userName);
        List<Tag> tags = ctx.store().read(tx -> EntityLookup.user(tx, ctx.accountId(), name).tags());
        return TagSet.page(tags, options);
    }

    public void putUserPermissionsBoundary(UserRequests.PutUserPermissionsBoundary request) {
        String name = IamInputRules.userName(request.userName());
        IamInputRules.required("permissionsBoundary", request.permissionsBoundary());
        ctx.store().write(tx -> {
            User u = EntityLookup.user(tx, ctx.accountId(), name);
            String arn = PolicyArns.requireAttachable(tx, ctx, request.permissionsBoundary(), "Scope ARN:");
            tx.users().update(new User(u.accountId(), u.userId(), u.userName(), u.path(), u.createDate(), arn, u.tags(),
                    u.version()));
            return null;
        });
    }

    public void deleteUserPermissionsBoundary(String userName) {
        String name = IamInputRules.userName(userName);
        ctx.store().write(tx -> {
            User u = EntityLookup.user(tx, ctx.accountId(), name);
            if (u.permissionsBoundaryArn() == null) {
                return null;
            }
            tx.users().update(new User(u.accountId(), u.userId(), u.userName(), u.path(), u.createDate(), null, u.tags(),
                    u.version()));
            return null;
        });
    }

    private static void requireNothingAttached(StoreTransaction tx, User user) {
        if (tx.loginProfiles().find(user.userId()).isPresent()) {
            throw IamException.deleteConflict("Cannot delete entity, must delete login profile first.");
        }
        if (!tx.accessKeys().listForUser(user.userId()).isEmpty()) {
            throw IamException.deleteConflict("Cannot delete entity, must delete access keys first.");
        }
        if (!tx.signingCertificates().listForUser(user.userId()).isEmpty()) {
            throw IamException.deleteConflict("Cannot delete entity, must delete certificates first.");
        }
        // AWS names neither SSH public keys nor service-specific credentials; it answers this generic text.
        if (!tx.sshPublicKeys().listForUser(user.userId()).isEmpty()
                || !tx.serviceSpecificCredentials().listForUser(user.userId()).isEmpty()) {
            throw IamException.deleteConflict("Cannot delete entity, must remove referenced objects first.");
        }
        if (!tx.mfaDevices().listForUser(user.userId()).isEmpty()) {
            throw IamException.deleteConflict("Cannot delete entity, must delete MFA device first.");
        }
        PolicyOwner owner = PolicyOwner.user(user.userId());
        if (!tx.inlinePolicies().list(owner).isEmpty()) {
            throw IamException.deleteConflict("Cannot delete entity, must delete policies first.");
        }
        if (!tx.attachments().attachedTo(owner).isEmpty()) {
            throw IamException.deleteConflict("Cannot delete entity, must detach all policies first.");
        }
        if (!tx.groups().groupsOf(user.userId()).isEmpty()) {
            throw IamException.deleteConflict("Cannot delete entity, must remove users from group first.");
        }
    }
}
