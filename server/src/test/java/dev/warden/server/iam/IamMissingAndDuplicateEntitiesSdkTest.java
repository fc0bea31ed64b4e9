package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.util.stream.Stream;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NoSuchEntity 404 and EntityAlreadyExists 409 over the wire, with AWS's texts (IAM names are unique
 * ignoring case, so a duplicate differing only in case is refused too). Texts as AWS answers them in
 * public reports where one was found (cited), otherwise as moto reproduces them.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamMissingAndDuplicateEntitiesSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String POLICY = "arn:aws:iam::123456789012:policy/Kept";
    static final String GHOST_POLICY = "arn:aws:iam::123456789012:policy/ghost";

    record Refusal(String label, Runnable call, String code, int status, String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    @BeforeParameterizedClassInvocation
    static void entities() {
        iam.createUser(r -> r.userName("Holder"));
        iam.createUser(r -> r.userName("Other"));
        iam.createLoginProfile(r -> r.userName("Holder").password("Secret-123!aA"));
        iam.createGroup(r -> r.groupName("Holders"));
        iam.createRole(r -> r.roleName("Trusting").assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
        iam.createInstanceProfile(r -> r.instanceProfileName("Profile"));
        iam.createPolicy(r -> r.policyName("Kept").policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3));
    }

    static Refusal missing(String label, Runnable call, String message) {
        return new Refusal(label, call, "NoSuchEntity", 404, message);
    }

    static Refusal duplicate(String label, Runnable call, String message) {
        return new Refusal(label, call, "EntityAlreadyExists", 409, message);
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                missing("user", () -> iam.getUser(r -> r.userName("nobody")),
                        "The user with name nobody cannot be found."),
                missing("role", () -> iam.getRole(r -> r.roleName("nobody")),
                        "The role with name nobody cannot be found."),
                missing("group", () -> iam.getGroup(r -> r.groupName("nobody")),
                        "The group with name nobody cannot be found."),
                missing("instance profile", () -> iam.getInstanceProfile(r -> r.instanceProfileName("nobody")),
                        "Instance Profile nobody cannot be found."),
                missing("managed policy", () -> iam.getPolicy(r -> r.policyArn(GHOST_POLICY)),
                        "Policy " + GHOST_POLICY + " was not found."),
                missing("policy version", () -> iam.getPolicyVersion(r -> r.policyArn(POLICY).versionId("v9")),
                        "Policy " + POLICY + " version v9 does not exist or is not attachable."),
                missing("attaching a policy that does not exist", () -> iam.attachUserPolicy(r -> r.userName("Holder")
                        .policyArn(GHOST_POLICY)), "Policy " + GHOST_POLICY + " does not exist or is not attachable."),
                missing("detaching a policy not attached", () -> iam.detachRolePolicy(r -> r.roleName("Trusting")
                        .policyArn(POLICY)), "Policy " + POLICY + " was not found."),
                missing("user inline policy", () -> iam.getUserPolicy(r -> r.userName("Holder").policyName("p")),
                        "The user policy with name p cannot be found."),
                missing("role inline policy", () -> iam.getRolePolicy(r -> r.roleName("Trusting").policyName("p")),
                        "The role policy with name p cannot be found."),
                missing("group inline policy", () -> iam.getGroupPolicy(r -> r.groupName("Holders").policyName("p")),
                        "The group policy with name p cannot be found."),
                missing("login profile", () -> iam.getLoginProfile(r -> r.userName("nobody")),
                        "The user with name nobody cannot be found."),
                missing("access key", () -> iam.deleteAccessKey(r -> r.userName("Holder")
                        .accessKeyId("AKIAAAAAAAAAAAAAAAAA")),
                        "The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found."),
                // ucopacme/aws-orgs#12
                duplicate("user", () -> iam.createUser(r -> r.userName("holder")),
                        "User with name holder already exists."),
                duplicate("role", () -> iam.createRole(r -> r.roleName("TRUSTING")
                        .assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2)),
                        "Role with name TRUSTING already exists."),
                duplicate("group", () -> iam.createGroup(r -> r.groupName("holders")),
                        "Group with name holders already exists."),
                duplicate("user renamed to another's name", () -> iam.updateUser(r -> r.userName("Other")
                        .newUserName("HOLDER")),
                        "User with name HOLDER already exists."),
                duplicate("managed policy", () -> iam.createPolicy(r -> r.policyName("kept")
                        .policyDocument(IamUsersRolesPoliciesSdkTest.READ_S3)),
                        "A policy called kept already exists. Duplicate names are not allowed."),
                // zalando-stups/planb-cassandra#153
                duplicate("instance profile", () -> iam.createInstanceProfile(r -> r.instanceProfileName("profile")),
                        "Instance Profile profile already exists."),
                duplicate("login profile", () -> iam.createLoginProfile(r -> r.userName("Holder")
                        .password("Secret-456!aA")), "Login Profile for user Holder already exists."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void answeredWithAwsCodeStatusAndText(Refusal row) {
        var error = assertIamError(row.call()::run, row.code(), row.status());
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(row.message());
    }
}
