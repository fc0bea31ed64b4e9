package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessAdvisorUsageGranularityType;
import software.amazon.awssdk.services.iam.model.EntityDetails;
import software.amazon.awssdk.services.iam.model.GetServiceLastAccessedDetailsResponse;
import software.amazon.awssdk.services.iam.model.GetServiceLastAccessedDetailsWithEntitiesResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.JobStatusType;
import software.amazon.awssdk.services.iam.model.ServiceLastAccessed;
import software.amazon.awssdk.services.iam.model.TrackedActionLastAccessed;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * The service last accessed report ("access advisor") and account aliases through a fully assembled
 * Warden: every call authorized by the engine and audited, and the report read back from that audit
 * log for users, roles (through their sessions), groups and managed policies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ParameterizedClass
@EnumSource(TestStore.class)
class WardenAppServiceLastAccessedSdkTest extends PerStoreSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";
    static final String READ_IAM_AND_S3 = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":["iam:ListUsers","iam:GetUser","sts:AssumeRole"],"Resource":"*"},
              {"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    static final String LIST_ROLES = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]}""";

    static MutableClock clock = new MutableClock();
    static WardenApp app;
    static IamClient admin;
    static AwsCredentials aliceKey;
    static AwsCredentials bobKey;
    static String roleArn;

    @BeforeParameterizedClassInvocation
    static void start(TestStore store) throws Exception {
        clock.set(Instant.now()); // requests are signed with real time: stay within the five minutes allowed
        TestDatabase database = closeAfterStore(store.create());
        app = closeAfterStore(WardenApp.start(
                new WardenAppSettings(folder.resolve(store.name()), "127.0.0.1", 0, ACCOUNT, clock)
                        .withStore(database.location())));
        admin = closeAfterStore(iamClient(credentialsFile(app.home().credentialsFile())));
        admin.createGroup(r -> r.groupName("readers"));
        aliceKey = userInGroup("alice");
        bobKey = userInGroup("bob");
        admin.putGroupPolicy(r -> r.groupName("readers").policyName("read").policyDocument(READ_IAM_AND_S3));
        String policyArn = admin.createPolicy(r -> r.policyName("list-roles").policyDocument(LIST_ROLES)).policy().arn();
        roleArn = admin.createRole(r -> r.roleName("auditor").assumeRolePolicyDocument("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/alice"},\
                "Action":"sts:AssumeRole"}]}""".formatted(ACCOUNT))).role().arn();
        admin.attachRolePolicy(r -> r.roleName("auditor").policyArn(policyArn));
    }

    static AwsCredentials userInGroup(String name) {
        admin.createUser(r -> r.userName(name));
        admin.addUserToGroup(r -> r.groupName("readers").userName(name));
        var key = admin.createAccessKey(r -> r.userName(name)).accessKey();
        return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }

    static AwsCredentials credentialsFile(Path file) throws Exception {
        return SdkClients.credentialsFile(file);
    }

    static IamClient iamClient(AwsCredentials credentials) {
        return SdkClients.iam(app, credentials);
    }

    static StsClient sts(AwsCredentials credentials) {
        return SdkClients.sts(app, credentials);
    }

    static IamException iamFailure(Runnable call) {
        try {
            call.run();
        } catch (IamException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    static Map<String, ServiceLastAccessed> byNamespace(GetServiceLastAccessedDetailsResponse report) {
        return report.servicesLastAccessed().stream()
                .collect(Collectors.toMap(ServiceLastAccessed::serviceNamespace, Function.identity()));
    }

    static String user(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":user/" + name;
    }

    @Test
    @Order(1)
    void aUserReportShowsWhatItsPoliciesAllowAndWhatItUsed() {
        Instant before = clock.instant();
        try (IamClient alice = iamClient(aliceKey)) {
            alice.listUsers();
            clock.advance(Duration.ofSeconds(5));
            alice.getUser(r -> r.userName("bob"));
            iamFailure(alice::listRoles); // denied, still an attempt
        }
        clock.advance(Duration.ofSeconds(1));
        String jobId = admin.generateServiceLastAccessedDetails(r -> r.arn(user("alice"))
                .granularity(AccessAdvisorUsageGranularityType.ACTION_LEVEL)).jobId();
        assertThat(jobId).hasSize(36);

        GetServiceLastAccessedDetailsResponse report = admin.getServiceLastAccessedDetails(r -> r.jobId(jobId));
        assertThat(report.jobStatus()).isEqualTo(JobStatusType.COMPLETED);
        assertThat(report.jobType()).isEqualTo(AccessAdvisorUsageGranularityType.ACTION_LEVEL);
        assertThat(report.jobCompletionDate()).isNotNull();
        assertThat(report.servicesLastAccessed()).extracting(ServiceLastAccessed::serviceNamespace)
                .containsExactly("iam", "s3", "sts");

        ServiceLastAccessed iam = byNamespace(report).get("iam");
        assertThat(iam.serviceName()).isEqualTo("AWS Identity and Access Management (IAM)");
        assertThat(iam.lastAuthenticatedEntity()).isEqualTo(user("alice"));
        assertThat(iam.lastAuthenticated()).isAfter(before.plus(Duration.ofSeconds(4)));
        assertThat(iam.totalAuthenticatedEntities()).isEqualTo(1);
        assertThat(iam.trackedActionsLastAccessed()).extracting(TrackedActionLastAccessed::actionName)
                .containsExactly("GetUser", "ListRoles", "ListUsers");
        TrackedActionLastAccessed listUsers = iam.trackedActionsLastAccessed().get(2);
        assertThat(listUsers.lastAccessedEntity()).isEqualTo(user("alice"));
        assertThat(listUsers.lastAccessedTime()).isBefore(iam.lastAuthenticated());

        ServiceLastAccessed s3 = byNamespace(report).get("s3");
        assertThat(s3.lastAuthenticated()).as("allowed, never used").isNull();
        assertThat(s3.lastAuthenticatedEntity()).isNull();
        assertThat(s3.totalAuthenticatedEntities()).isZero();
        assertThat(s3.trackedActionsLastAccessed()).isEmpty();
    }

    @Test
    @Order(2)
    void aGroupReportCountsItsMembersAndListsThemPerService() {
        try (IamClient bob = iamClient(bobKey)) {
            clock.advance(Duration.ofSeconds(1));
            bob.listUsers();
        }
        String groupArn = admin.getGroup(r -> r.groupName("readers")).group().arn();
        String jobId = admin.generateServiceLastAccessedDetails(r -> r.arn(groupArn)).jobId();

        GetServiceLastAccessedDetailsResponse report = admin.getServiceLastAccessedDetails(r -> r.jobId(jobId));
        assertThat(report.jobType()).isEqualTo(AccessAdvisorUsageGranularityType.SERVICE_LEVEL);
        ServiceLastAccessed iam = byNamespace(report).get("iam");
        assertThat(iam.totalAuthenticatedEntities()).isEqualTo(2);
        assertThat(iam.lastAuthenticatedEntity()).isEqualTo(user("bob"));
        assertThat(iam.hasTrackedActionsLastAccessed()).isFalse();

        GetServiceLastAccessedDetailsWithEntitiesResponse iamEntities = admin.getServiceLastAccessedDetailsWithEntities(
                r -> r.jobId(jobId).serviceNamespace("iam"));
        assertThat(iamEntities.jobStatus()).isEqualTo(JobStatusType.COMPLETED);
        assertThat(iamEntities.entityDetailsList()).extracting(d -> d.entityInfo().name())
                .as("most recent first").containsExactly("bob", "alice");
        assertThat(iamEntities.entityDetailsList().get(0).entityInfo().typeAsString()).isEqualTo("USER");
        assertThat(iamEntities.entityDetailsList().get(0).entityInfo().id()).startsWith("AIDA");

        List<EntityDetails> s3Entities = admin.getServiceLastAccessedDetailsWithEntities(
                r -> r.jobId(jobId).serviceNamespace("s3")).entityDetailsList();
        assertThat(s3Entities).extracting(d -> d.entityInfo().name()).containsExactly("alice", "bob");
        assertThat(s3Entities).allSatisfy(d -> assertThat(d.lastAuthenticated()).isNull());

        var firstPage = admin.getServiceLastAccessedDetails(r -> r.jobId(jobId).maxItems(1));
        assertThat(firstPage.isTruncated()).isTrue();
        var rest = admin.getServiceLastAccessedDetails(r -> r.jobId(jobId).marker(firstPage.marker()));
        assertThat(rest.servicesLastAccessed()).extracting(ServiceLastAccessed::serviceNamespace)
                .containsExactly("s3", "sts");
        assertThat(rest.isTruncated()).isFalse();
    }

    @Test
    @Order(3)
    void roleSessionsCountForTheRoleAndForThePolicyAttachedToIt() {
        clock.advance(Duration.ofSeconds(1));
        try (StsClient sts = sts(aliceKey)) {
            Credentials c = sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("audit")).credentials();
            try (IamClient asRole = iamClient(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(),
                    c.sessionToken()))) {
                asRole.listRoles();
            }
        }
        String roleJob = admin.generateServiceLastAccessedDetails(r -> r.arn(roleArn)).jobId();
        ServiceLastAccessed iam = byNamespace(admin.getServiceLastAccessedDetails(r -> r.jobId(roleJob))).get("iam");
        assertThat(iam.lastAuthenticatedEntity()).isEqualTo(roleArn);
        assertThat(iam.totalAuthenticatedEntities()).isEqualTo(1);

        String policyArn = "arn:aws:iam::" + ACCOUNT + ":policy/list-roles";
        String policyJob = admin.generateServiceLastAccessedDetails(r -> r.arn(policyArn)).jobId();
        GetServiceLastAccessedDetailsResponse report = admin.getServiceLastAccessedDetails(r -> r.jobId(policyJob));
        assertThat(report.servicesLastAccessed()).extracting(ServiceLastAccessed::serviceNamespace)
                .containsExactly("iam");
        assertThat(admin.getServiceLastAccessedDetailsWithEntities(r -> r.jobId(policyJob).serviceNamespace("iam"))
                .entityDetailsList()).extracting(d -> d.entityInfo().arn()).containsExactly(roleArn);
    }

    @Test
    @Order(4)
    void errorsAreAwsShaped() {
        IamException unknownUser = iamFailure(() -> admin.generateServiceLastAccessedDetails(r -> r.arn(user("nobody"))));
        assertThat(unknownUser.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
        assertThat(unknownUser.statusCode()).isEqualTo(404);

        IamException notAnEntity = iamFailure(() -> admin.generateServiceLastAccessedDetails(r -> r
                .arn("arn:aws:iam::" + ACCOUNT + ":oidc-provider/example.com")));
        assertThat(notAnEntity.awsErrorDetails().errorCode()).isEqualTo("InvalidInput");

        IamException badGranularity = iamFailure(() -> admin.generateServiceLastAccessedDetails(r -> r
                .arn(user("alice")).granularity("EVERYTHING")));
        assertThat(badGranularity.awsErrorDetails().errorCode()).isEqualTo("ValidationError");

        IamException unknownJob = iamFailure(() -> admin.getServiceLastAccessedDetails(r -> r
                .jobId("00000000-0000-4000-8000-000000000000")));
        assertThat(unknownJob.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
        assertThat(unknownJob.statusCode()).isEqualTo(404);

        String adminsJob = admin.generateServiceLastAccessedDetails(r -> r.arn(user("alice"))).jobId();
        admin.putUserPolicy(r -> r.userName("bob").policyName("reports").policyDocument("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetServiceLastAccessed*",\
                "Resource":"*"}]}"""));
        try (IamClient bob = iamClient(bobKey)) {
            IamException othersJob = iamFailure(() -> bob.getServiceLastAccessedDetails(r -> r.jobId(adminsJob)));
            assertThat(othersJob.awsErrorDetails().errorCode()).as("only the generating principal reads a job")
                    .isEqualTo("NoSuchEntity");
        }
    }

    @Test
    @Order(5)
    void theNewActionsAreAuthorizedByTheEngineAndAudited() {
        try (IamClient bob = iamClient(bobKey)) {
            IamException denied = iamFailure(() -> bob.generateServiceLastAccessedDetails(r -> r.arn(user("alice"))));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).contains("iam:GenerateServiceLastAccessedDetails")
                    .contains("on resource: " + user("alice"));
            IamException aliasDenied = iamFailure(() -> bob.createAccountAlias(r -> r.accountAlias("bobs-account")));
            assertThat(aliasDenied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            IamException mfaDenied = iamFailure(() -> bob.listMFADeviceTags(r -> r
                    .serialNumber("arn:aws:iam::" + ACCOUNT + ":mfa/phone")));
            assertThat(mfaDenied.awsErrorDetails().errorMessage()).contains("arn:aws:iam::" + ACCOUNT + ":mfa/phone");
        }
        admin.createAccountAlias(r -> r.accountAlias("audited-alias"));
        List<AuditEvent> events = app.home().audit().query(AuditQuery.latest(1000));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventName()).isEqualTo("CreateAccountAlias");
            assertThat(e.errorCode()).isNull();
            assertThat(e.requestParameters().path("accountAlias").asText()).isEqualTo("audited-alias");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventName()).isEqualTo("GenerateServiceLastAccessedDetails");
            assertThat(e.errorCode()).isEqualTo("AccessDenied");
        });
    }

    @Test
    @Order(6)
    void policiesGrantingServiceAccessNameInlineAndManagedPolicies() {
        var forAlice = admin.listPoliciesGrantingServiceAccess(r -> r.arn(user("alice"))
                .serviceNamespaces("iam", "s3", "ec2"));
        assertThat(forAlice.isTruncated()).isFalse();
        assertThat(forAlice.policiesGrantingServiceAccess()).extracting(e -> e.serviceNamespace())
                .containsExactly("iam", "s3", "ec2");
        var iamPolicies = forAlice.policiesGrantingServiceAccess().get(0).policies();
        assertThat(iamPolicies).singleElement().satisfies(p -> {
            assertThat(p.policyName()).isEqualTo("read");
            assertThat(p.policyTypeAsString()).isEqualTo("INLINE");
            assertThat(p.entityTypeAsString()).isEqualTo("GROUP");
            assertThat(p.entityName()).isEqualTo("readers");
            assertThat(p.policyArn()).isNull();
        });
        assertThat(forAlice.policiesGrantingServiceAccess().get(2).policies()).isEmpty();

        var forRole = admin.listPoliciesGrantingServiceAccess(r -> r.arn(roleArn).serviceNamespaces("iam"));
        assertThat(forRole.policiesGrantingServiceAccess().get(0).policies()).singleElement().satisfies(p -> {
            assertThat(p.policyTypeAsString()).isEqualTo("MANAGED");
            assertThat(p.policyArn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":policy/list-roles");
        });

        IamException badNamespace = iamFailure(() -> admin.listPoliciesGrantingServiceAccess(r -> r
                .arn(user("alice")).serviceNamespaces("not a service")));
        assertThat(badNamespace.awsErrorDetails().errorCode()).isEqualTo("InvalidInput");
        IamException unknownUser = iamFailure(() -> admin.listPoliciesGrantingServiceAccess(r -> r
                .arn(user("nobody")).serviceNamespaces("iam")));
        assertThat(unknownUser.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
    }
}
