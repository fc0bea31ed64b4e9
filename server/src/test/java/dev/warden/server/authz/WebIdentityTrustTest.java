package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.model.Tag;
import dev.warden.policy.eval.Authorizer;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.error.AwsError;
import dev.warden.server.oidc.TestIssuer;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import java.nio.file.Path;
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
 * AssumeRoleWithWebIdentity authorization (iam-semantics.md §6.7): the token is verified, then the
 * role's trust policy alone decides, with the provider as the Federated principal and the token's
 * claims as the provider's condition keys.
 */
class WebIdentityTrustTest {

    static final TestIssuer GITHUB = new TestIssuer("https://token.actions.githubusercontent.com", "sts.amazonaws.com");
    static final TestIssuer OTHER = new TestIssuer("https://idp.example.com", "app-1");
    static final String ROLE = "arn:aws:iam::123456789012:role/deploy";
    static final String MAIN = "repo:org/repo:ref:refs/heads/main";

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    WebIdentityTrust trust;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
        trust = new WebIdentityTrust(core.iam(), PolicyDocuments.withEmbeddedCatalog(), new Authorizer(),
                new WebIdentityTokenVerifier(GITHUB.directory(OTHER)));
    }

    @AfterEach
    void close() {
        core.close();
    }

    static String trustPolicy(String federated, String action, String condition) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                "Action":"%s"%s}]}""".formatted(federated, action, condition.isEmpty() ? "" : ",\"Condition\":" + condition);
    }

    static final String GITHUB_CONDITIONS = """
            {"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},\
            "StringLike":{"token.actions.githubusercontent.com:sub":"repo:org/repo:*"}}""";

    AuthorizationDecision authorize(String roleArn, String token) {
        return trust.authorize(core.unsignedCall(QueryService.STS, "AssumeRoleWithWebIdentity",
                Map.of("RoleArn", roleArn, "RoleSessionName", "ci", "WebIdentityToken", token)));
    }

    String githubToken(String subject) {
        return GITHUB.sign(GITHUB.claims(subject, clock.instant()).build());
    }

    @Test
    void aTrustPolicyNamingTheProviderWithMatchingConditionsAllows() throws Exception {
        core.role("deploy", trustPolicy(GITHUB.providerArn(), "sts:AssumeRoleWithWebIdentity", GITHUB_CONDITIONS), null);

        AuthorizationDecision decision = authorize(ROLE, githubToken(MAIN));

        assertThat(decision).isInstanceOf(AuthorizationDecision.Allow.class);
        JsonNode explanation = new ObjectMapper().readTree(decision.explanation());
        assertThat(explanation.at("/webIdentity/provider").asText()).isEqualTo(GITHUB.providerArn());
        assertThat(explanation.at("/webIdentity/subject").asText()).isEqualTo(MAIN);
        assertThat(explanation.at("/decisions/0/decision").asText()).isEqualTo("allowed");
    }

    record Case(String name, String trustPolicy, String token, boolean allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        java.time.Instant now = new MutableClock().instant();
        String main = GITHUB.sign(GITHUB.claims(MAIN, now).build());
        String fork = GITHUB.sign(GITHUB.claims("repo:someone/fork:ref:refs/heads/main", now).build());
        String other = OTHER.sign(OTHER.claims("user-1", now).build());
        String withAmr = GITHUB.sign(GITHUB.claims(MAIN, now).claim("amr", List.of("pwd", "mfa")).build());
        String webIdentity = "sts:AssumeRoleWithWebIdentity";
        return Stream.of(
                new Case("claims within the conditions", trustPolicy(GITHUB.providerArn(), webIdentity, GITHUB_CONDITIONS),
                        main, true),
                new Case("sub outside the StringLike condition",
                        trustPolicy(GITHUB.providerArn(), webIdentity, GITHUB_CONDITIONS), fork, false),
                new Case("another provider's token", trustPolicy(GITHUB.providerArn(), webIdentity, ""), other, false),
                new Case("the trust policy allows only sts:AssumeRole",
                        trustPolicy(GITHUB.providerArn(), "sts:AssumeRole", ""), main, false),
                new Case("the trust policy names the provider by host only",
                        trustPolicy("token.actions.githubusercontent.com", webIdentity, ""), main, false),
                new Case("a condition on a key the token does not set",
                        trustPolicy(GITHUB.providerArn(), webIdentity,
                                "{\"StringEquals\":{\"token.actions.githubusercontent.com:azp\":\"x\"}}"), main, false),
                new Case("aws:FederatedProvider in a condition",
                        trustPolicy(GITHUB.providerArn(), webIdentity,
                                "{\"StringEquals\":{\"aws:FederatedProvider\":\"" + GITHUB.providerArn() + "\"}}"),
                        main, true),
                new Case("sts:RoleSessionName in a condition",
                        trustPolicy(GITHUB.providerArn(), webIdentity,
                                "{\"StringEquals\":{\"sts:RoleSessionName\":\"ci\"}}"), main, true),
                new Case("another sts:RoleSessionName required",
                        trustPolicy(GITHUB.providerArn(), webIdentity,
                                "{\"StringEquals\":{\"sts:RoleSessionName\":\"release\"}}"), main, false),
                new Case("ForAnyValue on the multivalued amr", trustPolicy(GITHUB.providerArn(), webIdentity,
                        "{\"ForAnyValue:StringEquals\":{\"token.actions.githubusercontent.com:amr\":\"mfa\"}}"),
                        withAmr, true),
                new Case("ForAllValues on amr with a value outside the set", trustPolicy(GITHUB.providerArn(),
                        webIdentity, "{\"ForAllValues:StringEquals\":{\"token.actions.githubusercontent.com:amr\":"
                                + "[\"mfa\"]}}"), withAmr, false),
                new Case("ForAllValues on amr covering every value", trustPolicy(GITHUB.providerArn(),
                        webIdentity, "{\"ForAllValues:StringEquals\":{\"token.actions.githubusercontent.com:amr\":"
                                + "[\"pwd\",\"mfa\"]}}"), withAmr, true),
                new Case("a Deny on the subject wins",
                        """
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                        "Action":"sts:AssumeRoleWithWebIdentity"},{"Effect":"Deny","Principal":"*","Action":"*",\
                        "Condition":{"StringEquals":{"token.actions.githubusercontent.com:sub":"%s"}}}]}"""
                                .formatted(GITHUB.providerArn(), MAIN), main, false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theTrustPolicyDecides(Case c) {
        core.role("deploy", c.trustPolicy(), null);

        AuthorizationDecision decision = authorize(ROLE, c.token());

        if (c.allowed()) {
            assertThat(decision).isInstanceOf(AuthorizationDecision.Allow.class);
        } else {
            assertThat(decision).isInstanceOfSatisfying(AuthorizationDecision.Deny.class,
                    deny -> assertThat(deny.message()).isEqualTo("Not authorized to perform sts:AssumeRoleWithWebIdentity"));
        }
    }

    @Test
    void aRoleThatDoesNotExistIsDeniedLikeAnUntrustingOne() {
        AuthorizationDecision decision = authorize("arn:aws:iam::123456789012:role/nope", githubToken(MAIN));

        assertThat(decision).isInstanceOfSatisfying(AuthorizationDecision.Deny.class,
                deny -> assertThat(deny.message()).isEqualTo(WebIdentityTrust.NOT_AUTHORIZED));
    }

    @Test
    void theRolesTagsAreResourceTags() {
        core.iam().roles().createRole(new RoleRequests.CreateRole("deploy", "/", trustPolicy(GITHUB.providerArn(),
                "sts:AssumeRoleWithWebIdentity", "{\"StringEquals\":{\"aws:ResourceTag/ci\":\"yes\"}}"), null, null,
                null, List.of(new Tag("ci", "yes"))));

        assertThat(authorize(ROLE, githubToken(MAIN))).isInstanceOf(AuthorizationDecision.Allow.class);
    }

    @Test
    void aBadTokenFailsBeforeAnyPolicyIsRead() {
        core.role("deploy", trustPolicy(GITHUB.providerArn(), "sts:AssumeRoleWithWebIdentity", ""), null);
        String expired = GITHUB.sign(GITHUB.claims(MAIN, clock.instant().minusSeconds(3600)).build());

        assertThatThrownBy(() -> authorize(ROLE, expired)).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.code().code()).isEqualTo("ExpiredTokenException"));
    }

    record SessionCase(String name, String actions, Map<String, Object> claims, boolean allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<SessionCase> sessionCases() {
        Map<String, Object> tags = Map.of("https://aws.amazon.com/tags",
                Map.of("principal_tags", Map.of("Project", List.of("Automation"))));
        Map<String, Object> source = Map.of("https://aws.amazon.com/source_identity", "jane");
        String assume = "\"sts:AssumeRoleWithWebIdentity\"";
        return Stream.of(
                new SessionCase("no session claims, AssumeRoleWithWebIdentity alone", assume, Map.of(), true),
                new SessionCase("session tags without sts:TagSession", assume, tags, false),
                new SessionCase("session tags with sts:TagSession", assume + ",\"sts:TagSession\"", tags, true),
                new SessionCase("a source identity without sts:SetSourceIdentity", assume, source, false),
                new SessionCase("a source identity with sts:SetSourceIdentity",
                        assume + ",\"sts:SetSourceIdentity\"", source, true));
    }

    @ParameterizedTest
    @MethodSource("sessionCases")
    void sessionTagsAndSourceIdentityNeedTheirOwnTrust(SessionCase c) {
        core.role("deploy", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},\
                "Action":[%s]}]}""".formatted(GITHUB.providerArn(), c.actions()), null);
        com.nimbusds.jwt.JWTClaimsSet.Builder claims = GITHUB.claims(MAIN, clock.instant());
        c.claims().forEach(claims::claim);

        AuthorizationDecision decision = authorize(ROLE, GITHUB.sign(claims.build()));

        assertThat(decision).isInstanceOf(c.allowed() ? AuthorizationDecision.Allow.class
                : AuthorizationDecision.Deny.class);
    }

    @Test
    void theTokensSessionTagsAreRequestTagsInTheTrustPolicy() {
        core.role("deploy", trustPolicy(GITHUB.providerArn(), "sts:TagSession",
                "{\"StringEquals\":{\"aws:RequestTag/Project\":\"Automation\"},"
                        + "\"ForAnyValue:StringEquals\":{\"sts:TransitiveTagKeys\":\"Project\"},"
                        + "\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"Project\"]}}")
                .replace("\"Action\":\"sts:TagSession\"",
                        "\"Action\":[\"sts:AssumeRoleWithWebIdentity\",\"sts:TagSession\"]"), null);
        com.nimbusds.jwt.JWTClaimsSet.Builder claims = GITHUB.claims(MAIN, clock.instant());
        claims.claim("https://aws.amazon.com/tags", Map.of("principal_tags", Map.of("Project", List.of("Automation")),
                "transitive_tag_keys", List.of("Project")));

        assertThat(authorize(ROLE, GITHUB.sign(claims.build()))).isInstanceOf(AuthorizationDecision.Allow.class);
    }
}
