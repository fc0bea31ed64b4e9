package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.Group;
import dev.warden.core.model.Page;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.User;
import dev.warden.core.store.ListWindow;
import java.util.List;
import java.util.Locale;

/** IAM groups and their members. */
public final class GroupService {
    private final IamContext ctx;

    public GroupService(IamContext ctx) {
        this.ctx = ctx;
    }

    public Group createGroup(GroupRequests.CreateGroup request) {
        String name = IamInputRules.groupName(request.groupName());
        String path = IamInputRules.path(request.path());
        return ctx.store().write(tx -> {
            if (tx.groups().findByName(ctx.accountId(), name).isPresent()) {
                throw IamException.alreadyExists("Group with name " + name + " already exists.");
            }
            if (tx.groups().count(ctx.accountId()) >= ctx.quotas().groups()) {
                throw IamException.limitExceeded("Cannot exceed quota for GroupsPerAccount: " + ctx.quotas().groups());
            }
            Group group = new Group(ctx.accountId(), ctx.ids().next(IdPrefix.GROUP), name, path, ctx.now(), 1);
            tx.groups().insert(group);
            return group;
        });
    }

    public GroupRequests.GroupWithUsers getGroup(String groupName, ListOptions options) {
        String name = IamInputRules.groupName(groupName);
        return ctx.store().read(tx -> {
            Group group = EntityLookup.group(tx, ctx.accountId(), name);
            List<User> members = tx.groups().members(group.groupId());
            return new GroupRequests.GroupWithUsers(group, Pagination.pageInMemory(members,
                    new ListOptions(null, options.marker(), options.maxItems()), u -> u.userName().toLowerCase(Locale.ROOT)));
        });
    }

    public Page<Group> listGroups(ListOptions options) {
        ListWindow window = Pagination.window(options);
        return ctx.store().read(tx -> Pagination.page(tx.groups().list(ctx.accountId(), window), window,
                g -> g.groupName().toLowerCase(Locale.ROOT)));
    }

    public void updateGroup(GroupRequests.UpdateGroup request) {
        String name = IamInputRules.groupName(request.groupName());
        String newName = request.newGroupName() == null ? null : IamInputRules.groupName(request.newGroupName());
        String newPath = request.newPath() == null ? null : IamInputRules.path(request.newPath());
        ctx.store().write(tx -> {
            Group g = EntityLookup.group(tx, ctx.accountId(), name);
            if (newName != null && !newName.equalsIgnoreCase(g.groupName())
                    && tx.groups().findByName(ctx.accountId(), newName).isPresent()) {
                throw IamException.alreadyExists("Group with name " + newName + " already exists.");
            }
            tx.groups().update(new Group(g.accountId(), g.groupId(), newName == null ? g.groupName() : newName,
                    newPath == null ? g.path() : newPath, g.createDate(), g.version()));
            return null;
        });
    }

    public void deleteGroup(String groupName) {
        String name = IamInputRules.groupName(groupName);
        ctx.store().write(tx -> {
            Group g = EntityLookup.group(tx, ctx.accountId(), name);
            PolicyOwner owner = PolicyOwner.group(g.groupId());
            if (tx.groups().countMembers(g.groupId()) > 0) {
                throw IamException.deleteConflict("Cannot delete entity, must remove users from group first.");
            }
            if (!tx.inlinePolicies().list(owner).isEmpty()) {
                throw IamException.deleteConflict("Cannot delete entity, must delete policies first.");
            }
            if (!tx.attachments().attachedTo(owner).isEmpty()) {
                throw IamException.deleteConflict("Cannot delete entity, must detach all policies first.");
            }
            tx.groups().delete(g.groupId());
            return null;
        });
    }

    public void addUserToGroup(GroupRequests.Membership request) {
        String groupName = IamInputRules.groupName(request.groupName());
        String userName = IamInputRules.userName(request.userName());
        ctx.store().write(tx -> {
            Group g = EntityLookup.group(tx, ctx.accountId(), groupName);
            User u = EntityLookup.user(tx, ctx.accountId(), userName);
            List<Group> current = tx.groups().groupsOf(u.userId());
            if (current.stream().anyMatch(x -> x.groupId().equals(g.groupId()))) {
                return null;
            }
            if (current.size() >= ctx.quotas().groupsPerUser()) {
                throw IamException.limitExceeded("Cannot exceed quota for GroupsPerUser: " + ctx.quotas().groupsPerUser());
            }
            tx.groups().addMember(g.groupId(), u.userId(), ctx.now());
            return null;
        });
    }

    public void removeUserFromGroup(GroupRequests.Membership request) {
        String groupName = IamInputRules.groupName(request.groupName());
        String userName = IamInputRules.userName(request.userName());
        ctx.store().write(tx -> {
            Group g = EntityLookup.group(tx, ctx.accountId(), groupName);
            User u = EntityLookup.user(tx, ctx.accountId(), userName);
            // A user who is not a member is no error in AWS (tried against AWS in cloud-custodian#4730),
            // just as adding a member again is none.
            tx.groups().removeMember(g.groupId(), u.userId());
            return null;
        });
    }

    public Page<Group> listGroupsForUser(String userName, ListOptions options) {
        String name = IamInputRules.userName(userName);
        List<Group> groups = ctx.store().read(tx -> tx.groups().groupsOf(EntityLookup.user(tx, ctx.accountId(), name).userId()));
        return Pagination.pageInMemory(groups, new ListOptions(null, options.marker(), options.maxItems()),
                g -> g.groupName().toLowerCase(Locale.ROOT));
    }
}
