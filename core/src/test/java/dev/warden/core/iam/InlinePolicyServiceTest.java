package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.PolicyOwnerKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlinePolicyServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private InlinePolicyService inline;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        inline = fx.iam.inlinePolicies();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.roles().createRole(RoleRequests.CreateRole.of("builder", IamFixture.trust("arn:aws:iam::123456789012:root")));
        fx.iam.groups().createGroup(new GroupRequests.CreateGroup("devs", null));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void put(PolicyOwnerKind kind, String entity, String name, String document) {
        var request = new InlinePolicyRequests.PutPolicy(entity, name, document);
        switch (kind) {
            case USER -> inline.putUserPolicy(request);
            case ROLE -> inline.putRolePolicy(request);
            case GROUP -> inline.putGroupPolicy(request);
        }
    }

    private static String policyOfSize(int countedChars) {
        String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"";
        String tail = "\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
        return head + "x".repeat(countedChars - head.length() - tail.length()) + tail;
    }

    @ParameterizedTest
    @CsvSource({"USER, alice, 2048", "ROLE, builder, 10240", "GROUP, devs, 5120"})
    void aggregateSizeQuotaPerEntityKind(PolicyOwnerKind kind, String entity, int quota) {
        put(kind, entity, "one", policyOfSize(quota / 2));
        put(kind, entity, "two", policyOfSize(quota / 2));
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> put(kind, entity, "three", policyOfSize(100)))
                .hasMessage("Maximum policy size of " + quota + " bytes exceeded for " + kind.storedName() + " " + entity);
        // Replacing a policy counts its new size, not old plus new.
        put(kind, entity, "TWO", policyOfSize(quota / 2));
    }

    @Test
    void putGetListDeleteWithCaseInsensitiveNames() {
        inline.putUserPolicy(new InlinePolicyRequests.PutPolicy("alice", "Read", IamFixture.allowAll()));
        inline.putUserPolicy(new InlinePolicyRequests.PutPolicy("alice", "write", IamFixture.allowAll()));
        assertThat(inline.listUserPolicies("alice", ListOptions.all()).items()).containsExactly("Read", "write");
        assertThat(inline.getUserPolicy(new InlinePolicyRequests.PolicyRef("alice", "READ")).document())
                .isEqualTo(IamFixture.allowAll());
        var page = inline.listUserPolicies("alice", new ListOptions(null, null, 1));
        assertThat(page.items()).containsExactly("Read");
        assertThat(inline.listUserPolicies("alice", new ListOptions(null, page.marker(), 1)).items()).containsExactly("write");

        inline.deleteUserPolicy(new InlinePolicyRequests.PolicyRef("alice", "read"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> inline.getUserPolicy(new InlinePolicyRequests.PolicyRef("alice", "Read")))
                .hasMessage("The user policy with name Read cannot be found.");
        assertThat(inline.inlinePoliciesOf(PolicyOwnerKind.USER, "alice")).hasSize(1);
    }

    @Test
    void invalidDocumentsAndMissingOwners() {
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT,
                () -> inline.putRolePolicy(new InlinePolicyRequests.PutPolicy("builder", "p", "{]")));
        failsWith(IamErrorCode.NO_SUCH_ENTITY,
                () -> inline.putRolePolicy(new InlinePolicyRequests.PutPolicy("ghost", "p", IamFixture.allowAll())));
        failsWith(IamErrorCode.VALIDATION_ERROR,
                () -> inline.putGroupPolicy(new InlinePolicyRequests.PutPolicy("devs", "bad name", IamFixture.allowAll())));
    }
}
