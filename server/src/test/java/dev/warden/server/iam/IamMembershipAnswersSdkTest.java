package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.warden.server.testing.TestStore;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.iam.model.AccessKeyLastUsed;

/**
 * Membership, access key and alias calls whose answer is easy to get wrong: the ones AWS accepts
 * silently and the ones it refuses, with code, status and text. Sources per row.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamMembershipAnswersSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static String memberKey;

    @BeforeParameterizedClassInvocation
    static void entities() {
        iam.createUser(r -> r.userName("member"));
        iam.createUser(r -> r.userName("outsider"));
        iam.createGroup(r -> r.groupName("crew"));
        iam.addUserToGroup(r -> r.groupName("crew").userName("member"));
        iam.createRole(r -> r.roleName("worker").assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
        iam.createRole(r -> r.roleName("spare").assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
        iam.createInstanceProfile(r -> r.instanceProfileName("box"));
        iam.addRoleToInstanceProfile(r -> r.instanceProfileName("box").roleName("worker"));
        memberKey = iam.createAccessKey(r -> r.userName("member")).accessKey().accessKeyId();
        iam.createAccountAlias(r -> r.accountAlias("membership-answers"));
    }

    record Answer(String label, Runnable call, String code, int status, String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Answer accepted(String label, Runnable call) {
        return new Answer(label, call, null, 200, null);
    }

    static Stream<Answer> answers() {
        return Stream.of(
                // AWS answers both without an error: cloud-custodian/cloud-custodian#4730, tried against AWS
                // ("in both the cases, there's no error returned"). moto refuses the second; AWS does not.
                accepted("AddUserToGroup for a member", () -> iam.addUserToGroup(r -> r.groupName("crew")
                        .userName("member"))),
                accepted("RemoveUserFromGroup for a non-member", () -> iam.removeUserFromGroup(r -> r.groupName("crew")
                        .userName("outsider"))),
                new Answer("RemoveUserFromGroup of a missing user", () -> iam.removeUserFromGroup(r -> r
                        .groupName("crew").userName("nobody")), "NoSuchEntity", 404,
                        "The user with name nobody cannot be found."),
                // One role per instance profile (IAM quotas: "Roles in an instance profile: 1").
                new Answer("AddRoleToInstanceProfile for a second role", () -> iam.addRoleToInstanceProfile(r -> r
                        .instanceProfileName("box").roleName("spare")), "LimitExceeded", 409,
                        "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1"),
                new Answer("RemoveRoleFromInstanceProfile for a role not in it", () -> iam
                        .removeRoleFromInstanceProfile(r -> r.instanceProfileName("box").roleName("spare")),
                        "NoSuchEntity", 404, "Role spare in Instance Profile box cannot be found."),
                new Answer("DeleteInstanceProfile holding a role", () -> iam.deleteInstanceProfile(r -> r
                        .instanceProfileName("box")), "DeleteConflict", 409,
                        "Cannot delete entity, must remove roles from instance profile first."),
                new Answer("AddRoleToInstanceProfile of a missing role", () -> iam.addRoleToInstanceProfile(r -> r
                        .instanceProfileName("box").roleName("nobody")), "NoSuchEntity", 404,
                        "The role with name nobody cannot be found."),
                // A key named under another user is "not found" for that user, whoever owns it.
                new Answer("DeleteAccessKey of another user's key", () -> iam.deleteAccessKey(r -> r
                        .userName("outsider").accessKeyId(memberKey)), "NoSuchEntity", 404,
                        "The Access Key with id " + memberKey + " cannot be found."),
                new Answer("ListAccessKeys of a missing user", () -> iam.listAccessKeys(r -> r.userName("nobody")),
                        "NoSuchEntity", 404, "The user with name nobody cannot be found."),
                new Answer("UpdateAccessKey with a status outside the enum", () -> iam.updateAccessKey(r -> r
                        .userName("member").accessKeyId(memberKey).status("Disabled")), "ValidationError", 400,
                        "1 validation error detected: Value 'Disabled' at 'status' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [Active, Inactive]"),
                new Answer("DeleteAccountAlias naming another alias", () -> iam.deleteAccountAlias(r -> r
                        .accountAlias("some-other-alias")), "NoSuchEntity", 404,
                        "The account alias some-other-alias cannot be found."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void answeredAsAwsAnswers(Answer row) {
        if (row.code() == null) {
            assertThatCode(row.call()::run).doesNotThrowAnyException();
            assertThat(iam.getGroup(r -> r.groupName("crew")).users()).extracting(u -> u.userName())
                    .containsExactly("member");
            return;
        }
        var error = assertIamError(row.call()::run, row.code(), row.status());
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(row.message());
    }

    @Test
    void anUnusedKeyWasLastUsedNowhere() {
        // GetAccessKeyLastUsed: ServiceName and Region are "N/A" and LastUsedDate absent for a key never used
        // (IAM API reference, AccessKeyLastUsed).
        AccessKeyLastUsed used = iam.getAccessKeyLastUsed(r -> r.accessKeyId(memberKey)).accessKeyLastUsed();
        assertThat(used.serviceName()).isEqualTo("N/A");
        assertThat(used.region()).isEqualTo("N/A");
        assertThat(used.lastUsedDate()).isNull();
    }
}
