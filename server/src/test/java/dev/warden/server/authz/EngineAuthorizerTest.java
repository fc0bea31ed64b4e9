package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.catalog.Catalog;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.ManagedPolicyService;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.Role;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.eval.Authorizer;
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

class EngineAuthorizerTest {

    static final String ACCT = CoreTestHome.ACCOUNT;
    static final String ALICE = "arn:aws:iam::" + ACCT + ":user/alice";

    @TempDir
    Path folder;

    CoreTestHome core;
    PolicyGeneration generation = new PolicyGeneration();
    EngineAuthorizer authorizer;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        PolicyDocuments documents = PolicyDocuments.withEmbeddedCatalog();
        Authorizer engine = new Authorizer();
        authorizer = new EngineAuthorizer(
                new PrincipalPolicyCache(new PrincipalPolicyLoader(core.iam(), documents), generation),
                new IamRequestTargets(core.iam(), Catalog.get()), new AssumeRoleTrust(core.iam(), documents, engine),
                new WebIdentityTrust(core.iam(), documents, engine,
                        new WebIdentityTokenVerifier(OidcProviderDirectory.none())),
                engine, new AuthorizationMessages(core.home().authorizationMessages()));
    }

    @AfterEach
    void close() {
        core.close();
    }

    static String policy(String effect, String action, String resource, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Action\":\"" + action
                + "\",\"Resource\":\"" + resource + "\"" + (condition == null ? "" : ",\"Condition\":" + condition)
                + "}]}";
    }

    /** @param denial null when allowed, else the AccessDenied message */
    record Case(String name, String alicePolicy, String action, Map<String, String> params, String denial) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String denied(String action, String resource) {
        return "User: " + ALICE + " is not authorized to perform: " + action + " on resource: " + resource
                + " because no identity-based policy allows the " + action + " action";
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("no policy: ListUsers on the user path", null, "ListUsers", Map.of(),
                        denied("iam:ListUsers", "arn:aws:iam::" + ACCT + ":user/")),
                new Case("ListUsers by a user/* grant", policy("Allow", "iam:ListUsers",
                        "arn:aws:iam::" + ACCT + ":user/*", null), "ListUsers", Map.of(), null),
                new Case("ListUsers with a path prefix names it", null, "ListUsers", Map.of("PathPrefix", "/ops/"),
                        denied("iam:ListUsers", "arn:aws:iam::" + ACCT + ":user/ops/")),
                new Case("ListPolicies needs Resource *", policy("Allow", "iam:ListPolicies",
                        "arn:aws:iam::" + ACCT + ":policy/*", null), "ListPolicies", Map.of(),
                        denied("iam:ListPolicies", "policy path /")),
                new Case("CreateUser in an allowed path", policy("Allow", "iam:CreateUser",
                        "arn:aws:iam::" + ACCT + ":user/team/*", null), "CreateUser",
                        Map.of("UserName", "x", "Path", "/team/"), null),
                new Case("CreateUser outside the allowed path", policy("Allow", "iam:CreateUser",
                        "arn:aws:iam::" + ACCT + ":user/team/*", null), "CreateUser",
                        Map.of("UserName", "x", "Path", "/other/"),
                        denied("iam:CreateUser", "arn:aws:iam::" + ACCT + ":user/other/x")),
                new Case("CreateUser with a required request tag", policy("Allow", "iam:CreateUser", "*",
                        "{\"StringEquals\":{\"aws:RequestTag/team\":\"blue\"}}"), "CreateUser",
                        Map.of("UserName", "x", "Tags.member.1.Key", "team", "Tags.member.1.Value", "blue"), null),
                new Case("CreateUser without the required request tag", policy("Allow", "iam:CreateUser", "*",
                        "{\"StringEquals\":{\"aws:RequestTag/team\":\"blue\"}}"), "CreateUser", Map.of("UserName", "x"),
                        denied("iam:CreateUser", "arn:aws:iam::" + ACCT + ":user/x")),
                new Case("CreateUser only with a boundary", policy("Allow", "iam:CreateUser", "*",
                        "{\"StringEquals\":{\"iam:PermissionsBoundary\":\"arn:aws:iam::" + ACCT + ":policy/pb\"}}"),
                        "CreateUser", Map.of("UserName", "x", "PermissionsBoundary", "arn:aws:iam::" + ACCT + ":policy/pb"),
                        null),
                new Case("AttachRolePolicy is on the role, iam:PolicyARN limits it", policy("Allow",
                        "iam:AttachRolePolicy", "arn:aws:iam::" + ACCT + ":role/app/*",
                        "{\"ArnEquals\":{\"iam:PolicyARN\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\"}}"),
                        "AttachRolePolicy", Map.of("RoleName", "svc", "PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                        null),
                new Case("AttachRolePolicy with another policy ARN", policy("Allow",
                        "iam:AttachRolePolicy", "arn:aws:iam::" + ACCT + ":role/app/*",
                        "{\"ArnEquals\":{\"iam:PolicyARN\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\"}}"),
                        "AttachRolePolicy", Map.of("RoleName", "svc", "PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"),
                        denied("iam:AttachRolePolicy", "arn:aws:iam::" + ACCT + ":role/app/svc")),
                new Case("CreatePolicy is on the new policy's ARN", policy("Allow", "iam:CreatePolicy",
                        "arn:aws:iam::" + ACCT + ":policy/team/*", null), "CreatePolicy",
                        Map.of("PolicyName", "p", "Path", "/team/", "PolicyDocument", "{}"), null),
                new Case("GetUser without a name is about the caller (self-service)", policy("Allow", "iam:GetUser",
                        "arn:aws:iam::*:user/${aws:username}", null), "GetUser", Map.of(), null),
                new Case("GetUser of someone else under a self-service policy", policy("Allow", "iam:GetUser",
                        "arn:aws:iam::*:user/${aws:username}", null), "GetUser", Map.of("UserName", "bob"),
                        denied("iam:GetUser", "arn:aws:iam::" + ACCT + ":user/bob")),
                new Case("user tags as resource tags", policy("Allow", "iam:GetUser", "*",
                        "{\"StringEquals\":{\"aws:ResourceTag/team\":\"red\"}}"), "GetUser", Map.of("UserName", "bob"),
                        null),
                new Case("a managed policy's tags as resource tags", policy("Allow", "iam:GetPolicy", "*",
                        "{\"StringEquals\":{\"aws:ResourceTag/team\":\"red\"}}"), "GetPolicy",
                        Map.of("PolicyArn", "arn:aws:iam::" + ACCT + ":policy/tagged"), null),
                new Case("a managed policy's tags are not iam:ResourceTag", policy("Allow", "iam:GetPolicy", "*",
                        "{\"StringEquals\":{\"iam:ResourceTag/team\":\"red\"}}"), "GetPolicy",
                        Map.of("PolicyArn", "arn:aws:iam::" + ACCT + ":policy/tagged"),
                        denied("iam:GetPolicy", "arn:aws:iam::" + ACCT + ":policy/tagged")),
                new Case("iam:PolicyARN is no key of GetPolicy", policy("Allow", "iam:*", "*",
                        "{\"ArnEquals\":{\"iam:PolicyARN\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\"}}"),
                        "GetPolicy", Map.of("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                        denied("iam:GetPolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess")),
                new Case("data perimeter: resources of the caller's own account",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:*\","
                                + "\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\","
                                + "\"Condition\":{\"StringNotEquals\":{\"aws:ResourceAccount\":\"${aws:PrincipalAccount}\"}}}]}",
                        "ListUsers", Map.of(), null),
                new Case("source address condition", policy("Allow", "iam:ListRoles", "*",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"), "ListRoles", Map.of(), null),
                new Case("source address outside", policy("Allow", "iam:ListRoles", "*",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"192.168.0.0/16\"}}"), "ListRoles", Map.of(),
                        denied("iam:ListRoles", "arn:aws:iam::" + ACCT + ":role/")),
                new Case("MFA idiom: BoolIfExists false denies long-term keys",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"},"
                                + "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"BoolIfExists\":"
                                + "{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}", "ListGroups", Map.of(),
                        "User: " + ALICE + " is not authorized to perform: iam:ListGroups on resource: arn:aws:iam::"
                                + ACCT + ":group/ with an explicit deny in an identity-based policy"),
                new Case("secure transport and requested region", policy("Allow", "iam:ListGroups", "*",
                        "{\"Bool\":{\"aws:SecureTransport\":\"true\"},\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}}"),
                        "ListGroups", Map.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesIamCalls(Case c) {
        CreatedAccessKey key = core.user("alice");
        core.iam().users().createUser(new UserRequests.CreateUser("bob", null, null,
                List.of(new dev.warden.core.model.Tag("team", "red"))));
        core.iam().roles().createRole(new dev.warden.core.iam.RoleRequests.CreateRole("svc", "/app/",
                CoreTestHome.trustNaming("arn:aws:iam::" + ACCT + ":root"), null, null, null, List.of()));
        core.iam().policies().createPolicy(new dev.warden.core.iam.PolicyRequests.CreatePolicy("tagged", "/",
                CoreTestHome.allow("iam:GetUser"), null, List.of(new dev.warden.core.model.Tag("team", "red"))));
        if (c.alicePolicy() != null) {
            core.userPolicy("alice", c.alicePolicy());
        }

        AuthorizationDecision decision = authorizer.authorize(
                core.call(QueryService.IAM, c.action(), core.principal(key), c.params()));

        if (c.denial() == null) {
            assertThat(decision).as(decision.explanation()).isInstanceOf(AuthorizationDecision.Allow.class);
        } else {
            assertThat(decision).as(decision.explanation()).isInstanceOf(AuthorizationDecision.Deny.class);
            assertThat(((AuthorizationDecision.Deny) decision).message()).isEqualTo(c.denial());
            assertThat(decision.explanation()).contains("\"decision\":");
        }
    }

    static String twoStatements(String first, String second) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement(first) + "," + statement(second) + "]}";
    }

    private static String statement(String policy) {
        return policy.substring(policy.indexOf('[') + 1, policy.lastIndexOf(']'));
    }

    static Stream<Case> passRoleCases() {
        String addRole = policy("Allow", "iam:AddRoleToInstanceProfile", "*", null);
        String svcArn = "arn:aws:iam::" + ACCT + ":role/app/svc";
        Map<String, String> params = Map.of("InstanceProfileName", "web", "RoleName", "svc");
        return Stream.of(
                new Case("AddRoleToInstanceProfile without iam:PassRole", addRole, "AddRoleToInstanceProfile", params,
                        denied("iam:PassRole", svcArn)),
                new Case("AddRoleToInstanceProfile with iam:PassRole on the role",
                        twoStatements(addRole, policy("Allow", "iam:PassRole", svcArn, null)),
                        "AddRoleToInstanceProfile", params, null),
                new Case("iam:PassRole on another role", twoStatements(addRole,
                        policy("Allow", "iam:PassRole", "arn:aws:iam::" + ACCT + ":role/other", null)),
                        "AddRoleToInstanceProfile", params, denied("iam:PassRole", svcArn)),
                new Case("iam:PassRole only to EC2", twoStatements(addRole, policy("Allow", "iam:PassRole", "*",
                        "{\"StringEquals\":{\"iam:PassedToService\":\"ec2.amazonaws.com\"}}")),
                        "AddRoleToInstanceProfile", params, null),
                new Case("iam:PassRole only to Lambda", twoStatements(addRole, policy("Allow", "iam:PassRole", "*",
                        "{\"StringEquals\":{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}")),
                        "AddRoleToInstanceProfile", params, denied("iam:PassRole", svcArn)),
                new Case("iam:PassRole within a data perimeter on the resource account", twoStatements(addRole,
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\","
                                + "\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\","
                                + "\"Condition\":{\"StringNotEquals\":{\"aws:ResourceAccount\":\"${aws:PrincipalAccount}\"}}}]}"),
                        "AddRoleToInstanceProfile", params, null),
                new Case("PassRole alone does not grant the call", policy("Allow", "iam:PassRole", "*", null),
                        "AddRoleToInstanceProfile", params,
                        denied("iam:AddRoleToInstanceProfile", "arn:aws:iam::" + ACCT + ":instance-profile/web")),
                new Case("RemoveRoleFromInstanceProfile needs no PassRole",
                        policy("Allow", "iam:RemoveRoleFromInstanceProfile", "*", null),
                        "RemoveRoleFromInstanceProfile", params, null),
                new Case("CreateRole needs no PassRole", policy("Allow", "iam:CreateRole", "*", null), "CreateRole",
                        Map.of("RoleName", "new", "AssumeRolePolicyDocument", "{}"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passRoleCases")
    void callsThatHandARoleToAServiceAlsoNeedPassRole(Case c) {
        decidesIamCalls(c);
    }

    @Test
    void getCallerIdentityIsNeverDenied() {
        CreatedAccessKey key = core.user("alice");
        core.userPolicy("alice", policy("Deny", "*", "*", null));

        assertThat(authorizer.authorize(core.call(QueryService.STS, "GetCallerIdentity", core.principal(key), Map.of())))
                .isInstanceOf(AuthorizationDecision.Allow.class);
    }

    @Test
    void sessionCredentialsCannotGetASessionToken() {
        Role role = core.role("r", CoreTestHome.trustNaming("arn:aws:iam::" + ACCT + ":root"), null);
        WardenPrincipal session = core.roleSession(role, "s");

        AuthorizationDecision decision = authorizer.authorize(core.call(QueryService.STS, "GetSessionToken", session, Map.of()));

        assertThat(((AuthorizationDecision.Deny) decision).message())
                .isEqualTo("Cannot call GetSessionToken with session credentials");
        CreatedAccessKey key = core.user("alice");
        assertThat(authorizer.authorize(core.call(QueryService.STS, "GetSessionToken", core.principal(key), Map.of())))
                .isInstanceOf(AuthorizationDecision.Allow.class);
    }

    @Test
    void userSessionTokensWithoutMfaCannotCallIam() {
        CreatedAccessKey key = core.user("alice");
        core.userPolicy("alice", policy("Allow", "*", "*", null));
        WardenPrincipal session = core.session(SessionGrant.of(ACCT,
                new SessionPrincipal.IamUser(key.accessKey().userId(), ALICE, "alice"), Duration.ofHours(1))).principal();

        assertThatThrownBy(() -> authorizer.authorize(core.call(QueryService.IAM, "ListUsers", session, Map.of())))
                .isInstanceOf(AwsError.class).hasMessage("The security token included in the request is invalid");
    }

    /**
     * IAM User Guide, "Requesting temporary security credentials" (Comparing the AWS STS API
     * operations): GetSessionToken credentials, with or without MFA, cannot call AWS STS API
     * operations except AssumeRole or GetCallerIdentity.
     */
    @ParameterizedTest(name = "{0}, MFA {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "GetAccessKeyInfo, false", "GetAccessKeyInfo, true",
        "DecodeAuthorizationMessage, false", "DecodeAuthorizationMessage, true",
        "GetWebIdentityToken, false", "AssumeRoot, false", "GetDelegatedAccessToken, true"})
    void userSessionTokensCallNoStsApiButAssumeRoleAndGetCallerIdentity(String action, boolean mfa) {
        CreatedAccessKey key = core.user("alice");
        core.userPolicy("alice", policy("Allow", "*", "*", null));
        WardenPrincipal session = core.session(new SessionGrant(ACCT,
                new SessionPrincipal.IamUser(key.accessKey().userId(), ALICE, "alice"), Duration.ofHours(1), null,
                List.of(), List.of(), List.of(), null, false, mfa)).principal();

        assertThat(authorizer.authorize(core.call(QueryService.STS, action, session, Map.of("AccessKeyId",
                "AKIAIOSFODNN7EXAMPLE", "EncodedMessage", "m", "Audience.member.1", "https://a.example"))))
                .isInstanceOfSatisfying(AuthorizationDecision.Deny.class, deny -> assertThat(deny.message())
                        .isEqualTo("User: " + ALICE + " is not authorized to perform: sts:" + action + " on resource: *"));
        assertThat(authorizer.authorize(core.call(QueryService.STS, "GetCallerIdentity", session, Map.of())))
                .isInstanceOf(AuthorizationDecision.Allow.class);
        assertThat(authorizer.authorize(core.call(QueryService.STS, "GetAccessKeyInfo", core.principal(key),
                Map.of("AccessKeyId", "AKIAIOSFODNN7EXAMPLE")))).isInstanceOf(AuthorizationDecision.Allow.class);
    }

    @Test
    void aRoleSessionIsLimitedByTheRolesBoundary() {
        ManagedPolicyService policies = core.iam().policies();
        policies.createPolicy(new PolicyRequests.CreatePolicy("only-get-user", null,
                policy("Allow", "iam:GetUser", "*", null), null, List.of()));
        core.iam().roles().createRole(new dev.warden.core.iam.RoleRequests.CreateRole("bounded", null,
                CoreTestHome.trustNaming("arn:aws:iam::" + ACCT + ":root"), null, null,
                "arn:aws:iam::" + ACCT + ":policy/only-get-user", List.of()));
        core.iam().inlinePolicies().putRolePolicy(new dev.warden.core.iam.InlinePolicyRequests.PutPolicy("bounded",
                "all", policy("Allow", "iam:*", "*", null)));
        Role role = core.iam().roles().getRole("bounded");
        WardenPrincipal session = core.roleSession(role, "s");

        AuthorizationDecision denied = authorizer.authorize(core.call(QueryService.IAM, "ListUsers", session, Map.of()));
        AuthorizationDecision allowed = authorizer.authorize(
                core.call(QueryService.IAM, "GetUser", session, Map.of("UserName", "x")));

        assertThat(((AuthorizationDecision.Deny) denied).message()).isEqualTo("User: arn:aws:sts::" + ACCT
                + ":assumed-role/bounded/s is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::" + ACCT
                + ":user/ because no permissions boundary policy allows the iam:ListUsers action");
        assertThat(allowed).isInstanceOf(AuthorizationDecision.Allow.class);
    }

    @Test
    void aSessionOfADeletedRoleKeepsNoPermissionsEvenIfTheNameIsReused() {
        Role old = core.role("reused", CoreTestHome.trustNaming("arn:aws:iam::" + ACCT + ":root"), null);
        WardenPrincipal session = core.roleSession(old, "s");
        core.iam().roles().deleteRole("reused");
        core.role("reused", CoreTestHome.trustNaming("arn:aws:iam::" + ACCT + ":root"), policy("Allow", "*", "*", null));
        generation.advance();

        assertThat(authorizer.authorize(core.call(QueryService.IAM, "ListUsers", session, Map.of())))
                .isInstanceOf(AuthorizationDecision.Deny.class);
    }

    @Test
    void compiledPoliciesAreReusedUntilTheGenerationAdvances() {
        CreatedAccessKey key = core.user("alice");
        WardenPrincipal alice = core.principal(key);
        assertThat(authorizer.authorize(core.call(QueryService.IAM, "ListUsers", alice, Map.of())))
                .isInstanceOf(AuthorizationDecision.Deny.class);

        core.userPolicy("alice", policy("Allow", "iam:ListUsers", "*", null));
        assertThat(authorizer.authorize(core.call(QueryService.IAM, "ListUsers", alice, Map.of())))
                .as("still the cached policies").isInstanceOf(AuthorizationDecision.Deny.class);

        generation.advance();
        assertThat(authorizer.authorize(core.call(QueryService.IAM, "ListUsers", alice, Map.of())))
                .isInstanceOf(AuthorizationDecision.Allow.class);
    }

    record TokenCase(String why, String policy, Map<String, String> params, boolean allowed) {}

    @Test
    void getWebIdentityTokenIsDecidedWithItsAudienceAlgorithmDurationAndTagKeys() {
        String capped = policy("Allow", "sts:GetWebIdentityToken", "*", "{\"ForAllValues:StringEquals\":"
                + "{\"sts:IdentityTokenAudience\":\"https://a\"},\"NumericLessThanEquals\":{\"sts:DurationSeconds\":300},"
                + "\"StringEquals\":{\"sts:SigningAlgorithm\":\"ES384\"}}");
        String withTags = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                + "[\"sts:GetWebIdentityToken\",\"sts:TagGetWebIdentityToken\"],\"Resource\":\"*\"}]}";
        Map<String, String> plain = Map.of("Audience.member.1", "https://a", "SigningAlgorithm", "ES384");
        Map<String, String> tagged = Map.of("Audience.member.1", "https://a", "SigningAlgorithm", "ES384",
                "Tags.member.1.Key", "k", "Tags.member.1.Value", "v");
        List<TokenCase> cases = List.of(
                new TokenCase("within every condition, default duration", capped, plain, true),
                new TokenCase("other audience", capped, Map.of("Audience.member.1", "https://b",
                        "SigningAlgorithm", "ES384"), false),
                new TokenCase("one allowed and one other audience", capped, Map.of("Audience.member.1", "https://a",
                        "Audience.member.2", "https://b", "SigningAlgorithm", "ES384"), false),
                new TokenCase("other algorithm", capped, Map.of("Audience.member.1", "https://a",
                        "SigningAlgorithm", "RS256"), false),
                new TokenCase("longer than the cap", capped, Map.of("Audience.member.1", "https://a",
                        "SigningAlgorithm", "ES384", "DurationSeconds", "301"), false),
                new TokenCase("tags without sts:TagGetWebIdentityToken", capped, tagged, false),
                new TokenCase("tags with sts:TagGetWebIdentityToken", withTags, tagged, true),
                new TokenCase("no policy", null, plain, false));
        for (int i = 0; i < cases.size(); i++) {
            TokenCase c = cases.get(i);
            String user = "u" + i;
            CreatedAccessKey key = core.user(user);
            if (c.policy() != null) {
                core.userPolicy(user, c.policy());
            }
            generation.advance();

            AuthorizationDecision decision = authorizer.authorize(
                    core.call(QueryService.STS, "GetWebIdentityToken", core.principal(key), c.params()));

            assertThat(decision).as(c.why()).isInstanceOf(c.allowed()
                    ? AuthorizationDecision.Allow.class : AuthorizationDecision.Deny.class);
        }
    }
}
