package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedPolicyServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private ManagedPolicyService policies;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        policies = fx.iam.policies();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private ManagedPolicy create(String name) {
        return policies.createPolicy(new PolicyRequests.CreatePolicy(name, "/team/", IamFixture.allowAll(), "desc", null));
    }

    @Test
    void createsPolicyWithDefaultVersionOne() {
        ManagedPolicy p = create("ops");
        assertThat(p.policyId()).startsWith("ANPA").hasSize(21);
        assertThat(p.arn()).isEqualTo("arn:aws:iam::123456789012:policy/team/ops");
        assertThat(p.defaultVersionId()).isEqualTo("v1");
        PolicyVersion v1 = policies.getPolicyVersion(new PolicyRequests.PolicyVersionRef(p.arn(), "v1"));
        assertThat(v1.defaultVersion()).isTrue();
        assertThat(v1.document()).isEqualTo(IamFixture.allowAll());
        assertThat(policies.defaultDocument(p.arn())).contains(IamFixture.allowAll());
    }

    @Test
    void policyNamesAreUniqueIgnoringCase() {
        create("ops");
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> create("OPS"));
    }

    @Test
    void policyPathHasItsOwnPattern() {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> policies.createPolicy(
                new PolicyRequests.CreatePolicy("p", "/with space/", IamFixture.allowAll(), null, null)));
    }

    @Test
    void managedPolicySizeQuota() {
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + "x".repeat(6144)
                + "\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> policies.createPolicy(PolicyRequests.CreatePolicy.of("big", big)))
                .hasMessage("Cannot exceed quota for PolicySize: 6144");
    }

    @Test
    void documentOutsideAllowedCharactersIsValidationError() {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> policies.createPolicy(
                PolicyRequests.CreatePolicy.of("p", "{\"Version\":\"2012-10-17\",\"x\":\"\u0100\"}")));
    }

    @Test
    void versionsUpToFiveThenLimitExceeded() {
        ManagedPolicy p = create("ops");
        for (int i = 2; i <= 5; i++) {
            PolicyVersion v = policies.createPolicyVersion(
                    new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), false));
            assertThat(v.versionId()).isEqualTo("v" + i);
            assertThat(v.defaultVersion()).isFalse();
        }
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> policies.createPolicyVersion(
                new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), true)));
        policies.deletePolicyVersion(new PolicyRequests.PolicyVersionRef(p.arn(), "v3"));
        PolicyVersion v6 = policies.createPolicyVersion(
                new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), true));
        assertThat(v6.versionId()).as("numbers are never reused").isEqualTo("v6");
        assertThat(v6.defaultVersion()).isTrue();
        assertThat(policies.getPolicy(p.arn()).defaultVersionId()).isEqualTo("v6");
        assertThat(policies.listPolicyVersions(p.arn(), ListOptions.all()).items()).extracting(PolicyVersion::versionId)
                .containsExactly("v6", "v5", "v4", "v2", "v1");
    }

    @Test
    void listPolicyVersionsPagesWithMarker() {
        ManagedPolicy p = create("ops");
        for (int i = 0; i < 3; i++) {
            policies.createPolicyVersion(new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), false));
        }
        var first = policies.listPolicyVersions(p.arn(), new ListOptions(null, null, 3));
        assertThat(first.truncated()).isTrue();
        var second = policies.listPolicyVersions(p.arn(), new ListOptions(null, first.marker(), 3));
        assertThat(second.truncated()).isFalse();
        assertThat(first.items().size() + second.items().size()).isEqualTo(4);
        assertThat(second.items()).extracting(PolicyVersion::versionId).containsExactly("v1");
    }

    @Test
    void defaultVersionCannotBeDeletedAndSetDefaultSwitches() {
        ManagedPolicy p = create("ops");
        policies.createPolicyVersion(new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), false));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> policies.deletePolicyVersion(
                new PolicyRequests.PolicyVersionRef(p.arn(), "v1"))).hasMessage("Cannot delete the default version of a policy.");
        policies.setDefaultPolicyVersion(new PolicyRequests.PolicyVersionRef(p.arn(), "v2"));
        assertThat(policies.getPolicy(p.arn()).defaultVersionId()).isEqualTo("v2");
        policies.deletePolicyVersion(new PolicyRequests.PolicyVersionRef(p.arn(), "v1"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> policies.getPolicyVersion(new PolicyRequests.PolicyVersionRef(p.arn(), "v1")));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> policies.setDefaultPolicyVersion(
                new PolicyRequests.PolicyVersionRef(p.arn(), "v9")));
    }

    @Test
    void deletePolicyConflicts() {
        ManagedPolicy p = create("ops");
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", p.arn()));
        assertThat(policies.getPolicy(p.arn()).attachmentCount()).isEqualTo(1);
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> policies.deletePolicy(p.arn()))
                .hasMessage("Cannot delete a policy attached to entities.");
        fx.iam.attachments().detachUserPolicy(new AttachmentRequests.AttachPolicy("alice", p.arn()));

        policies.createPolicyVersion(new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), false));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> policies.deletePolicy(p.arn())).hasMessageContaining("more than one version");
        policies.deletePolicyVersion(new PolicyRequests.PolicyVersionRef(p.arn(), "v2"));

        policies.deletePolicy(p.arn());
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> policies.getPolicy(p.arn()));
    }

    @Test
    void listPoliciesFiltersAttachedAndScope() {
        ManagedPolicy a = create("a");
        create("b");
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", a.arn()));
        assertThat(policies.listPolicies(new PolicyRequests.ListPolicies(null, false, ListOptions.all())).items())
                .extracting(ManagedPolicy::policyName).containsExactly("a", "b");
        assertThat(policies.listPolicies(new PolicyRequests.ListPolicies(PolicyRequests.Scope.Local, true,
                ListOptions.all())).items()).extracting(ManagedPolicy::policyName).containsExactly("a");
        assertThat(policies.listPolicies(new PolicyRequests.ListPolicies(PolicyRequests.Scope.AWS, false,
                ListOptions.all())).items()).isEmpty();
        var entities = policies.listEntitiesForPolicy(a.arn());
        assertThat(entities.users()).extracting(u -> u.userName()).containsExactly("alice");
        assertThat(entities.roles()).isEmpty();
    }

    @Test
    void tagsOnPolicies() {
        ManagedPolicy p = create("ops");
        policies.tagPolicy(new PolicyRequests.TagPolicy(p.arn(), List.of(new dev.warden.core.model.Tag("a", "b"))));
        assertThat(policies.listPolicyTags(p.arn(), ListOptions.all()).items()).hasSize(1);
        policies.untagPolicy(new PolicyRequests.UntagPolicy(p.arn(), List.of("a")));
        assertThat(policies.getPolicy(p.arn()).tags()).isEmpty();
    }
}
