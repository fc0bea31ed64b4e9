package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.catalog.Catalog;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionStep;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.error.AwsError;
import dev.warden.server.oidc.OidcProviderDirectory;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
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
 * GetFederationToken and the sessions it issues (iam-semantics.md §5.2 step 7, §6.6): calling it
 * needs sts:GetFederationToken on the federated user's ARN (and sts:TagSession for tags); the
 * session's permissions are the user's intersected with the session policy, none without one; the
 * session may call no IAM API and no STS API but GetCallerIdentity.
 */
class FederatedUserAuthorizationTest {

    static final String ALICE = "arn:aws:iam::123456789012:user/alice";
    static final String BOB_APP = "arn:aws:sts::123456789012:federated-user/bob-app";

    @TempDir
    Path folder;

    CoreTestHome core;
    EngineAuthorizer authorizer;
    PrincipalPolicyLoader loader;
    Authorizer engine = new Authorizer();
    CreatedAccessKey key;
    PolicyGeneration generation = new PolicyGeneration();

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        PolicyDocuments documents = PolicyDocuments.withEmbeddedCatalog();
        loader = new PrincipalPolicyLoader(core.iam(), documents);
        authorizer = new EngineAuthorizer(new PrincipalPolicyCache(loader, generation),
                new IamRequestTargets(core.iam(), Catalog.get()), new AssumeRoleTrust(core.iam(), documents, engine),
                new WebIdentityTrust(core.iam(), documents, engine, new WebIdentityTokenVerifier(OidcProviderDirectory.none())),
                engine, new AuthorizationMessages(core.home().authorizationMessages()));
        key = core.user("alice");
    }

    @AfterEach
    void close() {
        core.close();
    }

    void alicePolicy(String document) {
        core.userPolicy("alice", document);
        generation.advance();
    }

    AuthorizationDecision getFederationToken(Map<String, String> params) {
        return authorizer.authorize(core.call(QueryService.STS, "GetFederationToken", core.principal(key), params));
    }

    @Test
    void callingItNeedsPermissionOnTheFederatedUsersArn() {
        assertThat(getFederationToken(Map.of("Name", "bob-app"))).isInstanceOfSatisfying(
                AuthorizationDecision.Deny.class, deny -> assertThat(deny.message()).isEqualTo("User: " + ALICE
                        + " is not authorized to perform: sts:GetFederationToken on resource: " + BOB_APP
                        + " because no identity-based policy allows the sts:GetFederationToken action"));

        alicePolicy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetFederationToken",\
                "Resource":"arn:aws:sts::123456789012:federated-user/bob-*"}]}""");

        assertThat(getFederationToken(Map.of("Name", "bob-app"))).isInstanceOf(AuthorizationDecision.Allow.class);
        assertThat(getFederationToken(Map.of("Name", "carol-app"))).isInstanceOf(AuthorizationDecision.Deny.class);
    }

    @Test
    void tagsNeedTagSession() {
        alicePolicy(CoreTestHome.allow("sts:GetFederationToken"));
        Map<String, String> tagged = Map.of("Name", "bob-app", "Tags.member.1.Key", "team", "Tags.member.1.Value", "blue");

        assertThat(getFederationToken(tagged)).isInstanceOfSatisfying(AuthorizationDecision.Deny.class,
                deny -> assertThat(deny.message()).contains("sts:TagSession"));

        alicePolicy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:TagSession","Resource":"*",\
                "Condition":{"StringEquals":{"aws:RequestTag/team":"blue"}}}]}""");

        assertThat(getFederationToken(tagged)).isInstanceOf(AuthorizationDecision.Allow.class);
    }

    @Test
    void theFederatedUserBelongsToTheCallersAccount() {
        alicePolicy("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetFederationToken",\
                "Resource":"*","Condition":{"StringEquals":{"aws:ResourceAccount":"${aws:PrincipalAccount}"}}}]}""");

        assertThat(getFederationToken(Map.of("Name", "bob-app"))).isInstanceOf(AuthorizationDecision.Allow.class);
    }

    WardenPrincipal federatedSession(String sessionPolicy) {
        return core.session(new SessionGrant(CoreTestHome.ACCOUNT, new SessionPrincipal.FederatedUser(
                CoreTestHome.ACCOUNT, "bob-app", key.accessKey().userId(), ALICE), Duration.ofHours(1), sessionPolicy,
                List.of(), List.of(), List.of(), null, false, false)).principal();
    }

    Decision decide(WardenPrincipal session, String action) {
        return engine.authorize(loader.load(session).policySet(),
                AuthorizationRequest.of(session.caller(), action, "*", RequestContext.empty()));
    }

    record Permission(String name, String userPolicy, String sessionPolicy, String action, boolean allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Permission> permissions() {
        return Stream.of(
                new Permission("no session policy: nothing, whatever the user may do",
                        CoreTestHome.allow("s3:*"), null, "s3:GetObject", false),
                new Permission("user and session policy both allow", CoreTestHome.allow("s3:*"),
                        CoreTestHome.allow("s3:GetObject"), "s3:GetObject", true),
                new Permission("the session policy alone grants nothing", CoreTestHome.allow("s3:GetObject"),
                        CoreTestHome.allow("s3:*"), "s3:PutObject", false),
                new Permission("the session policy limits the user", CoreTestHome.allow("s3:*"),
                        CoreTestHome.allow("s3:GetObject"), "s3:PutObject", false));
    }

    @ParameterizedTest
    @MethodSource("permissions")
    void theSessionHasTheIntersectionOfUserAndSessionPolicy(Permission p) {
        alicePolicy(p.userPolicy());
        WardenPrincipal session = federatedSession(p.sessionPolicy());

        Decision decision = decide(session, p.action());

        assertThat(decision.allowed()).isEqualTo(p.allowed());
        if (p.sessionPolicy() == null) {
            assertThat(decision.step()).isEqualTo(DecisionStep.FEDERATED_SESSION_WITHOUT_POLICY);
        }
    }

    @Test
    void theSessionKnowsWhoItIs() {
        WardenPrincipal session = federatedSession(null);

        assertThat(session.caller().arn()).isEqualTo(BOB_APP);
        assertThat(authorizer.authorize(core.call(QueryService.STS, "GetCallerIdentity", session, Map.of())))
                .isInstanceOf(AuthorizationDecision.Allow.class);
    }

    @Test
    void theSessionCannotCallIam() {
        alicePolicy(CoreTestHome.allow("*"));
        WardenPrincipal session = federatedSession(CoreTestHome.allow("*"));

        assertThatThrownBy(() -> authorizer.authorize(core.call(QueryService.IAM, "ListUsers", session, Map.of())))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code().code()).isEqualTo("InvalidClientTokenId"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"AssumeRole", "DecodeAuthorizationMessage",
            "GetAccessKeyInfo"})
    void theSessionCannotCallOtherStsApis(String action) {
        alicePolicy(CoreTestHome.allow("*"));
        WardenPrincipal session = federatedSession(CoreTestHome.allow("*"));

        assertThat(authorizer.authorize(core.call(QueryService.STS, action, session,
                Map.of("RoleArn", "arn:aws:iam::123456789012:role/r", "RoleSessionName", "s", "Name", "x"))))
                .isInstanceOfSatisfying(AuthorizationDecision.Deny.class, deny -> assertThat(deny.message())
                        .isEqualTo("User: " + BOB_APP + " is not authorized to perform: sts:" + action + " on resource: *"));
    }

    /** GetSessionToken refuses session credentials in its own words, federated ones included. */
    @org.junit.jupiter.api.Test
    void theSessionCannotGetASessionTokenLikeAnySession() {
        alicePolicy(CoreTestHome.allow("*"));
        WardenPrincipal session = federatedSession(CoreTestHome.allow("*"));

        assertThat(authorizer.authorize(core.call(QueryService.STS, "GetSessionToken", session, Map.of())))
                .isInstanceOfSatisfying(AuthorizationDecision.Deny.class, deny -> assertThat(deny.message())
                        .isEqualTo("Cannot call GetSessionToken with session credentials"));
    }
}
