package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditLog;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.Tag;
import dev.warden.core.secret.Password;
import dev.warden.core.store.postgres.PostgresSettings;
import dev.warden.core.store.postgres.PostgresStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The IAM services end to end on PostgreSQL (see PostgresStoreTest for when this runs). */
@EnabledIfEnvironmentVariable(named = "WARDEN_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresIamScenarioTest {
    private final String url = System.getenv("WARDEN_TEST_POSTGRES_URL");
    private final String schema = "warden_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private IamFixture fx;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(PostgresStore.open(new PostgresSettings(url, null, null, schema, 4)), IamQuotas.defaults());
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void everyActionFamilyWorks() {
        Iam iam = fx.iam;
        var alice = iam.users().createUser(new UserRequests.CreateUser("alice", "/eng/", null, List.of(new Tag("t", "v"))));
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> iam.users().createUser(UserRequests.CreateUser.named("ALICE")));
        var key = iam.accessKeys().createAccessKey("alice");
        assertThat(iam.accessKeys().findCredential(key.accessKey().accessKeyId()).orElseThrow().secretAccessKey())
                .isEqualTo(key.secretAccessKey());
        iam.loginProfiles().createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice", Password.of("pw-1"), true));
        assertThat(iam.loginProfiles().verifyPassword("alice", Password.of("pw-1"))).isTrue();
        iam.loginProfiles().changePassword("alice", Password.of("pw-1"), Password.of("pw-2"));
        assertThat(iam.loginProfiles().verifyPassword("alice", Password.of("pw-2"))).isTrue();
        assertThat(iam.loginProfiles().getLoginProfile("alice").passwordResetRequired()).isFalse();
        var git = iam.serviceSpecificCredentials().create(new ServiceSpecificCredentialService.CreateRequest("alice",
                ServiceSpecificCredentialService.CODECOMMIT, null));
        assertThat(iam.serviceSpecificCredentials().verifyPassword(git.credential().credentialId(), git.password()))
                .isTrue();
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> iam.users().deleteUser("alice"));
        iam.serviceSpecificCredentials().delete("alice", git.credential().credentialId());

        var role = iam.roles().createRole(RoleRequests.CreateRole.of("r", IamFixture.trust(alice.arn())));
        assertThat(iam.roles().getRole("r").assumeRolePolicyDocument()).contains(alice.arn());
        assertThat(iam.roles().findRoleByArn(role.arn())).isPresent();

        var policy = iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("p", IamFixture.allowAll()));
        iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(policy.arn(), IamFixture.allowAll(), true));
        iam.attachments().attachRolePolicy(new AttachmentRequests.AttachPolicy("r", policy.arn()));
        assertThat(iam.policies().getPolicy(policy.arn()).attachmentCount()).isEqualTo(1);
        assertThat(iam.policies().listPolicyVersions(policy.arn(), ListOptions.all()).items()).hasSize(2);
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> iam.policies().deletePolicy(policy.arn()));

        iam.groups().createGroup(new GroupRequests.CreateGroup("devs", null));
        iam.groups().addUserToGroup(new GroupRequests.Membership("devs", "alice"));
        iam.inlinePolicies().putGroupPolicy(new InlinePolicyRequests.PutPolicy("devs", "g", IamFixture.allowAll()));
        var gathered = iam.principalPolicies().forUser("alice");
        assertThat(gathered.groups()).hasSize(1);

        for (int i = 0; i < 5; i++) {
            iam.users().createUser(UserRequests.CreateUser.named("u" + i));
        }
        var page = iam.users().listUsers(new ListOptions(null, null, 4));
        assertThat(page.truncated()).isTrue();
        var rest = iam.users().listUsers(new ListOptions(null, page.marker(), 4));
        assertThat(page.items().size() + rest.items().size()).isEqualTo(6);
    }

    @Test
    void issueFiveEntitiesWork() {
        Iam iam = fx.iam;
        var role = iam.roles().createRole(RoleRequests.CreateRole.of("app", IamFixture.trust("arn:aws:iam::123456789012:root")));
        var profile = iam.instanceProfiles().createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile(
                "web", "/x/", List.of(new Tag("t", "v"))));
        iam.instanceProfiles().addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("web", "app"));
        assertThat(iam.instanceProfiles().getInstanceProfile("WEB").roles()).extracting(r -> r.roleId())
                .containsExactly(role.roleId());
        assertThat(iam.instanceProfiles().listInstanceProfilesForRole("app", ListOptions.all()).items())
                .extracting(p -> p.instanceProfileId()).containsExactly(profile.instanceProfileId());
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> iam.roles().deleteRole("app"));
        iam.instanceProfiles().tagInstanceProfile(new InstanceProfileRequests.TagInstanceProfile("web",
                List.of(new Tag("u", "w"))));
        assertThat(iam.instanceProfiles().listInstanceProfiles(new ListOptions("/x/", null, 10)).items()).hasSize(1);
        iam.instanceProfiles().removeRoleFromInstanceProfile(new InstanceProfileRequests.RoleMembership("web", "app"));
        iam.instanceProfiles().deleteInstanceProfile("web");
        iam.roles().deleteRole("app");

        var oidc = iam.openIdConnectProviders();
        var provider = oidc.createOpenIdConnectProvider(new OidcProviderRequests.CreateProvider(
                "https://idp.example.com/realms/x", List.of("a", "b"), List.of("0".repeat(40)), List.of(new Tag("t", "v"))));
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> oidc.createOpenIdConnectProvider(
                OidcProviderRequests.CreateProvider.of("https://idp.example.com/realms/x")));
        oidc.addClientIdToOpenIdConnectProvider(new OidcProviderRequests.ClientIdChange(provider.arn(), "c"));
        oidc.setSigningKeys(provider.arn(), "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"e1\","
                + "\"x\":\"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4\","
                + "\"y\":\"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM\"}]}");
        var found = oidc.findByIssuer("https://idp.example.com/realms/x").orElseThrow();
        assertThat(found.clientIds()).containsExactly("a", "b", "c");
        assertThat(found.signingKeys().keySet().getKeyByKeyId("e1")).isNotNull();
        assertThat(iam.accountSummary().getAccountSummary()).containsEntry("Providers", 1);
        oidc.deleteOpenIdConnectProvider(provider.arn());
        assertThat(oidc.listOpenIdConnectProviders()).isEmpty();

        iam.users().createUser(new UserRequests.CreateUser("u1", null, "arn:aws:iam::aws:policy/PowerUserAccess", null));
        iam.groups().createGroup(new GroupRequests.CreateGroup("g1", null));
        iam.groups().addUserToGroup(new GroupRequests.Membership("g1", "u1"));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("u1", "p", IamFixture.allowAll()));
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("u1",
                "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        iam.roles().createRole(RoleRequests.CreateRole.of("r1", IamFixture.trust("arn:aws:iam::123456789012:root")));
        iam.instanceProfiles().createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("ip1"));
        iam.instanceProfiles().addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("ip1", "r1"));
        var local = iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("lp", IamFixture.allowAll()));
        iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(local.arn(), IamFixture.allowAll(), true));
        List<String> seen = new java.util.ArrayList<>();
        String marker = null;
        do {
            var page = iam.authorizationDetails().getAccountAuthorizationDetails(
                    new AccountAuthorizationDetails.Query(java.util.Set.of(), marker, 2));
            page.users().forEach(d -> seen.add(d.user().userName() + d.groupNames() + d.inlinePolicies().size()
                    + d.attachedPolicyArns().size()));
            page.groups().forEach(d -> seen.add(d.group().groupName()));
            page.roles().forEach(d -> seen.add(d.role().roleName() + d.instanceProfiles().size()));
            page.localPolicies().forEach(d -> seen.add(d.policy().policyName() + d.versions().size()));
            page.awsPolicies().forEach(d -> seen.add(d.arn() + d.attachmentCount() + d.permissionsBoundaryUsageCount()));
            marker = page.marker();
        } while (marker != null);
        assertThat(seen).containsExactly("u1[g1]11", "g1", "r11", "lp2",
                "arn:aws:iam::aws:policy/PowerUserAccess01", "arn:aws:iam::aws:policy/ReadOnlyAccess10");

        iam.passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(8, false, true, false, false, true,
                30, 3, true));
        assertThat(iam.passwordPolicy().getAccountPasswordPolicy().hardExpiry()).isTrue();
        failsWith(IamErrorCode.PASSWORD_POLICY_VIOLATION, () -> iam.loginProfiles().createLoginProfile(
                new LoginProfileRequests.CreateLoginProfile("u1", Password.of("no-digits"), false)));
        iam.loginProfiles().createLoginProfile(new LoginProfileRequests.CreateLoginProfile("u1",
                Password.of("digits-123"), false));
        failsWith(IamErrorCode.REPORT_NOT_PRESENT, () -> iam.credentialReports().getCredentialReport());
        iam.credentialReports().generateCredentialReport();
        assertThat(iam.credentialReports().getCredentialReport().csv()).contains("\nu1,arn:aws:iam::123456789012:user/u1,");
        iam.passwordPolicy().deleteAccountPasswordPolicy();
    }

    @Test
    void auditLogIsAppendOnly() throws Exception {
        AuditLog audit = new AuditLog(fx.store, Clock.systemUTC());
        audit.record(new AuditEvent(null, null, "iam.amazonaws.com", "ListUsers", "us-east-1", null, null,
                UserIdentity.anonymous(), null, null, null, null, "r", null));
        assertThat(audit.query(AuditQuery.latest(5))).hasSize(1);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE " + schema + ".audit_events SET event_name = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM " + schema + ".audit_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void outboundFederationStateRoundTrips() {
        OutboundFederationService federation = fx.iam.outboundFederation();
        String issuer = federation.enable();
        failsWith(IamErrorCode.FEATURE_ENABLED, federation::enable);
        assertThat(federation.signingKeys()).isPresent();
        federation.disable();

        assertThat(federation.state()).isEqualTo(new OutboundFederationState(issuer, false));
        assertThat(federation.publicKeys(issuer).orElseThrow().getKeys()).hasSize(2);
        assertThat(federation.enable()).isEqualTo(issuer);
    }
}
