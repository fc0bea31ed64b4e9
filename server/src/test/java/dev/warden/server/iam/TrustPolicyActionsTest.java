package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.PolicyDocumentKind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role trust policies may grant only STS actions (AWS: "AssumeRole policy may only specify STS
 * AssumeRole actions.", quoted in hashicorp/terraform-provider-aws#32872 for a misspelt
 * sts:TagSessions); checked on CreateRole and UpdateAssumeRolePolicy.
 */
class TrustPolicyActionsTest {

    static final String AWS_TEXT = "AssumeRole policy may only specify STS AssumeRole actions.";

    static String trust(String actionJson) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":" + actionJson + "}]}";
    }

    /** Action element as JSON, and the refusal's detail after AWS's text, or null when accepted. */
    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("\"sts:AssumeRole\"", null),
                Arguments.of("[\"sts:AssumeRole\",\"sts:TagSession\",\"sts:SetSourceIdentity\"]", null),
                Arguments.of("[\"sts:AssumeRoleWithSAML\",\"sts:AssumeRoleWithWebIdentity\",\"sts:SetContext\"]", null),
                Arguments.of("\"STS:assumerole\"", null),
                Arguments.of("\"sts:*\"", null),
                Arguments.of("\"sts:AssumeRole*\"", null),
                Arguments.of("\"*\"", null),
                Arguments.of("\"s3:GetObject\"",
                        "\"s3:GetObject\" is not an STS action. (line 1, column 109)"),
                Arguments.of("[\"sts:AssumeRole\",\"iam:PassRole\"]",
                        "\"iam:PassRole\" is not an STS action. (line 1, column 127)"),
                Arguments.of("[\"sts:AssumeRole\",\"sts:TagSessions\"]",
                        "\"sts:TagSessions\" is not an STS action. (line 1, column 127)"),
                Arguments.of("\"ec2:*\"", "\"ec2:*\" is not an STS action. (line 1, column 109)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void onlyStsActionsAreAccepted(String action, String detail) {
        EnginePolicyDocumentCheck check = new EnginePolicyDocumentCheck();
        if (detail == null) {
            assertThatCode(() -> check.check(PolicyDocumentKind.TRUST, trust(action))).doesNotThrowAnyException();
            return;
        }
        assertThatThrownBy(() -> check.check(PolicyDocumentKind.TRUST, trust(action)))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.code())
                        .isEqualTo(IamErrorCode.MALFORMED_POLICY_DOCUMENT))
                .hasMessage(AWS_TEXT + " " + detail);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void identityPoliciesAreNotHeldToIt(String action, String detail) {
        String identity = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":" + action
                + ",\"Resource\":\"*\"}]}";
        assertThatCode(() -> new EnginePolicyDocumentCheck().check(PolicyDocumentKind.IDENTITY, identity))
                .doesNotThrowAnyException();
    }
}
