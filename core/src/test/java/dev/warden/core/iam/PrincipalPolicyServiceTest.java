package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrincipalPolicyServiceTest {
    private static final String AWS_READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    @TempDir
    Path dir;

    private IamFixture fx;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void gathersUserGroupAndBoundaryPolicies() {
        Iam iam = fx.iam;
        var custom = iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("custom", IamFixture.allowAll()));
        String v2 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
        iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(custom.arn(), v2, true));
        iam.users().createUser(new UserRequests.CreateUser("alice", null, custom.arn(), null));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("alice", "own", IamFixture.allowAll()));
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", AWS_READ_ONLY));
        iam.groups().createGroup(new GroupRequests.CreateGroup("devs", null));
        iam.groups().addUserToGroup(new GroupRequests.Membership("devs", "alice"));
        iam.attachments().attachGroupPolicy(new AttachmentRequests.AttachPolicy("devs", custom.arn()));
        iam.inlinePolicies().putGroupPolicy(new InlinePolicyRequests.PutPolicy("devs", "g", IamFixture.allowAll()));

        PrincipalPolicies p = iam.principalPolicies().forUser("alice");
        assertThat(p.principalArn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
        assertThat(p.inlinePolicies()).extracting(i -> i.policyName()).containsExactly("own");
        assertThat(p.managedPolicies()).containsExactly(new PrincipalPolicies.ManagedPolicyDocument(AWS_READ_ONLY, null));
        assertThat(p.managedPolicies().get(0).isAwsManaged()).isTrue();
        assertThat(p.permissionsBoundary()).isEqualTo(new PrincipalPolicies.ManagedPolicyDocument(custom.arn(), v2));
        assertThat(p.groups()).hasSize(1);
        assertThat(p.groups().get(0).managedPolicies())
                .containsExactly(new PrincipalPolicies.ManagedPolicyDocument(custom.arn(), v2));
        assertThat(p.groups().get(0).inlinePolicies()).extracting(i -> i.policyName()).containsExactly("g");
    }

    @Test
    void rolesHaveNoGroups() {
        fx.iam.roles().createRole(RoleRequests.CreateRole.of("r", IamFixture.trust("arn:aws:iam::123456789012:root")));
        fx.iam.attachments().attachRolePolicy(new AttachmentRequests.AttachPolicy("r", AWS_READ_ONLY));
        PrincipalPolicies p = fx.iam.principalPolicies().forRole("r");
        assertThat(p.groups()).isEmpty();
        assertThat(p.permissionsBoundary()).isNull();
        assertThat(p.managedPolicies()).hasSize(1);
    }
    @Test
    void wholeAccountReadMatchesPerPrincipalReads() {
        Iam iam = fx.iam;
        var custom = iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("custom", IamFixture.allowAll()));
        String v2 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
        iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(custom.arn(), v2, true));
        iam.groups().createGroup(new GroupRequests.CreateGroup("devs", null));
        iam.groups().createGroup(new GroupRequests.CreateGroup("ops", null));
        iam.attachments().attachGroupPolicy(new AttachmentRequests.AttachPolicy("devs", custom.arn()));
        iam.inlinePolicies().putGroupPolicy(new InlinePolicyRequests.PutPolicy("ops", "g", IamFixture.allowAll()));
        for (String name : new String[] {"carol", "alice", "bob"}) {
            iam.users().createUser(new UserRequests.CreateUser(name, "/team/", name.equals("bob") ? AWS_READ_ONLY : null, null));
        }
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("alice", "own", IamFixture.allowAll()));
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", AWS_READ_ONLY));
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", custom.arn()));
        iam.groups().addUserToGroup(new GroupRequests.Membership("devs", "alice"));
        iam.groups().addUserToGroup(new GroupRequests.Membership("ops", "alice"));
        iam.groups().addUserToGroup(new GroupRequests.Membership("devs", "bob"));
        iam.roles().createRole(RoleRequests.CreateRole.of("worker",
                IamFixture.trust("arn:aws:iam::123456789012:user/team/alice")));
        iam.roles().createRole(RoleRequests.CreateRole.of("bare", IamFixture.trust("arn:aws:iam::123456789012:root")));
        iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("worker", "w", IamFixture.allowAll()));
        iam.attachments().attachRolePolicy(new AttachmentRequests.AttachPolicy("worker", custom.arn()));
        iam.roles().putRolePermissionsBoundary(new RoleRequests.PutRolePermissionsBoundary("worker", custom.arn()));

        AccountPolicies account = iam.principalPolicies().forAccount();

        assertThat(account.users()).extracting(u -> u.user().userName()).containsExactly("alice", "bob", "carol");
        for (AccountPolicies.UserPolicies u : account.users()) {
            assertThat(u.policies()).isEqualTo(iam.principalPolicies().forUser(u.user().userName()));
        }
        assertThat(account.roles()).extracting(r -> r.role().roleName()).containsExactly("bare", "worker");
        for (AccountPolicies.RolePolicies r : account.roles()) {
            assertThat(r.policies()).isEqualTo(iam.principalPolicies().forRole(r.role().roleName()));
            assertThat(r.role()).isEqualTo(iam.roles().getRole(r.role().roleName()));
        }
        assertThat(account.roles().get(1).role().assumeRolePolicyDocument())
                .contains("arn:aws:iam::123456789012:user/team/alice");
        // alice and bob share devs: one read of its policies, one instance.
        assertThat(account.users().get(0).policies().groups().get(0))
                .isSameAs(account.users().get(1).policies().groups().get(0));
    }
}
