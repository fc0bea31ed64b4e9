package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleServiceTest {
    private static final String ACCOUNT_TRUST = IamFixture.trust("arn:aws:iam::123456789012:root");

    @TempDir
    Path dir;

    private IamFixture fx;
    private RoleService roles;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        roles = fx.iam.roles();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void createsRoleWithDefaults() {
        Role r = roles.createRole(RoleRequests.CreateRole.of("deployer", ACCOUNT_TRUST));
        assertThat(r.roleId()).startsWith("AROA").hasSize(21);
        assertThat(r.arn()).isEqualTo("arn:aws:iam::123456789012:role/deployer");
        assertThat(r.maxSessionDuration()).isEqualTo(3600);
        assertThat(r.path()).isEqualTo("/");
        assertThat(r.assumeRolePolicyDocument()).isEqualTo(ACCOUNT_TRUST);
        assertThat(roles.getRole("DEPLOYER")).isEqualTo(r);
        assertThat(roles.findRoleByArn(r.arn())).contains(r);
        assertThat(roles.findRoleByArn("arn:aws:iam::123456789012:role/other/deployer")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {3599, 43201, 0})
    void maxSessionDurationOutsideOneToTwelveHoursIsRejected(int seconds) {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> roles.createRole(new RoleRequests.CreateRole("r", null,
                ACCOUNT_TRUST, null, seconds, null, List.of()))).hasMessageContaining("maxSessionDuration");
    }

    @Test
    void descriptionIsLimitedToThousandCharacters() {
        roles.createRole(new RoleRequests.CreateRole("ok", null, ACCOUNT_TRUST, "d".repeat(1000), 43200, null, null));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> roles.createRole(new RoleRequests.CreateRole("r", null,
                ACCOUNT_TRUST, "d".repeat(1001), null, null, null)));
    }

    @Test
    void malformedTrustPolicyIsRejected() {
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT, () -> roles.createRole(RoleRequests.CreateRole.of("r", "{not json")))
                .hasMessage("Syntax errors in policy.");
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT, () -> roles.createRole(RoleRequests.CreateRole.of("r", "[1]")));
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT,
                () -> roles.createRole(RoleRequests.CreateRole.of("r", "{\"a\":1,\"a\":2}")));
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT, () -> roles.createRole(RoleRequests.CreateRole.of("r", "{} {}")));
    }

    @Test
    void trustPolicySizeQuotaIgnoresWhitespace() {
        String padded = ACCOUNT_TRUST.replace(",", "," + "   \n   ".repeat(100));
        roles.createRole(RoleRequests.CreateRole.of("padded", padded));
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Sid\":\"" + "x".repeat(2048) + "\"}]}";
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> roles.createRole(RoleRequests.CreateRole.of("big", big)))
                .hasMessage("Cannot exceed quota for ACLSizePerRole: 2048");
    }

    @Test
    void trustedUserIsStoredByUniqueIdAndShownByArn() {
        User alice = fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        String trust = IamFixture.trust(alice.arn());
        Role role = roles.createRole(RoleRequests.CreateRole.of("r", trust));
        assertThat(role.assumeRolePolicyDocument()).isEqualTo(trust);

        String stored = fx.store.read(tx -> tx.roles().findById(role.roleId()).orElseThrow().assumeRolePolicyDocument());
        assertThat(stored).contains(alice.userId()).doesNotContain(alice.arn());
    }

    @Test
    void deletedAndRecreatedPrincipalIsNoLongerTrusted() {
        Role target = roles.createRole(RoleRequests.CreateRole.of("target", ACCOUNT_TRUST));
        Role caller = roles.createRole(RoleRequests.CreateRole.of("caller", ACCOUNT_TRUST));
        roles.updateAssumeRolePolicy(new RoleRequests.UpdateAssumeRolePolicy("target", IamFixture.trust(caller.arn())));
        assertThat(roles.getRole("target").assumeRolePolicyDocument()).contains(caller.arn());

        roles.deleteRole("caller");
        Role recreated = roles.createRole(RoleRequests.CreateRole.of("caller", ACCOUNT_TRUST));
        String shown = roles.getRole("target").assumeRolePolicyDocument();
        assertThat(shown).contains(caller.roleId()).doesNotContain(recreated.arn()).doesNotContain(recreated.roleId());
        assertThat(target.roleId()).isNotEqualTo(recreated.roleId());
    }

    @Test
    void unknownPrincipalInThisAccountIsInvalidPrincipal() {
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT, () -> roles.createRole(RoleRequests.CreateRole.of("r",
                IamFixture.trust("arn:aws:iam::123456789012:role/ghost"))))
                .hasMessage("Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:role/ghost\"");
    }

    @Test
    void principalArnMustMatchPathExactly() {
        fx.iam.users().createUser(new UserRequests.CreateUser("alice", "/team/", null, null));
        failsWith(IamErrorCode.MALFORMED_POLICY_DOCUMENT, () -> roles.createRole(RoleRequests.CreateRole.of("r",
                IamFixture.trust("arn:aws:iam::123456789012:user/alice"))));
        roles.createRole(RoleRequests.CreateRole.of("r", IamFixture.trust("arn:aws:iam::123456789012:user/team/alice")));
    }

    @Test
    void otherAccountsAndServicePrincipalsAreKeptVerbatim() {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":\"arn:aws:iam::999999999999:role/x\",\"Service\":\"ec2.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}}";
        Role r = roles.createRole(RoleRequests.CreateRole.of("r", trust));
        assertThat(r.assumeRolePolicyDocument()).isEqualTo(trust);
    }

    @Test
    void updateRoleChangesDescriptionAndDuration() {
        roles.createRole(RoleRequests.CreateRole.of("r", ACCOUNT_TRUST));
        roles.updateRole(new RoleRequests.UpdateRole("r", "hello", 7200));
        Role r = roles.getRole("r");
        assertThat(r.description()).isEqualTo("hello");
        assertThat(r.maxSessionDuration()).isEqualTo(7200);
        assertThat(roles.updateRoleDescription(new RoleRequests.UpdateRoleDescription("r", "bye")).description())
                .isEqualTo("bye");
    }

    @Test
    void deleteRoleWithPoliciesIsDeleteConflict() {
        roles.createRole(RoleRequests.CreateRole.of("r", ACCOUNT_TRUST));
        fx.iam.attachments().attachRolePolicy(new AttachmentRequests.AttachPolicy("r",
                "arn:aws:iam::aws:policy/AdministratorAccess"));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> roles.deleteRole("r"));
        fx.iam.attachments().detachRolePolicy(new AttachmentRequests.AttachPolicy("r",
                "arn:aws:iam::aws:policy/AdministratorAccess"));
        fx.iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("r", "inline", IamFixture.allowAll()));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> roles.deleteRole("r"));
        fx.iam.inlinePolicies().deleteRolePolicy(new InlinePolicyRequests.PolicyRef("r", "inline"));
        roles.deleteRole("r");
        assertThat(roles.listRoles(ListOptions.all()).items()).isEmpty();
    }
}
