package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyResponse;
import software.amazon.awssdk.services.iam.model.Statement;

/** The policy simulator end to end: decisions, matched statement positions, context, paging. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamSimulationSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    /** Pretty-printed so that statement positions are easy to tell: the statement opens at 4:5. */
    static final String READ_BUCKET = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "ReadBucket",
                  "Effect": "Allow",
                  "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::team-bucket/*"
                },
                {
                  "Sid": "NoSecrets",
                  "Effect": "Deny",
                  "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::team-bucket/secret/*"
                }
              ]
            }""";
    static final String NEEDS_MFA = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:StopInstances","Resource":"*",\
            "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},"StringEquals":{"aws:RequestedRegion":"${aws:username}"}}}]}""";

    @Test
    void customPolicyAllowsWithMatchedStatementPositions() {
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(READ_BUCKET)
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::team-bucket/report.csv"))
                .evaluationResults().get(0);
        assertThat(result.evalActionName()).isEqualTo("s3:GetObject");
        assertThat(result.evalResourceName()).isEqualTo("arn:aws:s3:::team-bucket/report.csv");
        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(result.matchedStatements()).hasSize(1);
        Statement matched = result.matchedStatements().get(0);
        assertThat(matched.sourcePolicyId()).isEqualTo("PolicyInputList.1");
        assertThat(matched.sourcePolicyTypeAsString()).isEqualTo("IAM Policy");
        assertThat(matched.startPosition().line()).isEqualTo(4);
        assertThat(matched.startPosition().column()).isEqualTo(5);
        assertThat(matched.endPosition().line()).isEqualTo(9);
        assertThat(result.missingContextValues()).isEmpty();
        assertThat(result.evalDecisionDetails()).isEmpty();
        assertThat(result.resourceSpecificResults()).singleElement()
                .satisfies(specific -> assertThat(specific.evalResourceDecision())
                        .isEqualTo(PolicyEvaluationDecisionType.ALLOWED));
    }

    @Test
    void explicitDenyIsTheOnlyMatchedStatement() {
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(READ_BUCKET)
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::team-bucket/secret/key"))
                .evaluationResults().get(0);
        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
        assertThat(result.matchedStatements()).singleElement()
                .satisfies(s -> assertThat(s.startPosition().line()).isEqualTo(10));
    }

    @Test
    void implicitDenyForAnotherActionAndDefaultResourceIsStar() {
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(READ_BUCKET)
                .actionNames("s3:PutObject")).evaluationResults().get(0);
        assertThat(result.evalResourceName()).isEqualTo("*");
        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
        assertThat(result.matchedStatements()).isEmpty();
    }

    @Test
    void missingContextValuesAndContextEntries() {
        EvaluationResult without = iam.simulateCustomPolicy(r -> r.policyInputList(NEEDS_MFA)
                .actionNames("ec2:StopInstances")).evaluationResults().get(0);
        assertThat(without.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
        assertThat(without.missingContextValues()).contains("aws:MultiFactorAuthPresent");

        EvaluationResult with = iam.simulateCustomPolicy(r -> r.policyInputList(NEEDS_MFA)
                .actionNames("ec2:StopInstances")
                .contextEntries(
                        ContextEntry.builder().contextKeyName("aws:MultiFactorAuthPresent")
                                .contextKeyType(ContextKeyTypeEnum.BOOLEAN).contextKeyValues("true").build(),
                        ContextEntry.builder().contextKeyName("aws:RequestedRegion")
                                .contextKeyType(ContextKeyTypeEnum.STRING).contextKeyValues("sam").build(),
                        ContextEntry.builder().contextKeyName("aws:username")
                                .contextKeyType(ContextKeyTypeEnum.STRING).contextKeyValues("sam").build()))
                .evaluationResults().get(0);
        assertThat(with.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(with.missingContextValues()).isEmpty();
    }

    @Test
    void contextKeysOfACustomPolicy() {
        assertThat(iam.getContextKeysForCustomPolicy(r -> r.policyInputList(NEEDS_MFA)).contextKeyNames())
                .containsExactly("aws:MultiFactorAuthPresent", "aws:RequestedRegion", "aws:username");
    }

    @Test
    void resultsArePagedWithMarker() {
        List<String> actions = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            SimulateCustomPolicyResponse page = iam.simulateCustomPolicy(r -> r.policyInputList(READ_BUCKET)
                    .actionNames("s3:GetObject", "s3:PutObject", "s3:DeleteObject").maxItems(2).marker(from));
            page.evaluationResults().forEach(e -> actions.add(e.evalActionName()));
            marker = page.isTruncated() ? page.marker() : null;
        } while (marker != null);
        assertThat(actions).containsExactly("s3:GetObject", "s3:PutObject", "s3:DeleteObject");
    }

    @Test
    void principalPolicyIncludesGroupsAndBoundary() {
        iam.createUser(r -> r.userName("sim-user"));
        iam.createGroup(r -> r.groupName("sim-group"));
        iam.addUserToGroup(r -> r.groupName("sim-group").userName("sim-user"));
        iam.putGroupPolicy(r -> r.groupName("sim-group").policyName("group-read").policyDocument(READ_BUCKET));
        String userArn = iam.getUser(r -> r.userName("sim-user")).user().arn();

        EvaluationResult allowed = iam.simulatePrincipalPolicy(r -> r.policySourceArn(userArn)
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::team-bucket/a")).evaluationResults().get(0);
        assertThat(allowed.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(allowed.matchedStatements()).singleElement().satisfies(s -> {
            assertThat(s.sourcePolicyId()).isEqualTo("group-read");
            assertThat(s.sourcePolicyTypeAsString()).isEqualTo("group");
        });

        iam.putUserPermissionsBoundary(r -> r.userName("sim-user")
                .permissionsBoundary("arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"));
        EvaluationResult bounded = iam.simulatePrincipalPolicy(r -> r.policySourceArn(userArn)
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::team-bucket/a")).evaluationResults().get(0);
        assertThat(bounded.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
        assertThat(bounded.permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary()).isFalse();

        String boundary = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""";
        EvaluationResult replaced = iam.simulatePrincipalPolicy(r -> r.policySourceArn(userArn)
                .permissionsBoundaryPolicyInputList(boundary)
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::team-bucket/a")).evaluationResults().get(0);
        assertThat(replaced.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(replaced.permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary()).isTrue();
    }

    @Test
    void adminIsAllowedThroughTheAwsManagedPolicy() {
        EvaluationResult result = iam.simulatePrincipalPolicy(r -> r
                .policySourceArn("arn:aws:iam::123456789012:user/admin").actionNames("iam:CreateUser"))
                .evaluationResults().get(0);
        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(result.matchedStatements()).singleElement().satisfies(s -> {
            assertThat(s.sourcePolicyId()).isEqualTo("AdministratorAccess");
            assertThat(s.sourcePolicyTypeAsString()).isEqualTo("aws-managed");
        });
    }

    @Test
    void crossAccountResourcePolicyFillsDecisionDetails() {
        String bucketPolicy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"AWS":"arn:aws:iam::123456789012:user/admin"},"Action":"s3:GetObject","Resource":"*"}]}""";
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(READ_BUCKET)
                .resourcePolicy(bucketPolicy).resourceOwner("arn:aws:iam::210987654321:root")
                .callerArn("arn:aws:iam::123456789012:user/admin")
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::team-bucket/x")).evaluationResults().get(0);
        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(result.evalDecisionDetailsAsStrings()).containsEntry("IAM Policy", "allowed")
                .containsEntry("Resource Policy", "allowed");
        assertThat(result.matchedStatements()).extracting(Statement::sourcePolicyId)
                .contains("PolicyInputList.1", "ResourcePolicy");
    }

    @Test
    void badInputIsAnAwsError() {
        assertIamError(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn("arn:aws:iam::123456789012:user/ghost")
                .actionNames("s3:GetObject")), "NoSuchEntity", 404);
        assertIamError(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn("arn:aws:s3:::bucket-not-principal")
                .actionNames("s3:GetObject")), "InvalidInput", 400);
        assertIamError(() -> iam.simulateCustomPolicy(r -> r.policyInputList("{not json").actionNames("s3:GetObject")),
                "MalformedPolicyDocument", 400);
        assertIamError(() -> iam.simulateCustomPolicy(r -> r.policyInputList(READ_BUCKET)
                .callerArn("arn:aws:sts::123456789012:assumed-role/r/s").actionNames("s3:GetObject")), "InvalidInput", 400);
    }
}
