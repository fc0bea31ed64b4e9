package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.Group;
import dev.warden.core.model.User;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private GroupService groups;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        groups = fx.iam.groups();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.users().createUser(UserRequests.CreateUser.named("bob"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void groupsHaveMembersAndAwsIds() {
        Group devs = groups.createGroup(new GroupRequests.CreateGroup("devs", "/eng/"));
        assertThat(devs.groupId()).startsWith("AGPA").hasSize(21);
        assertThat(devs.arn()).isEqualTo("arn:aws:iam::123456789012:group/eng/devs");
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> groups.createGroup(new GroupRequests.CreateGroup("DEVS", null)));

        groups.addUserToGroup(new GroupRequests.Membership("devs", "bob"));
        groups.addUserToGroup(new GroupRequests.Membership("devs", "alice"));
        groups.addUserToGroup(new GroupRequests.Membership("devs", "alice"));
        var got = groups.getGroup("devs", ListOptions.all());
        assertThat(got.users().items()).extracting(User::userName).containsExactly("alice", "bob");
        assertThat(groups.listGroupsForUser("alice", ListOptions.all()).items()).extracting(Group::groupName)
                .containsExactly("devs");

        failsWith(IamErrorCode.DELETE_CONFLICT, () -> groups.deleteGroup("devs"));
        groups.removeUserFromGroup(new GroupRequests.Membership("devs", "alice"));
        groups.removeUserFromGroup(new GroupRequests.Membership("devs", "bob"));
        groups.removeUserFromGroup(new GroupRequests.Membership("devs", "bob"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> groups.removeUserFromGroup(new GroupRequests.Membership("devs", "eve")));
        groups.deleteGroup("devs");
        assertThat(groups.listGroups(ListOptions.all()).items()).isEmpty();
    }

    @Test
    void tenGroupsPerUser() {
        for (int i = 0; i < 10; i++) {
            groups.createGroup(new GroupRequests.CreateGroup("g" + i, null));
            groups.addUserToGroup(new GroupRequests.Membership("g" + i, "alice"));
        }
        groups.createGroup(new GroupRequests.CreateGroup("g10", null));
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> groups.addUserToGroup(new GroupRequests.Membership("g10", "alice")))
                .hasMessage("Cannot exceed quota for GroupsPerUser: 10");
    }

    @Test
    void renameAndGroupPolicies() {
        groups.createGroup(new GroupRequests.CreateGroup("devs", null));
        groups.updateGroup(new GroupRequests.UpdateGroup("devs", "builders", "/ci/"));
        assertThat(groups.listGroups(new ListOptions("/ci/", null, null)).items()).extracting(Group::groupName)
                .containsExactly("builders");
        fx.iam.attachments().attachGroupPolicy(new AttachmentRequests.AttachPolicy("builders",
                "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> groups.deleteGroup("builders"));
        fx.iam.attachments().detachGroupPolicy(new AttachmentRequests.AttachPolicy("builders",
                "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        groups.deleteGroup("builders");
    }
}
