package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy documents in the wrong place over the wire: each call answers MalformedPolicyDocument 400
 * and its message starts with AWS's words (Warden then says what exactly is wrong and where). AWS's
 * words as quoted from AWS in public reports, cited per row.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamPolicyDocumentErrorsSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";

    record Refusal(String label, Consumer<String> call, String awsWords) {
        @Override
        public String toString() {
            return label;
        }
    }

    @BeforeParameterizedClassInvocation
    static void entities() {
        iam.createUser(r -> r.userName("holder"));
        iam.createGroup(r -> r.groupName("holders"));
        iam.createRole(r -> r.roleName("trusting").assumeRolePolicyDocument(IamUsersRolesPoliciesSdkTest.TRUST_EC2));
    }

    static String trust(String statementBody) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\"," + statementBody + "}]}";
    }

    static final String WITH_PRINCIPAL = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}""";

    static Stream<Refusal> refusals() {
        String ghostRole = "arn:aws:iam::" + ACCOUNT + ":role/ghost";
        String ghostUser = "arn:aws:iam::" + ACCOUNT + ":user/ghost";
        return Stream.of(
                // aws-actions/configure-aws-credentials#332
                new Refusal("trust naming a role that does not exist", n -> iam.updateAssumeRolePolicy(r -> r
                        .roleName("trusting").policyDocument(trust("\"Principal\":{\"AWS\":\"" + ghostRole
                                + "\"},\"Action\":\"sts:AssumeRole\""))),
                        "Invalid principal in policy: \"AWS\":\"" + ghostRole + "\""),
                new Refusal("new role trusting a user that does not exist", n -> iam.createRole(r -> r.roleName(n)
                        .assumeRolePolicyDocument(trust("\"Principal\":{\"AWS\":\"" + ghostUser
                                + "\"},\"Action\":\"sts:AssumeRole\""))),
                        "Invalid principal in policy: \"AWS\":\"" + ghostUser + "\""),
                // hashicorp/terraform#34231
                new Refusal("trust with a Resource", n -> iam.updateAssumeRolePolicy(r -> r.roleName("trusting")
                        .policyDocument(trust("\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                                + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\""))),
                        "Has prohibited field Resource"),
                // hashicorp/terraform-provider-aws#32872
                new Refusal("trust granting a non-STS action", n -> iam.updateAssumeRolePolicy(r -> r
                        .roleName("trusting").policyDocument(trust("\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                                + "\"Action\":[\"sts:AssumeRole\",\"s3:GetObject\"]"))),
                        "AssumeRole policy may only specify STS AssumeRole actions."),
                new Refusal("new role trusting with a misspelt STS action", n -> iam.createRole(r -> r.roleName(n)
                        .assumeRolePolicyDocument(trust("\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                                + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSessions\"]"))),
                        "AssumeRole policy may only specify STS AssumeRole actions."),
                // hashicorp/terraform#13449
                new Refusal("role inline policy with a Principal", n -> iam.putRolePolicy(r -> r.roleName("trusting")
                        .policyName(n).policyDocument(WITH_PRINCIPAL)),
                        "Policy document should not specify a principal."),
                new Refusal("user inline policy with a Principal", n -> iam.putUserPolicy(r -> r.userName("holder")
                        .policyName(n).policyDocument(WITH_PRINCIPAL)),
                        "Policy document should not specify a principal."),
                new Refusal("group inline policy with a Principal", n -> iam.putGroupPolicy(r -> r.groupName("holders")
                        .policyName(n).policyDocument(WITH_PRINCIPAL)),
                        "Policy document should not specify a principal."),
                // hashicorp/terraform-provider-aws#10419
                new Refusal("managed policy with a Principal", n -> iam.createPolicy(r -> r.policyName(n)
                        .policyDocument(WITH_PRINCIPAL)),
                        "Policy document should not specify a principal."),
                // trussworks/terraform-aws-s3-anti-virus#28
                new Refusal("identity policy without resources", n -> iam.putUserPolicy(r -> r.userName("holder")
                        .policyName(n).policyDocument("""
                                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}""")),
                        "Policy statement must contain resources."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedAsAwsRefusesIt(Refusal row) {
        var error = assertIamError(() -> row.call().accept(row.label().replace(' ', '-')),
                "MalformedPolicyDocument", 400);
        assertThat(error.awsErrorDetails().errorMessage()).startsWith(row.awsWords());
    }
}
