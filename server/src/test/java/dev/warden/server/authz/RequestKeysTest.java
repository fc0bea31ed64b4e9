package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.context.RequestContext;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The global keys of a signed IAM call, per caller, against the IAM User Guide's "AWS global
 * condition context keys" (each key's Availability): a key AWS documents as absent for the caller
 * is expected absent ({@code null} in the tables).
 */
class RequestKeysTest {

    static final String ACCT = "123456789012";

    @TempDir
    Path folder;

    CoreTestHome core;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
    }

    @AfterEach
    void close() {
        core.close();
    }

    RequestContext keysOf(WardenPrincipal principal) {
        return RequestKeys.forCall(core.call(QueryService.IAM, "ListUsers", principal, Map.of()), List.of()).build();
    }

    static void expect(RequestContext keys, Map<String, Optional<String>> table) {
        table.forEach((key, value) -> {
            if (value.isEmpty()) {
                assertThat(keys.contains(key)).as(key + " absent").isFalse();
            } else {
                assertThat(keys.get(key).map(v -> v.value())).as(key).contains(value.get());
            }
        });
    }

    @Test
    void anIamUserWithLongTermKeys() {
        CreatedAccessKey key = core.user("alice");
        String userId = core.iam().users().getUser("alice").userId();

        RequestContext keys = keysOf(core.principal(key));

        expect(keys, Map.ofEntries(
                Map.entry("aws:PrincipalType", Optional.of("User")),
                Map.entry("aws:username", Optional.of("alice")),
                Map.entry("aws:userid", Optional.of(userId)),
                Map.entry("aws:PrincipalArn", Optional.of("arn:aws:iam::" + ACCT + ":user/alice")),
                Map.entry("aws:PrincipalAccount", Optional.of(ACCT)),
                Map.entry("aws:PrincipalIsAWSService", Optional.of("false")),
                Map.entry("aws:ViaAWSService", Optional.of("false")),
                Map.entry("aws:SecureTransport", Optional.of("true")),
                Map.entry("aws:SourceIp", Optional.of("10.1.2.3")),
                Map.entry("aws:UserAgent", Optional.of("test-agent")),
                Map.entry("aws:RequestedRegion", Optional.of("us-east-1")),
                // Long-term keys: no token, so no issue time and no MFA keys at all (BoolIfExists idiom).
                Map.entry("aws:TokenIssueTime", Optional.empty()),
                Map.entry("aws:MultiFactorAuthPresent", Optional.empty()),
                Map.entry("aws:MultiFactorAuthAge", Optional.empty()),
                Map.entry("aws:SourceIdentity", Optional.empty()),
                Map.entry("aws:CalledVia", Optional.empty()),
                Map.entry("aws:PrincipalServiceName", Optional.empty())));
        assertThat(userId).startsWith("AIDA");
    }

    @Test
    void aRoleSessionWithASourceIdentityAndNoMfa() {
        Role role = core.role("deploy", CoreTestHome.trustNaming("arn:aws:iam::" + ACCT + ":root"), null);
        WardenPrincipal session = core.session(new SessionGrant(ACCT, new SessionPrincipal.AssumedRole(role.roleId(),
                role.arn(), role.roleName(), "s1"), Duration.ofHours(1), null, List.of(),
                List.of(new Tag("team", "blue")), List.of(), "ana", false, false)).principal();

        RequestContext keys = keysOf(session);

        expect(keys, Map.ofEntries(
                Map.entry("aws:PrincipalType", Optional.of("AssumedRole")),
                Map.entry("aws:userid", Optional.of(role.roleId() + ":s1")),
                Map.entry("aws:PrincipalArn", Optional.of(role.arn())),
                Map.entry("aws:username", Optional.empty()),
                Map.entry("aws:MultiFactorAuthPresent", Optional.of("false")),
                Map.entry("aws:MultiFactorAuthAge", Optional.empty()),
                Map.entry("aws:SourceIdentity", Optional.of("ana"))));
        assertThat(keys.contains("aws:TokenIssueTime")).isTrue();
        assertThat(role.roleId()).startsWith("AROA");
    }

    @Test
    void aSessionIssuedWithMfa() {
        Role role = core.role("admin", CoreTestHome.trustNaming("arn:aws:iam::" + ACCT + ":root"), null);
        WardenPrincipal session = core.session(new SessionGrant(ACCT, new SessionPrincipal.AssumedRole(role.roleId(),
                role.arn(), role.roleName(), "s2"), Duration.ofHours(1), null, List.of(), List.of(), List.of(), null,
                false, true)).principal();

        RequestContext keys = keysOf(session);

        expect(keys, Map.of(
                "aws:MultiFactorAuthPresent", Optional.of("true"),
                "aws:MultiFactorAuthAge", Optional.of("0"),
                "aws:SourceIdentity", Optional.empty()));
    }

    @Test
    void aFederatedUser() {
        core.user("proxy");
        String parentId = core.iam().users().getUser("proxy").userId();
        WardenPrincipal session = core.session(SessionGrant.of(ACCT, new SessionPrincipal.FederatedUser(ACCT, "app",
                parentId, "arn:aws:iam::" + ACCT + ":user/proxy"), Duration.ofHours(1))).principal();

        RequestContext keys = keysOf(session);

        expect(keys, Map.of(
                "aws:PrincipalType", Optional.of("FederatedUser"),
                "aws:userid", Optional.of(ACCT + ":app"),
                "aws:PrincipalArn", Optional.of("arn:aws:sts::" + ACCT + ":federated-user/app"),
                "aws:username", Optional.empty(),
                "aws:MultiFactorAuthPresent", Optional.of("false")));
    }
}
