package dev.warden.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
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

class AuditLogSinkTest {

    @TempDir
    Path folder;

    CoreTestHome core;
    AuditLogSink sink;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        sink = new AuditLogSink(core.home().audit());
    }

    @AfterEach
    void close() {
        core.close();
    }

    static dev.warden.server.AuditEvent wireEvent(QueryCall<WardenPrincipal> call, Map<String, String> params,
            Optional<String> errorCode, Optional<String> errorMessage, Optional<AuthorizationDecision> decision) {
        return new dev.warden.server.AuditEvent(call.requestId(), call.receivedAt(), call.service().signingName(),
                Optional.of(call.action()), call.caller().map(c -> c.identity()), call.caller().map(c -> c.accessKeyId()),
                "10.1.2.3", "aws-cli/2", errorCode.isPresent() ? 403 : 200, errorCode, decision, Duration.ofMillis(2),
                call.caller().map(c -> c), errorMessage, params);
    }

    @Test
    void aRoleSessionCallIsRecordedInCloudTrailShape() {
        Role role = core.role("reader", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        WardenPrincipal session = core.session(new SessionGrant(CoreTestHome.ACCOUNT,
                new SessionPrincipal.AssumedRole(role.roleId(), role.arn(), "reader", "s1"), Duration.ofHours(1), null,
                List.of(), List.of(new Tag("k", "v")), List.of(), "alice-laptop", false, false)).principal();
        Map<String, String> params = Map.of("Action", "CreateLoginProfile", "Version", "2010-05-08",
                "UserName", "bob", "Password", "Sup3r-secret!");
        QueryCall<WardenPrincipal> call = core.call(QueryService.IAM, "CreateLoginProfile", session, params);

        sink.record(wireEvent(call, params, Optional.of("AccessDenied"), Optional.of("User: … not authorized"),
                Optional.of(new AuthorizationDecision.Deny("User: … not authorized",
                        "{\"decision\":\"implicitDeny\",\"step\":\"NO_IDENTITY_ALLOW\"}"))));

        AuditEvent stored = core.home().audit().query(AuditQuery.latest(10)).get(0);
        assertThat(stored.eventName()).isEqualTo("CreateLoginProfile");
        assertThat(stored.eventSource()).isEqualTo("iam.amazonaws.com");
        assertThat(stored.awsRegion()).isEqualTo("us-east-1");
        assertThat(stored.sourceIpAddress()).isEqualTo("10.1.2.3");
        assertThat(stored.userAgent()).isEqualTo("aws-cli/2");
        assertThat(stored.requestId()).isEqualTo("request-1");
        assertThat(stored.errorCode()).isEqualTo("AccessDenied");
        assertThat(stored.errorMessage()).isEqualTo("User: … not authorized");
        assertThat(stored.userIdentity().type()).isEqualTo("AssumedRole");
        assertThat(stored.userIdentity().arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/reader/s1");
        assertThat(stored.userIdentity().accessKeyId()).isEqualTo(session.accessKeyId());
        assertThat(stored.userIdentity().sessionContext().sessionIssuer().arn()).isEqualTo(role.arn());
        assertThat(stored.userIdentity().sessionContext().sessionIssuer().type()).isEqualTo("Role");
        assertThat(stored.userIdentity().sessionContext().sourceIdentity()).isEqualTo("alice-laptop");
        assertThat(stored.requestParameters().toString()).isEqualTo("{\"userName\":\"bob\"}");
        assertThat(stored.decision().path("step").asText()).isEqualTo("NO_IDENTITY_ALLOW");
        assertThat(stored.toString()).doesNotContain("Sup3r-secret!");
    }

    @Test
    void aLongTermKeyCallAndAnUnauthenticatedOne() {
        WardenPrincipal alice = core.principal(core.user("alice"));
        QueryCall<WardenPrincipal> call = core.call(QueryService.STS, "GetCallerIdentity", alice, Map.of());
        sink.record(wireEvent(call, Map.of(), Optional.empty(), Optional.empty(),
                Optional.of(new AuthorizationDecision.Allow("sts:GetCallerIdentity needs no permission"))));
        sink.record(new dev.warden.server.AuditEvent("r2", call.receivedAt(), "sts", Optional.empty(), Optional.empty(),
                Optional.empty(), "10.9.9.9", "", 403, Optional.of("MissingAuthenticationToken"), Optional.empty(),
                Duration.ZERO));

        List<AuditEvent> events = core.home().audit().query(AuditQuery.latest(10));
        AuditEvent anonymous = events.stream().filter(e -> e.requestId().equals("r2")).findFirst().orElseThrow();
        AuditEvent signed = events.stream().filter(e -> e.requestId().equals("request-1")).findFirst().orElseThrow();
        assertThat(signed.userIdentity().type()).isEqualTo("IAMUser");
        assertThat(signed.userIdentity().sessionContext()).isNull();
        assertThat(signed.eventSource()).isEqualTo("sts.amazonaws.com");
        assertThat(signed.decision().path("explanation").asText()).isEqualTo("sts:GetCallerIdentity needs no permission");
        assertThat(anonymous.userIdentity().type()).isNull();
        assertThat(anonymous.eventName()).isEqualTo("unknown");
        assertThat(anonymous.errorCode()).isEqualTo("MissingAuthenticationToken");
    }

    @Test
    void aWebIdentitySessionIsAttributedToItsProvider() {
        Role role = core.role("deploy", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        String provider = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
        Map<String, List<String>> keys = Map.of("token.actions.githubusercontent.com:sub",
                List.of("repo:org/repo:ref:refs/heads/main"));
        WardenPrincipal session = core.session(new SessionGrant(CoreTestHome.ACCOUNT,
                new SessionPrincipal.AssumedRole(role.roleId(), role.arn(), "deploy", "ci"), Duration.ofHours(1), null,
                List.of(), List.of(), List.of(), null, false, false, provider, keys)).principal();
        QueryCall<WardenPrincipal> call = core.call(QueryService.STS, "GetCallerIdentity", session, Map.of());

        sink.record(wireEvent(call, Map.of(), Optional.empty(), Optional.empty(),
                Optional.of(new AuthorizationDecision.Allow("sts:GetCallerIdentity needs no permission"))));

        AuditEvent stored = core.home().audit().query(AuditQuery.latest(1)).get(0);
        assertThat(stored.userIdentity().type()).isEqualTo("AssumedRole");
        assertThat(stored.userIdentity().sessionContext().webIdFederationData().federatedProvider()).isEqualTo(provider);
        assertThat(stored.userIdentity().sessionContext().webIdFederationData().attributes())
                .containsEntry("token.actions.githubusercontent.com:sub", "repo:org/repo:ref:refs/heads/main");
    }

    @Test
    void anAssumeRoleWithWebIdentityCallIsMadeByTheWebIdentityUser() {
        Map<String, String> params = Map.of("Action", "AssumeRoleWithWebIdentity", "Version", "2011-06-15",
                "RoleArn", "arn:aws:iam::123456789012:role/deploy", "RoleSessionName", "ci",
                "WebIdentityToken", "eyJhbGciOiJSUzI1NiJ9.secret-token.signature");
        String principalId = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
                + ":sts.amazonaws.com:repo:org/repo:ref:refs/heads/main";
        String explanation = "{\"webIdentity\":{\"principalId\":\"" + principalId + "\"},\"decisions\":[]}";
        QueryCall<WardenPrincipal> call = core.unsignedCall(QueryService.STS, "AssumeRoleWithWebIdentity", params);

        sink.record(wireEvent(call, params, Optional.of("AccessDenied"),
                Optional.of("Not authorized to perform sts:AssumeRoleWithWebIdentity"),
                Optional.of(new AuthorizationDecision.Deny("Not authorized to perform sts:AssumeRoleWithWebIdentity",
                        explanation))));

        AuditEvent stored = core.home().audit().query(AuditQuery.latest(1)).get(0);
        assertThat(stored.userIdentity().type()).isEqualTo("WebIdentityUser");
        assertThat(stored.userIdentity().principalId()).isEqualTo(principalId);
        assertThat(stored.requestParameters().toString()).doesNotContain("secret-token");
        assertThat(stored.requestParameters().path("roleSessionName").asText()).isEqualTo("ci");
    }

    @Test
    void anAssumeRoleWithSamlCallIsMadeByTheSamlUser() {
        Map<String, String> params = Map.of("Action", "AssumeRoleWithSAML", "Version", "2011-06-15",
                "RoleArn", "arn:aws:iam::123456789012:role/analyst",
                "PrincipalArn", "arn:aws:iam::123456789012:saml-provider/okta",
                "SAMLAssertion", "PHNhbWxwOlJlc3BvbnNlIHNlY3JldC1hc3NlcnRpb24=");
        String explanation = "{\"samlIdentity\":{\"provider\":\"arn:aws:iam::123456789012:saml-provider/okta\","
                + "\"subject\":\"jane@example.com\",\"nameQualifier\":\"Qm9ndXNRdWFsaWZpZXI=\"},\"decisions\":[]}";
        QueryCall<WardenPrincipal> call = core.unsignedCall(QueryService.STS, "AssumeRoleWithSAML", params);

        sink.record(wireEvent(call, params, Optional.of("AccessDenied"),
                Optional.of("Not authorized to perform sts:AssumeRoleWithSAML"),
                Optional.of(new AuthorizationDecision.Deny("Not authorized to perform sts:AssumeRoleWithSAML",
                        explanation))));

        AuditEvent stored = core.home().audit().query(AuditQuery.latest(1)).get(0);
        assertThat(stored.userIdentity().type()).isEqualTo("SAMLUser");
        assertThat(stored.userIdentity().principalId()).isEqualTo("Qm9ndXNRdWFsaWZpZXI=:jane@example.com");
        assertThat(stored.requestParameters().toString()).doesNotContain("PHNhbWxw");
    }
}
