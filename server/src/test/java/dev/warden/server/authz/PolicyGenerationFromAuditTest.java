package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.catalog.Catalog;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.access.AccountPrincipals;
import dev.warden.insight.generate.AuditUsage;
import dev.warden.insight.generate.GeneratedPolicy;
import dev.warden.insight.generate.PolicyGenerator;
import dev.warden.insight.generate.UsedAccess;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicySizeLimits;
import dev.warden.server.app.WardenApp;
import dev.warden.server.app.WardenAppSettings;
import dev.warden.server.testing.MutableClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * {@code policy generate} on an audit log written by the real server: a workload runs as two
 * sessions of a role through the AWS SDK, then the policy generated from the log is evaluated by
 * the engine: it allows every call that was made and denies calls that were not.
 */
class PolicyGenerationFromAuditTest {

    static final String ACCOUNT = "123456789012";
    static final String ARN = "arn:aws:iam::" + ACCOUNT + ":";
    static final String WORKER = ARN + "role/worker";

    @TempDir
    Path home;

    WardenApp app;
    Iam iam;

    @BeforeEach
    void start() {
        app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, ACCOUNT, new MutableClock()));
        iam = app.home().iam();
        iam.users().createUser(new UserRequests.CreateUser("svc-a", "/app/", null, List.of()));
        iam.users().createUser(new UserRequests.CreateUser("svc-b", "/app/", null, List.of()));
        iam.roles().createRole(RoleRequests.CreateRole.of("worker", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},\
                "Action":"sts:AssumeRole"}]}"""));
        iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("worker", "broad", """
                {"Version":"2012-10-17","Statement":[\
                {"Effect":"Allow","Action":["iam:Get*","iam:List*","iam:TagUser"],"Resource":"*"},\
                {"Effect":"Allow","Action":"lambda:*","Resource":"*"}]}"""));
        app.iamChanged();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theGeneratedPolicyAllowsEveryCallMadeAndDeniesTheOthers() throws Exception {
        AwsCredentials admin = adminCredentials();
        try (IamClient first = iamClient(session(admin, "first")); IamClient second = iamClient(session(admin, "second"))) {
            first.listUsers();
            first.getUser(r -> r.userName("svc-a"));
            first.tagUser(r -> r.userName("svc-a").tags(Tag.builder().key("team").value("x").build()));
            second.getUser(r -> r.userName("svc-b"));
            second.getRole(r -> r.roleName("worker"));
            // Denied by the current policies: must not be in the generated one.
            assertThatThrownBy(() -> second.createUser(r -> r.userName("nope"))).isInstanceOf(IamException.class);
        }

        AccountPrincipal worker = new AccountPrincipals(iam, PolicyDocuments.withEmbeddedCatalog()).find(WORKER).orElseThrow();
        AuditUsage usage = AuditUsage.read(app.home().audit(), worker, null, null);
        assertThat(usage.calls()).isEqualTo(6);
        assertThat(usage.used().stream().map(UsedAccess::action).collect(Collectors.toSet()))
                .isEqualTo(Set.of("iam:ListUsers", "iam:GetUser", "iam:TagUser", "iam:GetRole"));
        assertThat(usage.used()).contains(new UsedAccess("iam:GetUser", ARN + "user/app/svc-a"),
                new UsedAccess("iam:GetUser", ARN + "user/app/svc-b"));

        GeneratedPolicy generated = PolicyGenerator.generate(worker, usage, Catalog.get());
        PolicySet onlyGenerated = PolicySet.builder().identity(compile(generated.document().toString())).build();
        Authorizer engine = new Authorizer();
        for (UsedAccess used : usage.used()) {
            assertThat(engine.decide(onlyGenerated, request(worker, used.action(), used.resource())).allowed())
                    .as("generated policy allows %s on %s", used.action(), used.resource()).isTrue();
        }
        for (UsedAccess notMade : List.of(
                new UsedAccess("iam:CreateUser", ARN + "user/nope"),
                new UsedAccess("iam:DeleteUser", ARN + "user/app/svc-a"),
                new UsedAccess("iam:GetUser", ARN + "user/admin"),
                new UsedAccess("iam:TagUser", ARN + "user/app/svc-b"),
                new UsedAccess("iam:GetPolicy", ARN + "policy/any"),
                new UsedAccess("lambda:CreateFunction", "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:f"))) {
            assertThat(engine.decide(onlyGenerated, request(worker, notMade.action(), notMade.resource())).allowed())
                    .as("generated policy denies %s on %s", notMade.action(), notMade.resource()).isFalse();
        }
        assertThat(generated.diff().unusedServices()).contains("lambda");
        assertThat(generated.diff().unusedActions()).contains("iam:GetPolicy", "iam:ListRoles").doesNotContain("iam:GetUser");
    }

    private static AuthorizationRequest request(AccountPrincipal principal, String action, String resource) {
        return AuthorizationRequest.of(principal.caller(), action, resource, principal.keys());
    }

    private static CompiledPolicy compile(String document) throws Exception {
        return PolicyCompiler.compile(new PolicyParser(PolicySizeLimits.defaults()).parse(document, PolicyKind.IDENTITY_MANAGED),
                "generated", PolicyType.IDENTITY);
    }

    private AwsCredentials adminCredentials() throws Exception {
        Properties profile = new Properties();
        try (var in = Files.newBufferedReader(app.home().credentialsFile())) {
            profile.load(in);
        }
        return AwsBasicCredentials.create(profile.getProperty("aws_access_key_id"), profile.getProperty("aws_secret_access_key"));
    }

    private AwsCredentials session(AwsCredentials admin, String name) {
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port()))
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(admin)).build()) {
            Credentials c = sts.assumeRole(r -> r.roleArn(WORKER).roleSessionName(name)).credentials();
            return AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
        }
    }

    private IamClient iamClient(AwsCredentials credentials) {
        return IamClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port()))
                .region(Region.AWS_GLOBAL).credentialsProvider(StaticCredentialsProvider.create(credentials)).build();
    }
}
