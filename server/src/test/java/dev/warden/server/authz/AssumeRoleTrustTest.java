package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.eval.Authorizer;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.error.AwsError;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AssumeRole authorization in one account (iam-semantics.md §6.1): the trust policy must allow,
 * naming the caller directly suffices, naming the account delegates to identity policies, and
 * TagSession / SetSourceIdentity are decided like AssumeRole.
 */
class AssumeRoleTrustTest {

    static final String ALICE = "arn:aws:iam::123456789012:user/alice";
    static final String ROOT = "arn:aws:iam::123456789012:root";
    static final String ROLE = "arn:aws:iam::123456789012:role/target";

    @TempDir
    Path folder;

    CoreTestHome core;
    AssumeRoleTrust trust;
    PrincipalPolicyLoader loader;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        PolicyDocuments documents = PolicyDocuments.withEmbeddedCatalog();
        loader = new PrincipalPolicyLoader(core.iam(), documents);
        trust = new AssumeRoleTrust(core.iam(), documents, new Authorizer());
    }

    @AfterEach
    void close() {
        core.close();
    }

    /**
     * @param userPolicy alice's identity policy, or null
     * @param params AssumeRole parameters besides RoleArn (RoleSessionName defaults to s1)
     * @param denial null when allowed, else the AccessDenied message
     */
    record Case(String name, String trustPolicy, String userPolicy, Map<String, String> params, String denial) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String statement(String principal, String actions, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal
                + "\"},\"Action\":" + actions + (condition == null ? "" : ",\"Condition\":" + condition) + "}]}";
    }

    static String notAuthorized(String action) {
        return "User: " + ALICE + " is not authorized to perform: " + action + " on resource: " + ROLE;
    }

    static Stream<Case> cases() {
        String assume = "\"sts:AssumeRole\"";
        return Stream.of(
                new Case("trust names the user: no identity policy needed", statement(ALICE, assume, null), null,
                        Map.of(), null),
                new Case("trust names someone else", statement("arn:aws:iam::123456789012:user/bob", assume, null), null,
                        Map.of(), notAuthorized("sts:AssumeRole")),
                new Case("trust names the account, no identity policy", statement(ROOT, assume, null), null, Map.of(),
                        notAuthorized("sts:AssumeRole") + " because no identity-based policy allows the sts:AssumeRole action"),
                new Case("trust names the account, identity policy allows", statement(ROOT, assume, null),
                        CoreTestHome.allow("sts:AssumeRole"), Map.of(), null),
                new Case("identity policy allows but trust does not", statement("arn:aws:iam::123456789012:user/bob",
                        assume, null), CoreTestHome.allow("sts:AssumeRole"), Map.of(), notAuthorized("sts:AssumeRole")),
                new Case("explicit deny in the identity policy wins over the trust",
                        statement(ALICE, assume, null),
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"sts:*\",\"Resource\":\"*\"}]}",
                        Map.of(), notAuthorized("sts:AssumeRole") + " with an explicit deny in an identity-based policy"),
                new Case("tags need sts:TagSession", statement(ALICE, assume, null), null,
                        Map.of("Tags.member.1.Key", "project", "Tags.member.1.Value", "p1"),
                        notAuthorized("sts:TagSession")),
                new Case("tags with sts:TagSession", statement(ALICE, "[\"sts:AssumeRole\",\"sts:TagSession\"]", null),
                        null, Map.of("Tags.member.1.Key", "project", "Tags.member.1.Value", "p1"), null),
                new Case("transitive keys alone need sts:TagSession", statement(ALICE, assume, null), null,
                        Map.of("TransitiveTagKeys.member.1", "project"), notAuthorized("sts:TagSession")),
                new Case("request tag condition holds",
                        statement(ALICE, "[\"sts:AssumeRole\",\"sts:TagSession\"]",
                                "{\"StringEquals\":{\"aws:RequestTag/project\":\"p1\"}}"),
                        null, Map.of("Tags.member.1.Key", "project", "Tags.member.1.Value", "p1"), null),
                new Case("request tag condition fails",
                        statement(ALICE, "[\"sts:AssumeRole\",\"sts:TagSession\"]",
                                "{\"StringEquals\":{\"aws:RequestTag/project\":\"p1\"}}"),
                        null, Map.of("Tags.member.1.Key", "project", "Tags.member.1.Value", "p2"),
                        notAuthorized("sts:AssumeRole")),
                new Case("aws:TagKeys condition", statement(ALICE, "[\"sts:AssumeRole\",\"sts:TagSession\"]",
                        "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"project\"]}}"), null,
                        Map.of("Tags.member.1.Key", "cost", "Tags.member.1.Value", "x"), notAuthorized("sts:AssumeRole")),
                new Case("source identity needs sts:SetSourceIdentity", statement(ALICE, assume, null), null,
                        Map.of("SourceIdentity", "alice-laptop"), notAuthorized("sts:SetSourceIdentity")),
                new Case("source identity with sts:SetSourceIdentity and a condition on it",
                        statement(ALICE, "[\"sts:AssumeRole\",\"sts:SetSourceIdentity\"]",
                                "{\"StringLike\":{\"sts:SourceIdentity\":\"alice-*\"}}"),
                        null, Map.of("SourceIdentity", "alice-laptop"), null),
                new Case("external id matches", statement(ALICE, assume, "{\"StringEquals\":{\"sts:ExternalId\":\"e-1\"}}"),
                        null, Map.of("ExternalId", "e-1"), null),
                new Case("external id missing", statement(ALICE, assume, "{\"StringEquals\":{\"sts:ExternalId\":\"e-1\"}}"),
                        null, Map.of(), notAuthorized("sts:AssumeRole")),
                new Case("session name must be the user name (policy variable)",
                        statement(ALICE, assume, "{\"StringEquals\":{\"sts:RoleSessionName\":\"${aws:username}\"}}"),
                        null, Map.of("RoleSessionName", "alice"), null),
                new Case("session name other than the user name",
                        statement(ALICE, assume, "{\"StringEquals\":{\"sts:RoleSessionName\":\"${aws:username}\"}}"),
                        null, Map.of("RoleSessionName", "mallory"), notAuthorized("sts:AssumeRole")),
                new Case("principal tag condition", statement(ROOT, assume,
                        "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}"), CoreTestHome.allow("sts:AssumeRole"),
                        Map.of(), null),
                new Case("userid condition", statement(ROOT, assume,
                        "{\"StringLike\":{\"aws:userid\":\"AIDA*\",\"aws:PrincipalType\":\"User\"}}"),
                        CoreTestHome.allow("sts:AssumeRole"), Map.of(), null),
                new Case("the role's account is the resource account", statement(ALICE, assume,
                        "{\"StringEquals\":{\"aws:ResourceAccount\":\"${aws:PrincipalAccount}\"}}"), null, Map.of(),
                        null),
                new Case("role resource tag condition", statement(ALICE, assume,
                        "{\"StringEquals\":{\"iam:ResourceTag/env\":\"dev\"}}"), null, Map.of(), notAuthorized("sts:AssumeRole")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(Case c) {
        CreatedAccessKey key = core.user("alice", new Tag("team", "blue"));
        core.user("bob");
        if (c.userPolicy() != null) {
            core.userPolicy("alice", c.userPolicy());
        }
        core.role("target", c.trustPolicy(), null);
        WardenPrincipal alice = core.principal(key);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("RoleArn", ROLE);
        params.put("RoleSessionName", "s1");
        params.putAll(c.params());

        AuthorizationDecision decision = trust.authorize(core.call(QueryService.STS, "AssumeRole", alice, params),
                loader.load(alice));

        if (c.denial() == null) {
            assertThat(decision).as(decision.explanation()).isInstanceOf(AuthorizationDecision.Allow.class);
            assertThat(decision.explanation()).contains("\"decision\":\"allowed\"");
        } else {
            assertThat(decision).isInstanceOf(AuthorizationDecision.Deny.class);
            assertThat(((AuthorizationDecision.Deny) decision).message()).isEqualTo(c.denial());
        }
    }

    @Test
    void anUnknownRoleIsDeniedLikeAnUntrustingOne() {
        WardenPrincipal alice = core.principal(core.user("alice"));

        AuthorizationDecision decision = trust.authorize(core.call(QueryService.STS, "AssumeRole", alice,
                Map.of("RoleArn", ROLE, "RoleSessionName", "s1")), loader.load(alice));

        assertThat(((AuthorizationDecision.Deny) decision).message()).isEqualTo(notAuthorized("sts:AssumeRole"));
        assertThat(decision.explanation()).contains("no role with this ARN exists");
    }

    @Test
    void aTrustNamingTheCallingRoleKeepsTheSessionPolicyInForce() {
        Role source = core.role("source", CoreTestHome.trustNaming(ROOT), CoreTestHome.allow("sts:AssumeRole"));
        core.role("target", CoreTestHome.trustNaming(source.arn()), null);
        SessionPrincipal.AssumedRole sessionOfSource =
                new SessionPrincipal.AssumedRole(source.roleId(), source.arn(), "source", "s0");
        WardenPrincipal plain = core.session(SessionGrant.of(CoreTestHome.ACCOUNT, sessionOfSource, Duration.ofHours(1)))
                .principal();
        WardenPrincipal narrowed = core.session(new SessionGrant(CoreTestHome.ACCOUNT, sessionOfSource,
                Duration.ofHours(1), CoreTestHome.allow("iam:GetUser"), List.of(), List.of(), List.of(), null, false,
                false)).principal();
        Map<String, String> params = Map.of("RoleArn", ROLE, "RoleSessionName", "s1");

        AuthorizationDecision allowed = trust.authorize(core.call(QueryService.STS, "AssumeRole", plain, params),
                loader.load(plain));
        AuthorizationDecision denied = trust.authorize(core.call(QueryService.STS, "AssumeRole", narrowed, params),
                loader.load(narrowed));

        assertThat(allowed).isInstanceOf(AuthorizationDecision.Allow.class);
        assertThat(((AuthorizationDecision.Deny) denied).message()).isEqualTo("User: arn:aws:sts::123456789012:"
                + "assumed-role/source/s0 is not authorized to perform: sts:AssumeRole on resource: " + ROLE
                + " because no session policy allows the sts:AssumeRole action");
    }

    /**
     * @param inherited the calling session's source identity, or null
     * @param requested the SourceIdentity parameter, or null
     * @param denial null when allowed, else the AccessDenied message
     */
    record ChainedCase(String name, String trustActions, String inherited, String requested, String denial) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ChainedCase> chainedCases() {
        String denied = "User: arn:aws:sts::123456789012:assumed-role/source/s0 is not authorized to perform: "
                + "sts:SetSourceIdentity on resource: " + ROLE;
        String both = "[\"sts:AssumeRole\",\"sts:SetSourceIdentity\"]";
        return Stream.of(
                // IAM User Guide, "Monitor and control actions taken with assumed roles": in role chaining the
                // target's trust policy must allow sts:SetSourceIdentity, even when the request does not pass
                // the source identity again (it persists from the first session).
                new ChainedCase("inherited source identity needs sts:SetSourceIdentity", "\"sts:AssumeRole\"",
                        "alice-laptop", null, denied),
                new ChainedCase("inherited source identity with sts:SetSourceIdentity", both, "alice-laptop", null, null),
                new ChainedCase("the same source identity passed again", both, "alice-laptop", "alice-laptop", null),
                new ChainedCase("a different source identity", both, "alice-laptop", "mallory", denied),
                new ChainedCase("no source identity anywhere", "\"sts:AssumeRole\"", null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chainedCases")
    void aChainedSessionsSourceIdentityNeedsSetSourceIdentity(ChainedCase c) {
        Role source = core.role("source", CoreTestHome.trustNaming(ROOT), null);
        core.role("target", statement(source.arn(), c.trustActions(), null), null);
        WardenPrincipal chained = core.session(new SessionGrant(CoreTestHome.ACCOUNT,
                new SessionPrincipal.AssumedRole(source.roleId(), source.arn(), "source", "s0"), Duration.ofHours(1),
                null, List.of(), List.of(), List.of(), c.inherited(), false, false)).principal();
        Map<String, String> params = new LinkedHashMap<>(Map.of("RoleArn", ROLE, "RoleSessionName", "s1"));
        if (c.requested() != null) {
            params.put("SourceIdentity", c.requested());
        }

        AuthorizationDecision decision = trust.authorize(core.call(QueryService.STS, "AssumeRole", chained, params),
                loader.load(chained));

        if (c.denial() == null) {
            assertThat(decision).as(decision.explanation()).isInstanceOf(AuthorizationDecision.Allow.class);
        } else {
            assertThat(((AuthorizationDecision.Deny) decision).message()).isEqualTo(c.denial());
        }
    }

    @Test
    void invalidParametersAreReportedBeforeAnyDecision() {
        WardenPrincipal alice = core.principal(core.user("alice"));

        assertThatThrownBy(() -> trust.authorize(core.call(QueryService.STS, "AssumeRole", alice,
                Map.of("RoleArn", ROLE, "RoleSessionName", "bad name!")), loader.load(alice)))
                .isInstanceOf(AwsError.class)
                .hasMessage("1 validation error detected: Value 'bad name!' at 'roleSessionName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }
}
