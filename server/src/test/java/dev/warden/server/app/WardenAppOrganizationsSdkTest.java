package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GlobalEndpointTokenVersion;
import software.amazon.awssdk.services.iam.model.ListDelegationRequestsResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.OrganizationNotFoundException;
import software.amazon.awssdk.services.iam.model.PolicyParameterTypeEnum;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * SetSecurityTokenServicePreferences and the Organizations and delegation operations through a fully
 * assembled Warden with the AWS SDK for Java v2: each call authenticated, authorized by the engine
 * and answered with the code and HTTP status AWS uses for a standalone account.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ParameterizedClass
@EnumSource(TestStore.class)
class WardenAppOrganizationsSdkTest extends PerStoreSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";
    static final String ENTITY_PATH = "o-a1b2c3d4e5/r-f6g7h8i9j0example";
    static final String JOB_ID = "examplea-1234-b567-cde8-90fg123abcd4";
    static final String REQUEST_ID = "dr-1234567890abcdef";
    static final String TASK_POLICY = "arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy";
    /** Root sessions for one member account and one task only: the engine decides on resource and key. */
    static final String ASSUME_ROOT_ONE_TASK = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRoot",
              "Resource":"arn:aws:iam::111122223333:root",
              "Condition":{"ArnEquals":{"sts:TaskPolicyArn":"%s"}}}]}""".formatted(TASK_POLICY);

    static MutableClock clock = new MutableClock();
    static WardenApp app;
    static IamClient admin;
    static AwsCredentials adminKey;
    static AwsCredentials nobodyKey;
    static AwsCredentials rootTaskKey;

    @BeforeParameterizedClassInvocation
    static void start(TestStore store) throws Exception {
        clock.set(Instant.now()); // requests are signed with real time
        TestDatabase database = closeAfterStore(store.create());
        app = closeAfterStore(WardenApp.start(
                new WardenAppSettings(folder.resolve(store.name()), "127.0.0.1", 0, ACCOUNT, clock)
                        .withStore(database.location())));
        adminKey = SdkClients.credentialsFile(app.home().credentialsFile());
        admin = closeAfterStore(SdkClients.iam(app, adminKey));
        nobodyKey = userKey("nobody");
        rootTaskKey = userKey("root-tasks");
        admin.putUserPolicy(r -> r.userName("root-tasks").policyName("one-task").policyDocument(ASSUME_ROOT_ONE_TASK));
    }

    static AwsCredentials userKey(String name) {
        admin.createUser(r -> r.userName(name));
        var key = admin.createAccessKey(r -> r.userName(name)).accessKey();
        return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }

    record Outcome(String code, int status) {}

    static Outcome failure(Runnable call) {
        AwsServiceException e = catchThrowableOfType(AwsServiceException.class, call::run);
        assertThat(e).as("the call failed with an AWS error").isNotNull();
        return new Outcome(e.awsErrorDetails().errorCode(), e.statusCode());
    }

    record IamCall(String action, Consumer<IamClient> call, Outcome expected) {}

    static final Outcome NO_ORGANIZATION = new Outcome("OrganizationNotFoundException", 400);
    static final Outcome NO_SUCH_ENTITY = new Outcome("NoSuchEntity", 404);

    static List<IamCall> iamCalls() {
        return List.of(
                new IamCall("ListOrganizationsFeatures", c -> c.listOrganizationsFeatures(r -> { }), NO_ORGANIZATION),
                new IamCall("EnableOrganizationsRootCredentialsManagement",
                        c -> c.enableOrganizationsRootCredentialsManagement(r -> { }), NO_ORGANIZATION),
                new IamCall("DisableOrganizationsRootCredentialsManagement",
                        c -> c.disableOrganizationsRootCredentialsManagement(r -> { }), NO_ORGANIZATION),
                new IamCall("EnableOrganizationsRootSessions", c -> c.enableOrganizationsRootSessions(r -> { }),
                        NO_ORGANIZATION),
                new IamCall("DisableOrganizationsRootSessions", c -> c.disableOrganizationsRootSessions(r -> { }),
                        NO_ORGANIZATION),
                new IamCall("GenerateOrganizationsAccessReport",
                        c -> c.generateOrganizationsAccessReport(r -> r.entityPath(ENTITY_PATH)), NO_ORGANIZATION),
                new IamCall("GetOrganizationsAccessReport", c -> c.getOrganizationsAccessReport(r -> r.jobId(JOB_ID)),
                        NO_SUCH_ENTITY),
                new IamCall("CreateDelegationRequest", c -> c.createDelegationRequest(r -> r
                        .description("Deploy the monitoring stack")
                        .permissions(p -> p.policyTemplateArn("arn:aws:iam::aws:policy-template/Example")
                                .parameters(q -> q.name("BucketName").values("logs").type(PolicyParameterTypeEnum.STRING)))
                        .requestorWorkflowId("workflow-1")
                        .notificationChannel("arn:aws:sns:us-east-1:111122223333:partner-topic")
                        .sessionDuration(3600)), new Outcome("AccessDenied", 403)),
                new IamCall("GetDelegationRequest", c -> c.getDelegationRequest(r -> r.delegationRequestId(REQUEST_ID)),
                        NO_SUCH_ENTITY),
                new IamCall("AcceptDelegationRequest",
                        c -> c.acceptDelegationRequest(r -> r.delegationRequestId(REQUEST_ID)), NO_SUCH_ENTITY),
                new IamCall("RejectDelegationRequest",
                        c -> c.rejectDelegationRequest(r -> r.delegationRequestId(REQUEST_ID).notes("no")), NO_SUCH_ENTITY),
                new IamCall("AssociateDelegationRequest",
                        c -> c.associateDelegationRequest(r -> r.delegationRequestId(REQUEST_ID)), NO_SUCH_ENTITY),
                new IamCall("UpdateDelegationRequest",
                        c -> c.updateDelegationRequest(r -> r.delegationRequestId(REQUEST_ID).notes("n")), NO_SUCH_ENTITY),
                new IamCall("SendDelegationToken", c -> c.sendDelegationToken(r -> r.delegationRequestId(REQUEST_ID)),
                        NO_SUCH_ENTITY),
                new IamCall("GetHumanReadableSummary", c -> c.getHumanReadableSummary(r -> r
                        .entityArn("arn:aws:iam::" + ACCOUNT + ":delegation-request/" + REQUEST_ID)), NO_SUCH_ENTITY),
                new IamCall("GetHumanReadableSummary", c -> c.getHumanReadableSummary(r -> r
                        .entityArn("arn:aws:iam::" + ACCOUNT + ":user/nobody")), new Outcome("InvalidInput", 400)));
    }

    @Test
    @Order(1)
    void theGlobalEndpointTokenVersionIsPersistedAndReportedByTheAccountSummary() {
        assertThat(admin.getAccountSummary().summaryMapAsStrings()).containsEntry("GlobalEndpointTokenVersion", 1);

        admin.setSecurityTokenServicePreferences(r -> r.globalEndpointTokenVersion(GlobalEndpointTokenVersion.V2_TOKEN));
        assertThat(admin.getAccountSummary().summaryMapAsStrings()).containsEntry("GlobalEndpointTokenVersion", 2);
        assertThat(app.home().iam().stsPreferences().globalEndpointTokenVersion())
                .isEqualTo(dev.warden.core.iam.GlobalEndpointTokenVersion.V2_TOKEN);

        admin.setSecurityTokenServicePreferences(r -> r.globalEndpointTokenVersion(GlobalEndpointTokenVersion.V1_TOKEN));
        assertThat(admin.getAccountSummary().summaryMapAsStrings()).containsEntry("GlobalEndpointTokenVersion", 1);
        assertThat(app.home().iam().stsPreferences().globalEndpointTokenVersion())
                .isEqualTo(dev.warden.core.iam.GlobalEndpointTokenVersion.V1_TOKEN);
    }

    @Test
    @Order(2)
    void anUnknownTokenVersionIsAValidationErrorAndChangesNothing() {
        AwsServiceException e = catchThrowableOfType(AwsServiceException.class,
                () -> admin.setSecurityTokenServicePreferences(r -> r.globalEndpointTokenVersion("v3Token")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value 'v3Token' at "
                + "'globalEndpointTokenVersion' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[v1Token, v2Token]");
        assertThat(admin.getAccountSummary().summaryMapAsStrings()).containsEntry("GlobalEndpointTokenVersion", 1);
    }

    @Test
    @Order(3)
    void organizationsAndDelegationOperationsAnswerAsForAStandaloneAccount() {
        for (IamCall c : iamCalls()) {
            assertThat(failure(() -> c.call().accept(admin))).as(c.action()).isEqualTo(c.expected());
        }
        assertThat(catchThrowableOfType(OrganizationNotFoundException.class,
                () -> admin.listOrganizationsFeatures(r -> { })))
                .as("the SDK maps the code to its modelled exception").isNotNull();
        assertThat(catchThrowableOfType(NoSuchEntityException.class,
                () -> admin.getDelegationRequest(r -> r.delegationRequestId(REQUEST_ID)))).isNotNull();
        ListDelegationRequestsResponse listed = admin.listDelegationRequests(r -> { });
        assertThat(listed.delegationRequests()).isEmpty();
        assertThat(listed.isTruncated()).isFalse();
    }

    @Test
    @Order(4)
    void aCallerWithoutPermissionIsDeniedByTheEngineFirst() {
        try (IamClient nobody = SdkClients.iam(app, nobodyKey)) {
            List<IamCall> calls = new java.util.ArrayList<>(iamCalls());
            calls.add(new IamCall("SetSecurityTokenServicePreferences", c -> c.setSecurityTokenServicePreferences(
                    r -> r.globalEndpointTokenVersion(GlobalEndpointTokenVersion.V2_TOKEN)), null));
            calls.add(new IamCall("ListDelegationRequests", c -> c.listDelegationRequests(r -> { }), null));
            for (IamCall c : calls) {
                AwsServiceException e = catchThrowableOfType(AwsServiceException.class, () -> c.call().accept(nobody));
                assertThat(e).as(c.action()).isNotNull();
                assertThat(e.awsErrorDetails().errorCode()).as(c.action()).isEqualTo("AccessDenied");
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorMessage()).as(c.action())
                        .contains("arn:aws:iam::" + ACCOUNT + ":user/nobody")
                        .contains("is not authorized to perform: iam:" + c.action());
            }
        }
        assertThat(app.home().iam().stsPreferences().globalEndpointTokenVersion())
                .isEqualTo(dev.warden.core.iam.GlobalEndpointTokenVersion.V1_TOKEN);
        assertThat(failure(() -> admin.generateOrganizationsAccessReport(r -> r.entityPath(ENTITY_PATH)
                .organizationsPolicyId("p-policy123")))).isEqualTo(NO_ORGANIZATION);
    }

    @Test
    @Order(5)
    void assumeRootIsAuthorizedOnTheTargetRootUserAndTaskThenRefused() {
        try (StsClient rootTasks = SdkClients.sts(app, rootTaskKey); StsClient nobody = SdkClients.sts(app, nobodyKey)) {
            AwsServiceException allowed = catchThrowableOfType(AwsServiceException.class, () -> rootTasks.assumeRoot(r -> r
                    .targetPrincipal("111122223333").taskPolicyArn(p -> p.arn(TASK_POLICY)).durationSeconds(900)));
            assertThat(allowed.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(allowed.statusCode()).isEqualTo(403);
            assertThat(allowed.awsErrorDetails().errorMessage()).contains("AssumeRoot requires");

            AwsServiceException otherAccount = catchThrowableOfType(AwsServiceException.class, () -> rootTasks
                    .assumeRoot(r -> r.targetPrincipal("444455556666").taskPolicyArn(p -> p.arn(TASK_POLICY))));
            assertThat(otherAccount.awsErrorDetails().errorMessage())
                    .contains("is not authorized to perform: sts:AssumeRoot on resource: arn:aws:iam::444455556666:root");
            AwsServiceException otherTask = catchThrowableOfType(AwsServiceException.class, () -> rootTasks
                    .assumeRoot(r -> r.targetPrincipal("111122223333")
                            .taskPolicyArn(p -> p.arn("arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials"))));
            assertThat(otherTask.awsErrorDetails().errorMessage()).contains("is not authorized to perform: sts:AssumeRoot");

            AwsServiceException tooLong = catchThrowableOfType(AwsServiceException.class, () -> rootTasks.assumeRoot(r -> r
                    .targetPrincipal("111122223333").taskPolicyArn(p -> p.arn(TASK_POLICY)).durationSeconds(901)));
            assertThat(tooLong.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
            assertThat(tooLong.statusCode()).isEqualTo(400);

            AwsServiceException denied = catchThrowableOfType(AwsServiceException.class, () -> nobody
                    .getDelegatedAccessToken(r -> r.tradeInToken("never-issued-trade-in-token")));
            assertThat(denied.awsErrorDetails().errorMessage()).contains("is not authorized to perform: "
                    + "sts:GetDelegatedAccessToken");
        }
        try (StsClient sts = SdkClients.sts(app, adminKey)) {
            AwsServiceException refused = catchThrowableOfType(AwsServiceException.class, () -> sts
                    .getDelegatedAccessToken(r -> r.tradeInToken("never-issued-trade-in-token")));
            assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.awsErrorDetails().errorMessage()).contains("not onboarded as a partner");
        }
        app.home().audit().flush();
        List<AuditEvent> events = app.home().audit().query(AuditQuery.latest(1000));
        assertThat(events).filteredOn(e -> "GetDelegatedAccessToken".equals(e.eventName())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.requestParameters().toString()).doesNotContain("never-issued"));
    }
}
