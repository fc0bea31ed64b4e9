package dev.warden.core.iam;

import dev.warden.core.model.Group;
import dev.warden.core.model.Page;
import dev.warden.core.model.User;

/** Typed parameters and results of the IAM group actions. */
public final class GroupRequests {
    private GroupRequests() {
    }

    public record CreateGroup(String groupName, String path) {
    }

    public record UpdateGroup(String groupName, String newGroupName, String newPath) {
    }

    public record Membership(String groupName, String userName) {
    }

    /** GetGroup's result: the group and one page of its members. */
    public record GroupWithUsers(Group group, Page<User> users) {
    }
}
