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
}
