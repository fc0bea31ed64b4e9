package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.audit.AuditEvent;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.iam.AccessKeyRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.ServiceSpecificCredentialService;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Warden assembled and started on a free port with a fresh home, driven by the AWS SDK for Java v2:
 * authentication through core, STS AssumeRole with trust policies, and every call authorized by the
 * policy engine and written to the audit log. No mocks; IAM state is prepared through core. Runs once
 * per {@link TestStore} (PostgreSQL only when WARDEN_TEST_POSTGRES_URL is set).
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class WardenAppSdkTest extends PerStoreSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";
    static final String ALLOW_LIST_USERS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}""";

    static MutableClock clock = new MutableClock();
    static TestDatabase database;
    static WardenApp app;
    static Iam iam;
    static AwsCredentials admin;
    static AwsCredentials alice;
    static AwsCredentials nobody;

    @BeforeParameterizedClassInvocation
    static void start(TestStore store) throws Exception {
        database = closeAfterStore(store.create());
        app = closeAfterStore(WardenApp.start(
                new WardenAppSettings(folder.resolve(store.name()), "127.0.0.1", 0, ACCOUNT, clock)
                        .withStore(database.location())));
        iam = app.home().iam();
        admin = credentialsFile(app.home().credentialsFile());
        alice = userWithKey("alice");
        nobody = userWithKey("nobody");
        app.iamChanged();
    }

    static AwsCredentials userWithKey(String name) {
        iam.users().createUser(UserRequests.CreateUser.named(name));
        CreatedAccessKey key = iam.accessKeys().createAccessKey(name);
        return AwsBasicCredentials.create(key.accessKey().accessKeyId(), key.secretAccessKey().reveal());
    }

    static AwsCredentials credentialsFile(Path file) throws Exception {
        return SdkClients.credentialsFile(file);
    }

    static StsClient sts(AwsCredentials credentials) {
        return SdkClients.sts(app, credentials);
    }

    static IamClient iamClient(AwsCredentials credentials) {
        return SdkClients.iam(app, credentials);
    }

    static AwsCredentials session(Credentials credentials) {
        return SdkClients.session(credentials);
    }

    static Role role(String name, String trust, String permissions) {
        Role role = iam.roles().createRole(RoleRequests.CreateRole.of(name, trust));
        if (permissions != null) {
            iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy(name, "permissions", permissions));
        }
        app.iamChanged();
        return role;
    }

    static String trustNaming(String principalArn) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["%s"]},\
                "Action":"sts:AssumeRole"}]}""".formatted(principalArn);
    }

    static software.amazon.awssdk.services.sts.model.Tag tag(String key, String value) {
        return software.amazon.awssdk.services.sts.model.Tag.builder().key(key).value(value).build();
    }

    static AwsServiceException failure(Runnable call) {
        try {
            call.run();
        } catch (AwsServiceException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    @Test
    void theBootstrapAdministratorMayDoEverything() {
        try (StsClient sts = sts(admin); IamClient client = iamClient(admin)) {
            GetCallerIdentityResponse me = sts.getCallerIdentity();
            assertThat(me.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/admin");
            assertThat(me.userId()).startsWith("AIDA");
            assertThat(client.listUsers().users()).extracting(u -> u.userName()).contains("admin", "alice", "nobody");
            assertThat(client.getUser(r -> r.userName("alice")).user().userName()).isEqualTo("alice");
        }
    }

    @Test
    void theAdministratorManagesIamThroughTheApiAndChangesApplyAtOnce() {
        try (IamClient asAdmin = iamClient(admin)) {
            asAdmin.createUser(r -> r.userName("dora").path("/team/"));
            var key = asAdmin.createAccessKey(r -> r.userName("dora")).accessKey();
            AwsCredentials dora = AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
            try (IamClient asDora = iamClient(dora); StsClient doraSts = sts(dora)) {
                AwsServiceException denied = failure(asDora::listUsers);
                assertThat(denied.awsErrorDetails().errorMessage()).startsWith("User: arn:aws:iam::" + ACCOUNT
                        + ":user/team/dora is not authorized to perform: iam:ListUsers");

                asAdmin.putUserPolicy(r -> r.userName("dora").policyName("list").policyDocument(ALLOW_LIST_USERS));
                assertThat(asDora.listUsers().users()).extracting(u -> u.userName()).contains("dora");

                asAdmin.createRole(r -> r.roleName("dora-role").assumeRolePolicyDocument(
                        trustNaming("arn:aws:iam::" + ACCOUNT + ":user/team/dora")));
                asAdmin.attachRolePolicy(r -> r.roleName("dora-role")
                        .policyArn("arn:aws:iam::aws:policy/IAMReadOnlyAccess"));
                Credentials roleSession = doraSts.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/dora-role")
                        .roleSessionName("d1")).credentials();
                try (IamClient asRole = iamClient(session(roleSession))) {
                    assertThat(asRole.getRole(r -> r.roleName("dora-role")).role().arn()).endsWith(":role/dora-role");
                    assertThat(failure(() -> asRole.createUser(r -> r.userName("x"))).awsErrorDetails().errorCode())
                            .isEqualTo("AccessDenied");
                }

                asAdmin.deleteUserPolicy(r -> r.userName("dora").policyName("list"));
                assertThat(failure(asDora::listUsers).awsErrorDetails().errorCode()).isEqualTo("AccessDenied");

                asAdmin.updateAccessKey(r -> r.userName("dora").accessKeyId(key.accessKeyId()).status("Inactive"));
                assertThat(failure(doraSts::getCallerIdentity).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidClientTokenId");
            }
        }
    }

    @Test
    void aUserWithoutPoliciesIsDeniedWithAwsWords() {
        try (IamClient client = iamClient(nobody)) {
            AwsServiceException denied = failure(client::listUsers);

            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                    + ":user/nobody is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::" + ACCOUNT
                    + ":user/ because no identity-based policy allows the iam:ListUsers action");
        }
        try (StsClient sts = sts(nobody)) {
            assertThat(sts.getCallerIdentity().arn()).endsWith(":user/nobody");
        }
    }

    @Test
    @SuppressWarnings("deprecation") // PackedPolicySize is deprecated in the SDK, still in the STS model
    void assumeRoleWhenTheTrustPolicyNamesTheUser() {
        Role role = role("reader", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), ALLOW_LIST_USERS);
        try (StsClient sts = sts(alice)) {
            AssumeRoleResponse assumed = sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("s1"));

            assertThat(assumed.credentials().accessKeyId()).startsWith("ASIA");
            assertThat(assumed.assumedRoleUser().assumedRoleId()).isEqualTo(role.roleId() + ":s1");
            assertThat(assumed.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/reader/s1");
            assertThat(assumed.packedPolicySize()).isNull();
            assertThat(assumed.credentials().expiration()).isEqualTo(
                    clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusSeconds(3600));
            try (StsClient asRole = sts(session(assumed.credentials()))) {
                GetCallerIdentityResponse me = asRole.getCallerIdentity();
                assertThat(me.arn()).isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/reader/s1");
                assertThat(me.userId()).isEqualTo(role.roleId() + ":s1");
                assertThat(me.account()).isEqualTo(ACCOUNT);
            }
        }
    }

    @Test
    void assumeRoleIsDeniedWhenTheTrustPolicyNamesSomeoneElse() {
        Role role = role("not-for-nobody", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        try (StsClient sts = sts(nobody)) {
            AwsServiceException denied = failure(() -> sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("x1")));

            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                    + ":user/nobody is not authorized to perform: sts:AssumeRole on resource: " + role.arn());
            AwsServiceException unknown = failure(() -> sts.assumeRole(
                    r -> r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/no-such-role").roleSessionName("x1")));
            assertThat(unknown.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(unknown.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                    + ":user/nobody is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::"
                    + ACCOUNT + ":role/no-such-role");
        }
    }

    @Test
    void externalIdConditionMustMatch() {
        Role role = role("partner", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/alice"},\
                "Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"ext-123"}}}]}"""
                .formatted(ACCOUNT), null);
        try (StsClient sts = sts(alice)) {
            assertThat(failure(() -> sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("e1")))
                    .awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(failure(() -> sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("e1").externalId("wrong")))
                    .awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("e1").externalId("ext-123"))
                    .assumedRoleUser().arn()).endsWith(":assumed-role/partner/e1");
        }
    }

    @Test
    void theRolePermissionPolicyDecidesWhatTheSessionMayDo() {
        Role role = role("lister", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), ALLOW_LIST_USERS);
        try (StsClient sts = sts(alice)) {
            Credentials credentials = sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("p1")).credentials();
            try (IamClient asRole = iamClient(session(credentials))) {
                assertThat(asRole.listUsers().users()).isNotEmpty();
                AwsServiceException denied = failure(() -> asRole.getUser(r -> r.userName("alice")));
                assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:sts::" + ACCOUNT
                        + ":assumed-role/lister/p1 is not authorized to perform: iam:GetUser on resource: arn:aws:iam::"
                        + ACCOUNT + ":user/alice because no identity-based policy allows the iam:GetUser action");
            }
        }
    }

    @Test
    @SuppressWarnings("deprecation") // PackedPolicySize is deprecated in the SDK, still in the STS model
    void aSessionPolicyNarrowsTheRole() {
        Role role = role("wide", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ListUsers","iam:GetUser"],\
                "Resource":"*"}]}""");
        String onlyGetUser = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}""";
        try (StsClient sts = sts(alice)) {
            AssumeRoleResponse assumed = sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("n1").policy(onlyGetUser));
            assertThat(assumed.packedPolicySize()).isBetween(1, 100);
            try (IamClient narrowed = iamClient(session(assumed.credentials()))) {
                assertThat(narrowed.getUser(r -> r.userName("alice")).user().userName()).isEqualTo("alice");
                AwsServiceException denied = failure(narrowed::listUsers);
                assertThat(denied.awsErrorDetails().errorMessage())
                        .endsWith("because no session policy allows the iam:ListUsers action");
            }
        }
    }

    @Test
    void roleChainingIsCappedAtOneHour() {
        Role first = role("first", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        Role second = role("second", trustNaming(first.arn() + "\",\"arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        iam.roles().updateRole(new RoleRequests.UpdateRole("second", null, 43_200));
        app.iamChanged();
        try (StsClient sts = sts(alice)) {
            Credentials firstSession = sts.assumeRole(r -> r.roleArn(first.arn()).roleSessionName("c1")).credentials();
            try (StsClient chained = sts(session(firstSession))) {
                AwsServiceException tooLong = failure(() -> chained.assumeRole(
                        r -> r.roleArn(second.arn()).roleSessionName("c2").durationSeconds(7200)));
                assertThat(tooLong.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                assertThat(tooLong.awsErrorDetails().errorMessage()).isEqualTo("The requested DurationSeconds exceeds "
                        + "the 1 hour session limit for roles assumed by role chaining.");
                assertThat(chained.assumeRole(r -> r.roleArn(second.arn()).roleSessionName("c2").durationSeconds(3600))
                        .assumedRoleUser().arn()).endsWith(":assumed-role/second/c2");
            }
            // Without chaining the role's MaxSessionDuration applies.
            assertThat(sts.assumeRole(r -> r.roleArn(second.arn()).roleSessionName("c3").durationSeconds(7200))
                    .assumedRoleUser().arn()).endsWith(":assumed-role/second/c3");
        }
    }

    @Test
    void anExpiredSessionIsExpiredToken() throws Exception {
        Role role = role("short", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        Credentials c;
        try (StsClient sts = sts(alice)) {
            c = sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("x1").durationSeconds(900)).credentials();
        }
        java.time.Instant before = clock.instant();
        clock.advance(Duration.ofSeconds(901));
        try {
            SignedCall.Response response = SignedCall.send(app.port(), "sts", clock.instant(),
                    "Action=GetCallerIdentity&Version=2011-06-15", c.accessKeyId(), c.secretAccessKey(),
                    c.sessionToken());
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).contains("<Code>ExpiredToken</Code>")
                    .contains("The security token included in the request is expired");
        } finally {
            clock.set(before);
        }
    }

    @Test
    void tamperedSessionTokenIsRejected() {
        Role role = role("tamper", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        try (StsClient sts = sts(alice)) {
            Credentials c = sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("t1")).credentials();
            String token = c.sessionToken();
            char last = token.charAt(token.length() / 2);
            String tampered = token.substring(0, token.length() / 2) + (last == 'A' ? 'B' : 'A')
                    + token.substring(token.length() / 2 + 1);
            try (StsClient forged = sts(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), tampered))) {
                AwsServiceException rejected = failure(forged::getCallerIdentity);
                assertThat(rejected.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
            }
            Credentials other = sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("t2")).credentials();
            try (StsClient mixed = sts(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(),
                    other.sessionToken()))) {
                assertThat(failure(mixed::getCallerIdentity).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidClientTokenId");
            }
        }
    }

    @Test
    void aDeactivatedOrDeletedKeyStopsWorkingAtOnce() {
        iam.users().createUser(UserRequests.CreateUser.named("leaver"));
        CreatedAccessKey key = iam.accessKeys().createAccessKey("leaver");
        String keyId = key.accessKey().accessKeyId();
        try (StsClient sts = sts(AwsBasicCredentials.create(keyId, key.secretAccessKey().reveal()))) {
            assertThat(sts.getCallerIdentity().arn()).endsWith(":user/leaver");
            assertThat(iam.accessKeys().getAccessKeyLastUsed(keyId).lastUsed().serviceName()).isEqualTo("sts");

            iam.accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey("leaver", keyId, "Inactive"));
            assertThat(failure(sts::getCallerIdentity).awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");

            iam.accessKeys().updateAccessKey(new AccessKeyRequests.UpdateAccessKey("leaver", keyId, "Active"));
            assertThat(sts.getCallerIdentity().arn()).endsWith(":user/leaver");

            iam.accessKeys().deleteAccessKey(new AccessKeyRequests.DeleteAccessKey("leaver", keyId));
            assertThat(failure(sts::getCallerIdentity).awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
        }
    }

    @Test
    void getSessionTokenGivesTheUsersIdentityButNoIamAccessWithoutMfa() {
        try (StsClient sts = sts(admin)) {
            Credentials c = sts.getSessionToken(r -> r.durationSeconds(900)).credentials();
            assertThat(c.accessKeyId()).startsWith("ASIA");
            try (StsClient asSession = sts(session(c)); IamClient iamAsSession = iamClient(session(c))) {
                assertThat(asSession.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/admin");
                assertThat(failure(iamAsSession::listUsers).awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                AwsServiceException again = failure(asSession::getSessionToken);
                assertThat(again.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(again.awsErrorDetails().errorMessage())
                        .isEqualTo("Cannot call GetSessionToken with session credentials");
            }
            assertThat(sts.getAccessKeyInfo(r -> r.accessKeyId(c.accessKeyId())).account()).isEqualTo(ACCOUNT);
        }
    }

    /**
     * GetSessionToken credentials call no STS API but AssumeRole and GetCallerIdentity, and their
     * AssumeRole is capped at one hour like role chaining (IAM User Guide, Comparing the AWS STS API
     * operations; AWS Knowledge Center iam-role-chaining-limit).
     */
    @Test
    void getSessionTokenCredentialsOnlyAssumeRolesForAnHourAndAskWhoTheyAre() {
        Role role = role("from-gst", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        iam.roles().updateRole(new RoleRequests.UpdateRole("from-gst", null, 43_200));
        app.iamChanged();
        try (StsClient sts = sts(alice)) {
            Credentials c = sts.getSessionToken().credentials();
            try (StsClient asSession = sts(session(c))) {
                AwsServiceException tooLong = failure(() -> asSession.assumeRole(
                        r -> r.roleArn(role.arn()).roleSessionName("g1").durationSeconds(3601)));
                assertThat(tooLong.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                assertThat(tooLong.awsErrorDetails().errorMessage()).isEqualTo("The requested DurationSeconds exceeds "
                        + "the 1 hour session limit for roles assumed by role chaining.");
                assertThat(asSession.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("g1").durationSeconds(3600))
                        .assumedRoleUser().arn()).endsWith(":assumed-role/from-gst/g1");
                AwsServiceException keyInfo = failure(() -> asSession.getAccessKeyInfo(r -> r.accessKeyId(c.accessKeyId())));
                assertThat(keyInfo.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(keyInfo.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                        + ":user/alice is not authorized to perform: sts:GetAccessKeyInfo on resource: *");
                assertThat(asSession.getCallerIdentity().arn()).endsWith(":user/alice");
            }
            assertThat(sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("g2").durationSeconds(7200))
                    .assumedRoleUser().arn()).endsWith(":assumed-role/from-gst/g2");
        }
    }

    /**
     * Session tag keys cannot start with aws: (IAM User Guide, Tagging IAM resources), and a source
     * identity set earlier in a chain needs sts:SetSourceIdentity in every later role's trust policy
     * (IAM User Guide, Monitor and control actions taken with assumed roles).
     */
    @Test
    void reservedTagKeysAndInheritedSourceIdentities() {
        String both = "[\"sts:AssumeRole\",\"sts:TagSession\",\"sts:SetSourceIdentity\"]";
        Role first = role("si-first", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/alice"},\
                "Action":%s}]}""".formatted(ACCOUNT, both), """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","sts:SetSourceIdentity"],\
                "Resource":"*"}]}""");
        Role plain = role("si-plain", trustNaming(first.arn()), null);
        Role setting = role("si-setting", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"%s"},\
                "Action":["sts:AssumeRole","sts:SetSourceIdentity"]}]}""".formatted(first.arn()), null);
        try (StsClient sts = sts(alice)) {
            AwsServiceException reserved = failure(() -> sts.assumeRole(r -> r.roleArn(first.arn()).roleSessionName("t0")
                    .tags(tag("aws:team", "x"))));
            assertThat(reserved.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
            assertThat(reserved.statusCode()).isEqualTo(400);

            Credentials c = sts.assumeRole(r -> r.roleArn(first.arn()).roleSessionName("c0").sourceIdentity("alice"))
                    .credentials();
            try (StsClient chained = sts(session(c))) {
                AwsServiceException denied = failure(() -> chained.assumeRole(
                        r -> r.roleArn(plain.arn()).roleSessionName("c1")));
                assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:sts::" + ACCOUNT
                        + ":assumed-role/si-first/c0 is not authorized to perform: sts:SetSourceIdentity on resource: "
                        + plain.arn());
                assertThat(chained.assumeRole(r -> r.roleArn(setting.arn()).roleSessionName("c2")).sourceIdentity())
                        .isEqualTo("alice");
            }
        }
    }

    @Test
    void sessionTagsNeedTagSessionAndBecomePrincipalTags() {
        Role untagged = role("untagged", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        Role tagged = role("tagged", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:user/alice"},\
                "Action":["sts:AssumeRole","sts:TagSession"]}]}""".formatted(ACCOUNT), """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*",\
                "Condition":{"StringEquals":{"aws:PrincipalTag/project":"p1"}}}]}""");
        try (StsClient sts = sts(alice)) {
            AwsServiceException denied = failure(() -> sts.assumeRole(r -> r.roleArn(untagged.arn()).roleSessionName("g1")
                    .tags(tag("project", "p1"))));
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                    + ":user/alice is not authorized to perform: sts:TagSession on resource: " + untagged.arn());

            Credentials p1 = sts.assumeRole(r -> r.roleArn(tagged.arn()).roleSessionName("g2")
                    .tags(tag("project", "p1"))).credentials();
            Credentials p2 = sts.assumeRole(r -> r.roleArn(tagged.arn()).roleSessionName("g3")
                    .tags(tag("project", "p2"))).credentials();
            try (IamClient asP1 = iamClient(session(p1)); IamClient asP2 = iamClient(session(p2))) {
                assertThat(asP1.listUsers().users()).isNotEmpty();
                assertThat(failure(asP2::listUsers).awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            }
        }
    }

    @Test
    void aDeniedCallIsAuditedWithTheEnginesExplanation() {
        try (IamClient client = iamClient(nobody)) {
            failure(client::listUsers);
        }
        AuditEvent denied = app.home().audit().query(AuditQuery.latest(1000)).stream()
                .filter(e -> e.eventName().equals("ListUsers") && "AccessDenied".equals(e.errorCode())
                        && e.userIdentity().arn().endsWith(":user/nobody"))
                .findFirst().orElseThrow();
        assertThat(denied.eventSource()).isEqualTo("iam.amazonaws.com");
        assertThat(denied.errorMessage()).startsWith("User: arn:aws:iam::" + ACCOUNT + ":user/nobody is not authorized");
        assertThat(denied.decision().path("decision").asText()).isEqualTo("implicitDeny");
        assertThat(denied.decision().path("resource").asText()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/");
    }

    @Test
    void auditRecordsAreWrittenWithoutSecrets() {
        Role role = role("audited", trustNaming("arn:aws:iam::" + ACCOUNT + ":user/alice"), null);
        Credentials c;
        try (StsClient sts = sts(alice)) {
            c = sts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("a1")).credentials();
            try (StsClient asRole = sts(session(c))) {
                asRole.getCallerIdentity();
            }
        }
        List<AuditEvent> events = app.home().audit().query(AuditQuery.latest(1000));
        AuditEvent assume = events.stream().filter(e -> e.eventName().equals("AssumeRole")
                && "a1".equals(e.requestParameters().path("roleSessionName").asText())).findFirst().orElseThrow();
        assertThat(assume.eventSource()).isEqualTo("sts.amazonaws.com");
        assertThat(assume.userIdentity().type()).isEqualTo("IAMUser");
        assertThat(assume.userIdentity().arn()).endsWith(":user/alice");
        assertThat(assume.requestParameters().path("roleArn").asText()).isEqualTo(role.arn());
        assertThat(assume.decision().toString()).contains("allowed");
        AuditEvent asRole = events.stream().filter(e -> e.eventName().equals("GetCallerIdentity")
                && c.accessKeyId().equals(e.userIdentity().accessKeyId())).findFirst().orElseThrow();
        assertThat(asRole.userIdentity().type()).isEqualTo("AssumedRole");
        assertThat(asRole.userIdentity().sessionContext().sessionIssuer().arn()).isEqualTo(role.arn());

        String everything = events.toString();
        assertThat(everything).doesNotContain(c.secretAccessKey()).doesNotContain(c.sessionToken())
                .doesNotContain(alice.secretAccessKey()).doesNotContain(admin.secretAccessKey());
    }

    /**
     * Expiry is read at request time from the server's clock: a Bedrock API key past its
     * ExpirationDate lists as Expired (statusType Active | Inactive | Expired), whether it was Active
     * or Inactive, and stays listed; a credential without an expiration date keeps its status.
     */
    @Test
    void anExpiredServiceSpecificCredentialListsAsExpired() throws Exception {
        ServiceSpecificCredentialService credentials = iam.serviceSpecificCredentials();
        iam.users().createUser(UserRequests.CreateUser.named("modeler"));
        String expiring = credentials.create(new ServiceSpecificCredentialService.CreateRequest("modeler",
                ServiceSpecificCredentialService.BEDROCK, 1)).credential().credentialId();
        String deactivated = credentials.create(new ServiceSpecificCredentialService.CreateRequest("modeler",
                ServiceSpecificCredentialService.BEDROCK, 1)).credential().credentialId();
        credentials.updateStatus("modeler", deactivated, "Inactive");
        String lasting = credentials.create(new ServiceSpecificCredentialService.CreateRequest("modeler",
                ServiceSpecificCredentialService.CODECOMMIT, null)).credential().credentialId();
        java.time.Instant before = clock.instant();
        try {
            assertThat(listedStatuses("modeler")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                    expiring, "Active", deactivated, "Inactive", lasting, "Active"));
            clock.advance(Duration.ofDays(1).minusSeconds(1));
            assertThat(listedStatuses("modeler")).containsEntry(expiring, "Active");
            clock.advance(Duration.ofSeconds(1));
            assertThat(listedStatuses("modeler")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                    expiring, "Expired", deactivated, "Expired", lasting, "Active"));
            SignedCall.Response reset = SignedCall.send(app.port(), "iam", clock.instant(),
                    "Action=ResetServiceSpecificCredential&Version=2010-05-08&UserName=modeler"
                            + "&ServiceSpecificCredentialId=" + expiring,
                    admin.accessKeyId(), admin.secretAccessKey(), null);
            assertThat(reset.body()).contains("<Status>Expired</Status>");
        } finally {
            clock.set(before);
            for (String id : List.of(expiring, deactivated, lasting)) {
                credentials.delete("modeler", id);
            }
            iam.users().deleteUser("modeler");
            app.iamChanged();
        }
    }

    /** ListServiceSpecificCredentials as the administrator, signed at the server's time: id to Status. */
    private static java.util.Map<String, String> listedStatuses(String userName) throws Exception {
        SignedCall.Response listed = SignedCall.send(app.port(), "iam", clock.instant(),
                "Action=ListServiceSpecificCredentials&Version=2010-05-08&UserName=" + userName,
                admin.accessKeyId(), admin.secretAccessKey(), null);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        java.util.Map<String, String> statuses = new java.util.HashMap<>();
        java.util.regex.Matcher member = java.util.regex.Pattern.compile(
                "<member>.*?<Status>([^<]+)</Status>.*?<ServiceSpecificCredentialId>([^<]+)"
                        + "</ServiceSpecificCredentialId>.*?</member>").matcher(listed.body());
        while (member.find()) {
            statuses.put(member.group(2), member.group(1));
        }
        return statuses;
    }
}
