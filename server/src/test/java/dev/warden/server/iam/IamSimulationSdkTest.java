package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyResponse;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;
import software.amazon.awssdk.services.iam.model.Statement;

/** The policy simulator end to end: decisions, matched statement positions, context, paging. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamSimulationSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    /**
     * Pretty-printed so that statement positions are easy to tell: the statement's '{' is at 4:5, so
     * AWS reports StartPosition 4:6 (just past it, see {@link #positionsCountAsTheAwsCliExampleShows}).
     */
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
        assertThat(matched.startPosition().column()).isEqualTo(6);
        assertThat(matched.endPosition().line()).isEqualTo(9);
        assertThat(result.missingContextValues()).isEmpty();
        // Same account, a named resource: "the parameter is present but the response is empty"
        // at the top, and absent per resource ("returned only for cross-account simulations").
        assertThat(result.hasEvalDecisionDetails()).isTrue();
        assertThat(result.evalDecisionDetails()).isEmpty();
        assertThat(result.resourceSpecificResults()).singleElement().satisfies(specific -> {
            assertThat(specific.evalResourceDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
            assertThat(specific.hasEvalDecisionDetails()).isFalse();
        });
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

    /** The AWS CLI's get-context-keys-for-custom-policy example and its output, in that order (not sorted). */
    @Test
    void contextKeysAreListedAsTheAwsCliExampleShows() {
        String policy = """
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*",\
                "Resource":"arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",\
                "Condition":{"DateGreaterThan":{"aws:CurrentTime":"2015-08-16T12:00:00Z"}}}}""";
        assertThat(iam.getContextKeysForCustomPolicy(r -> r.policyInputList(policy)).contextKeyNames())
                .containsExactly("aws:username", "aws:CurrentTime");
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
        assertThat(result.resourceSpecificResults()).singleElement().satisfies(specific -> assertThat(
                specific.evalDecisionDetailsAsStrings()).containsEntry("Resource Policy", "allowed"));
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

    static final String ANYONE_MAY_READ = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",\
            "Resource":"*"}]}""";
    static final String ROLE_ARN = "arn:aws:iam::123456789012:role/sim-source-role";

    @BeforeParameterizedClassInvocation
    static void createSourceRole() {
        iam.createRole(r -> r.roleName("sim-source-role").assumeRolePolicyDocument(
                IamUsersRolesPoliciesSdkTest.TRUST_EC2));
    }

    /**
     * The AWS CLI's own simulate-custom-policy example (awscli/examples/iam/simulate-custom-policy.rst):
     * this one-line policy's statement reports StartPosition 1:38 (its '{' is in column 37) and
     * EndPosition 1:167 (just past its '}', in column 166), with MissingContextValues empty.
     */
    @Test
    void positionsCountAsTheAwsCliExampleShows() {
        String policy = """
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*",\
                "Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}""";
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(policy)
                .actionNames("dynamodb:CreateBackup").contextEntries(ContextEntry.builder()
                        .contextKeyName("aws:CurrentTime").contextKeyValues("2019-04-25T11:00:00Z")
                        .contextKeyType(ContextKeyTypeEnum.DATE).build())).evaluationResults().get(0);
        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
        assertThat(result.missingContextValues()).isEmpty();
        Statement matched = result.matchedStatements().get(0);
        assertThat(matched.sourcePolicyId()).isEqualTo("PolicyInputList.1");
        assertThat(List.of(matched.startPosition().line(), matched.startPosition().column(),
                matched.endPosition().line(), matched.endPosition().column())).containsExactly(1, 38, 1, 167);
    }

    /** Where a missing key is listed, per the EvaluationResult and ResourceSpecificResult references. */
    record MissingPlace(String label, List<String> resources, List<String> topLevel, List<String> perResource) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final String MFA_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:StopInstances","Resource":"*",\
            "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""";

    static Stream<MissingPlace> missingPlaces() {
        List<String> mfa = List.of("aws:MultiFactorAuthPresent");
        return Stream.of(
                new MissingPlace("no ResourceArns: at the top", List.of(), mfa, null),
                new MissingPlace("explicit *: at the top", List.of("*"), mfa, null),
                new MissingPlace("a named resource: in ResourceSpecificResults instead",
                        List.of("arn:aws:ec2:us-east-1:123456789012:instance/i-1"), List.of(), mfa));
    }

    @ParameterizedTest
    @MethodSource("missingPlaces")
    void missingContextValuesAreListedWhereAwsDocumentsThem(MissingPlace row) {
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(MFA_ONLY)
                .actionNames("ec2:StopInstances").resourceArns(row.resources().isEmpty() ? null : row.resources()))
                .evaluationResults().get(0);
        assertThat(result.missingContextValues()).containsExactlyElementsOf(row.topLevel());
        if (row.perResource() == null) {
            assertThat(result.resourceSpecificResults()).isEmpty();
        } else {
            assertThat(result.resourceSpecificResults()).singleElement().satisfies(specific ->
                    assertThat(specific.missingContextValues()).containsExactlyElementsOf(row.perResource()));
        }
    }

    static final String SEND_ANYWHERE = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}""";

    record Owner(String label, String resource, String resourceOwner, String resourcePolicy,
            PolicyEvaluationDecisionType decision, boolean crossAccount) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Owner> owners() {
        String other = "arn:aws:sqs:us-east-1:210987654321:their-queue";
        String mine = "arn:aws:sqs:us-east-1:123456789012:my-queue";
        String theyAllowAdmin = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"AWS":"arn:aws:iam::123456789012:user/admin"},"Action":"sqs:SendMessage","Resource":"*"}]}""";
        return Stream.of(
                new Owner("own account's queue", mine, null, null, PolicyEvaluationDecisionType.ALLOWED, false),
                new Owner("another account's queue, no resource policy: denied", other, null, null,
                        PolicyEvaluationDecisionType.IMPLICIT_DENY, true),
                new Owner("another account's queue that allows the caller", other, null, theyAllowAdmin,
                        PolicyEvaluationDecisionType.ALLOWED, true),
                new Owner("the ARN's account wins over ResourceOwner", other, "arn:aws:iam::123456789012:root", null,
                        PolicyEvaluationDecisionType.IMPLICIT_DENY, true),
                new Owner("ResourceOwner for an ARN without account", "arn:aws:s3:::their-bucket",
                        "arn:aws:iam::210987654321:root", null, PolicyEvaluationDecisionType.IMPLICIT_DENY, true));
    }

    /**
     * ResourceOwner is "the owner of any simulated resource that does not identify its owner in the
     * resource ARN" (API reference): a resource ARN naming another account is cross-account on its own.
     */
    @ParameterizedTest
    @MethodSource("owners")
    void aResourceArnNamingAnAccountIsOwnedByIt(Owner row) {
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(SEND_ANYWHERE)
                .actionNames("sqs:SendMessage").resourceArns(row.resource()).resourceOwner(row.resourceOwner())
                .resourcePolicy(row.resourcePolicy()).callerArn("arn:aws:iam::123456789012:user/admin"))
                .evaluationResults().get(0);
        assertThat(result.evalDecision()).isEqualTo(row.decision());
        if (row.crossAccount()) {
            assertThat(result.evalDecisionDetailsAsStrings()).containsEntry("IAM Policy", "allowed");
        } else {
            assertThat(result.evalDecisionDetails()).isEmpty();
        }
    }

    /** The policy of boto/boto3#3111: one statement per action, each needing a different key. */
    static final String KEY_PER_ACTION = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket",\
            "Resource":"arn:aws:s3:::example-bucket","Condition":{"StringLike":{"aws:PrincipalTag/allowed_service":"s3"}}},\
            {"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::example-bucket/${aws:username}"}]}""";

    record MissingKeys(String label, List<ContextEntry> given, List<String> missing) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<MissingKeys> missingKeys() {
        ContextEntry username = ContextEntry.builder().contextKeyName("AWS:UserName")
                .contextKeyType(ContextKeyTypeEnum.STRING).contextKeyValues("sam").build();
        ContextEntry tag = ContextEntry.builder().contextKeyName("aws:PrincipalTag/allowed_service")
                .contextKeyType(ContextKeyTypeEnum.STRING).contextKeyValues("s3").build();
        return Stream.of(
                new MissingKeys("nothing given: both keys, also the other action's",
                        List.of(), List.of("aws:PrincipalTag/allowed_service", "aws:username")),
                new MissingKeys("the other action's key given (in another case)", List.of(username),
                        List.of("aws:PrincipalTag/allowed_service")),
                new MissingKeys("this action's key given", List.of(tag), List.of("aws:username")),
                new MissingKeys("both given", List.of(tag, username), List.of()));
    }

    /**
     * MissingContextValues lists "context keys that are required by the included input policies but
     * that were not provided" (EvaluationResult reference): AWS includes the keys of statements for
     * other actions too (boto/boto3#3111, aws/aws-sdk-java-v2#1751).
     */
    @ParameterizedTest
    @MethodSource("missingKeys")
    void missingContextValuesAreEveryKeyOfThePoliciesNotGiven(MissingKeys row) {
        EvaluationResult result = iam.simulateCustomPolicy(r -> r.policyInputList(KEY_PER_ACTION)
                .actionNames("s3:ListBucket").contextEntries(row.given())).evaluationResults().get(0);
        assertThat(result.missingContextValues()).containsExactlyElementsOf(row.missing());
    }

    /** One bad request and AWS's answer; texts marked "Warden's text" have no AWS source. */
    record BadRequest(String label, Runnable call, String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    static BadRequest custom(String label, Consumer<SimulateCustomPolicyRequest.Builder> request, String message) {
        return new BadRequest(label, () -> iam.simulateCustomPolicy(r -> request.accept(
                r.policyInputList(READ_BUCKET).actionNames("s3:GetObject"))), message);
    }

    static BadRequest principal(String label, Consumer<SimulatePrincipalPolicyRequest.Builder> request,
            String message) {
        return new BadRequest(label, () -> iam.simulatePrincipalPolicy(r -> request.accept(
                r.actionNames("s3:GetObject"))), message);
    }

    static Stream<BadRequest> badRequests() {
        return Stream.of(
                // API reference, CallerArn: "You can specify only the ARN of an IAM user." Warden's text.
                custom("custom: a role as CallerArn", r -> r.callerArn(ROLE_ARN),
                        "CallerArn must be the ARN of an IAM user, not '" + ROLE_ARN + "'."),
                principal("principal: a role as CallerArn", r -> r.policySourceArn(ROLE_ARN).callerArn(ROLE_ARN),
                        "CallerArn must be the ARN of an IAM user, not '" + ROLE_ARN + "'."),
                custom("custom: an assumed-role session as CallerArn",
                        r -> r.callerArn("arn:aws:sts::123456789012:assumed-role/r/s"),
                        "CallerArn must be the ARN of an IAM user, not 'arn:aws:sts::123456789012:assumed-role/r/s'."),
                // API reference, CallerArn: "required if you include a ResourcePolicy". Warden's text.
                custom("custom: ResourcePolicy without CallerArn", r -> r.resourcePolicy(ANYONE_MAY_READ),
                        "CallerArn is required with a ResourcePolicy."),
                // "... and the PolicySourceArn is not the ARN for an IAM user". Warden's text.
                principal("principal: a role's policies with a ResourcePolicy and no CallerArn",
                        r -> r.policySourceArn(ROLE_ARN).resourcePolicy(ANYONE_MAY_READ),
                        "CallerArn is required with a ResourcePolicy when PolicySourceArn is not the ARN of an IAM user."),
                // API reference, PolicySourceArn: "a user, group, or role"; no session. Warden's text.
                principal("principal: an assumed-role session as PolicySourceArn",
                        r -> r.policySourceArn("arn:aws:sts::123456789012:assumed-role/sim-source-role/s"),
                        "Invalid ARN arn:aws:sts::123456789012:assumed-role/sim-source-role/s: PolicySourceArn must be"
                                + " the ARN of an IAM user, group or role."),
                // AWS's text, quoted in aws-containers/amazon-ecs-exec-checker#35.
                custom("custom: a resource that is no ARN",
                        r -> r.resourceArns("14a050d4-021e-4efe-84bb-0871bf6d0fda"),
                        "ResourceNames are not in a valid ARN format: 14a050d4-021e-4efe-84bb-0871bf6d0fda."),
                // AWS's text (sic), quoted in boto/botocore#1346.
                custom("custom: ResourceOwner as a bare account id", r -> r.resourceOwner("123456789012"),
                        "'123456789012' is not a valid as a Resource Owner."));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badRequestsAreInvalidInput(BadRequest row) {
        assertThat(assertIamError(row.call()::run, "InvalidInput", 400).awsErrorDetails().errorMessage())
                .isEqualTo(row.message());
    }

    /** Members over their IAM-model lengths: ValidationError naming the member, as for every IAM action. */
    static Stream<BadRequest> overLongMembers() {
        String long2049 = "a".repeat(2049);
        return Stream.of(
                custom("ResourceHandlingOption of 65", r -> r.resourceHandlingOption("x".repeat(65)),
                        "1 validation error detected: Value '" + "x".repeat(65) + "' at 'resourceHandlingOption' failed"
                                + " to satisfy constraint: Member must have length less than or equal to 64"),
                custom("ResourceOwner of 2049", r -> r.resourceOwner(long2049),
                        "1 validation error detected: Value '" + long2049 + "' at 'resourceOwner' failed"
                                + " to satisfy constraint: Member must have length less than or equal to 2048"),
                custom("CallerArn of 2049", r -> r.callerArn(long2049),
                        "1 validation error detected: Value '" + long2049 + "' at 'callerArn' failed"
                                + " to satisfy constraint: Member must have length less than or equal to 2048"));
    }

    @ParameterizedTest
    @MethodSource("overLongMembers")
    void overLongMembersAreValidationErrors(BadRequest row) {
        assertThat(assertIamError(row.call()::run, "ValidationError", 400).awsErrorDetails().errorMessage())
                .isEqualTo(row.message());
    }

    @Test
    void aUsersPoliciesTakeAResourcePolicyWithoutCallerArn() {
        EvaluationResult result = iam.simulatePrincipalPolicy(r -> r
                .policySourceArn("arn:aws:iam::123456789012:user/admin").resourcePolicy(ANYONE_MAY_READ)
                .actionNames("s3:GetObject").resourceArns("arn:aws:s3:::team-bucket/x")).evaluationResults().get(0);
        assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
    }
}
