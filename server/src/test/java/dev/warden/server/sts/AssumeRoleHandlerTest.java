package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.TokenVerification;
import dev.warden.server.error.AwsError;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.xml.QueryXmlDocuments;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class AssumeRoleHandlerTest {

    static final String ROLE = "arn:aws:iam::123456789012:role/target";

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock();
    CoreTestHome core;
    AssumeRoleHandler handler;
    WardenPrincipal alice;
    Role target;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, clock);
        handler = new AssumeRoleHandler(core.iam(), core.home().sessions(), arn -> arn.startsWith("arn:aws:iam::aws:")
                ? ManagedPolicies.get().find(arn).map(p -> p.document())
                : core.iam().policies().defaultDocument(arn));
        CreatedAccessKey key = core.user("alice");
        alice = core.principal(key);
        target = core.role("target", CoreTestHome.trustNaming("arn:aws:iam::123456789012:user/alice"), null);
    }

    @AfterEach
    void close() {
        core.close();
    }

    Document assume(WardenPrincipal caller, Map<String, String> extra) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("RoleArn", ROLE);
        params.put("RoleSessionName", "s1");
        params.putAll(extra);
        byte[] xml = QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "AssumeRole", "r",
                handler.handle(core.call(QueryService.STS, "AssumeRole", caller, params)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Document xml, String element) {
        var nodes = xml.getElementsByTagNameNS("*", element);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    static List<String> childNames(Document xml, String parent) {
        Element element = (Element) xml.getElementsByTagNameNS("*", parent).item(0);
        List<String> names = new java.util.ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            names.add(n.getLocalName());
        }
        return names;
    }

    SessionClaims claims(Document xml) {
        return ((TokenVerification.Valid) core.home().sessions().verify(text(xml, "SessionToken"))).claims();
    }

    @Test
    void issuesCredentialsInTheModelsShape() throws Exception {
        Document xml = assume(alice, Map.of());

        assertThat(childNames(xml, "AssumeRoleResult")).containsExactly("Credentials", "AssumedRoleUser");
        assertThat(childNames(xml, "Credentials"))
                .containsExactly("AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration");
        assertThat(childNames(xml, "AssumedRoleUser")).containsExactly("AssumedRoleId", "Arn");
        assertThat(text(xml, "AccessKeyId")).startsWith("ASIA");
        assertThat(text(xml, "SecretAccessKey")).hasSize(40);
        assertThat(text(xml, "AssumedRoleId")).isEqualTo(target.roleId() + ":s1");
        assertThat(text(xml, "Arn")).isEqualTo("arn:aws:sts::123456789012:assumed-role/target/s1");
        SessionClaims claims = claims(xml);
        assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plusSeconds(3600));
        assertThat(claims.roleChained()).isFalse();
    }

    @Test
    void theArnLeavesOutTheRolePath() throws Exception {
        core.iam().roles().createRole(new RoleRequests.CreateRole("deep", "/team/app/",
                CoreTestHome.trustNaming("arn:aws:iam::123456789012:user/alice"), null, null, null, List.of()));

        Document xml = assume(alice, Map.of("RoleArn", "arn:aws:iam::123456789012:role/team/app/deep"));

        assertThat(text(xml, "Arn")).isEqualTo("arn:aws:sts::123456789012:assumed-role/deep/s1");
    }

    record Failure(String name, Map<String, String> params, String code, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Failure> failures() {
        return Stream.of(
                new Failure("beyond MaxSessionDuration", Map.of("DurationSeconds", "7200"), "ValidationError",
                        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."),
                new Failure("below the minimum", Map.of("DurationSeconds", "899"), "ValidationError",
                        "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: "
                                + "Member must have value greater than or equal to 900"),
                new Failure("several model violations at once", Map.of("RoleSessionName", "x", "ExternalId", "e"),
                        "ValidationError", "2 validation errors detected: Value 'x' at 'roleSessionName' failed to "
                                + "satisfy constraint: Member must have length greater than or equal to 2; Value 'e' at "
                                + "'externalId' failed to satisfy constraint: Member must have length greater than or equal to 2"),
                new Failure("malformed session policy", Map.of("Policy", "{\"Statement\":"), "MalformedPolicyDocument",
                        "Syntax errors in policy."),
                new Failure("session policy over 2,048 characters", Map.of("Policy", "{\"Version\":\"2012-10-17\","
                        + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::"
                        + "b".repeat(2100) + "\"}]}"), "ValidationError", null),
                new Failure("unknown managed session policy", Map.of("PolicyArns.member.1.arn",
                        "arn:aws:iam::123456789012:policy/missing"), "MalformedPolicyDocument",
                        "Policy arn:aws:iam::123456789012:policy/missing does not exist or is not attachable."),
                new Failure("packed policy too large", packedTooLarge(), "PackedPolicyTooLarge", null),
                new Failure("transitive key that is not a tag", Map.of("Tags.member.1.Key", "a", "Tags.member.1.Value", "1",
                        "TransitiveTagKeys.member.1", "b"), "InvalidParameterValue",
                        "The specified transitive tag key must be included in the requested tags."),
                new Failure("an MFA device that is not the caller's", Map.of("SerialNumber",
                        "arn:aws:iam::123456789012:mfa/alice", "TokenCode", "123456"), "AccessDenied",
                        MfaCodeCheck.NOT_ASSOCIATED),
                new Failure("a serial number without a code", Map.of("SerialNumber",
                        "arn:aws:iam::123456789012:mfa/alice"), "AccessDenied", MfaCodeCheck.INCOMPLETE),
                new Failure("reserved source identity prefix", Map.of("SourceIdentity", "aws:me"), "ValidationError", null),
                new Failure("reserved session tag key prefix", Map.of("Tags.member.1.Key", "aws:team",
                        "Tags.member.1.Value", "x"), "InvalidParameterValue",
                        "User-defined tag keys can't start with 'aws:'. This prefix is reserved for AWS."));
    }

    static Map<String, String> packedTooLarge() {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            tags.put("Tags.member." + i + ".Key", "key-" + i + "-" + "k".repeat(100));
            tags.put("Tags.member." + i + ".Value", "v".repeat(200));
        }
        return tags;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void refuses(Failure f) {
        assertThatThrownBy(() -> assume(alice, f.params()))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code().code()).isEqualTo(f.code());
                    if (f.message() != null) {
                        assertThat(e.getMessage()).isEqualTo(f.message());
                    }
                });
    }

    @Test
    void packedTooLargeSaysByHowMuch() {
        assertThatThrownBy(() -> assume(alice, packedTooLarge()))
                .hasMessageMatching("Packed policy consumes \\d{3}% of allotted space, please use smaller policy\\.");
    }

    @Test
    void sessionPoliciesTagsAndSourceIdentityGoIntoTheToken() throws Exception {
        core.iam().policies().createPolicy(PolicyRequests.CreatePolicy.of("narrow", CoreTestHome.allow("iam:GetUser")));
        String inline = CoreTestHome.allow("iam:ListUsers");

        Document xml = assume(alice, Map.of("Policy", inline,
                "PolicyArns.member.1.arn", "arn:aws:iam::123456789012:policy/narrow",
                "Tags.member.1.Key", "project", "Tags.member.1.Value", "p1",
                "TransitiveTagKeys.member.1", "project", "SourceIdentity", "alice-laptop"));

        assertThat(childNames(xml, "AssumeRoleResult"))
                .containsExactly("Credentials", "AssumedRoleUser", "PackedPolicySize", "SourceIdentity");
        assertThat(Integer.parseInt(text(xml, "PackedPolicySize"))).isBetween(1, 100);
        assertThat(text(xml, "SourceIdentity")).isEqualTo("alice-laptop");
        SessionClaims claims = claims(xml);
        assertThat(claims.sessionPolicy()).isEqualTo(inline);
        assertThat(claims.sessionPolicyArns()).containsExactly("arn:aws:iam::123456789012:policy/narrow");
        assertThat(claims.sessionTags()).containsExactly(new Tag("project", "p1"));
        assertThat(claims.transitiveTagKeys()).containsExactly("project");
        assertThat(claims.sourceIdentity()).isEqualTo("alice-laptop");
    }

    @Test
    void chainedSessionsInheritTransitiveTagsAndSourceIdentityAndAreCappedAtAnHour() throws Exception {
        core.iam().roles().updateRole(new RoleRequests.UpdateRole("target", null, 43_200));
        Role source = core.role("source", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        WardenPrincipal chained = core.session(new SessionGrant(CoreTestHome.ACCOUNT,
                new SessionPrincipal.AssumedRole(source.roleId(), source.arn(), "source", "s0"), Duration.ofHours(1),
                null, List.of(), List.of(new Tag("project", "p1"), new Tag("local", "x")), List.of("project"),
                "alice-laptop", false, false)).principal();

        assertThatThrownBy(() -> assume(chained, Map.of("DurationSeconds", "3601")))
                .hasMessage("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        // AWS's answer, recorded against AWS in localstack's STS snapshot tests (same key and other case alike).
        for (String key : List.of("project", "Project")) {
            assertThatThrownBy(() -> assume(chained, Map.of("Tags.member.1.Key", key, "Tags.member.1.Value", "p2")))
                    .isInstanceOfSatisfying(AwsError.class,
                            e -> assertThat(e.code().code()).isEqualTo("InvalidParameterValue"))
                    .hasMessage("One of the specified transitive tag keys can't be set because it conflicts with a "
                            + "transitive tag key from the calling session.");
        }

        SessionClaims claims = claims(assume(chained, Map.of("DurationSeconds", "3600")));
        assertThat(claims.roleChained()).isTrue();
        assertThat(claims.sessionTags()).containsExactly(new Tag("project", "p1"));
        assertThat(claims.transitiveTagKeys()).containsExactly("project");
        assertThat(claims.sourceIdentity()).isEqualTo("alice-laptop");
        assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plusSeconds(3600));
    }

    @Test
    void aRoleDeletedAfterAuthorizationIsStillAccessDenied() {
        core.iam().roles().deleteRole("target");

        assertThatThrownBy(() -> assume(alice, Map.of()))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code().code()).isEqualTo("AccessDenied"))
                .hasMessage("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole "
                        + "on resource: " + ROLE);
    }

    @Test
    void optionalParametersThatAreAbsentStayOutOfTheToken() throws Exception {
        SessionClaims claims = claims(assume(alice, Map.of()));

        assertThat(claims.sessionPolicy()).isNull();
        assertThat(claims.sessionPolicyArns()).isEmpty();
        assertThat(claims.sessionTags()).isEmpty();
        assertThat(claims.sourceIdentity()).isNull();
        assertThat(Optional.ofNullable(claims.sourceIdentity())).isEmpty();
    }

    /**
     * The one-hour cap applies to any caller signing with temporary credentials: a role session (role
     * chaining, AssumeRole API reference, DurationSeconds) and a GetSessionToken session too (AWS
     * Knowledge Center "iam-role-chaining-limit": MFA users' GetSessionToken credentials are limited to
     * 1 hour when they assume a role). Long-term keys get the role's MaxSessionDuration.
     */
    @ParameterizedTest(name = "{0} asking for {1} s")
    @org.junit.jupiter.params.provider.CsvSource({
        "role session,            3601, The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        "GetSessionToken session, 3601, The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        "role session,            3600, ",
        "GetSessionToken session, 3600, ",
        "long-term key,           43200, "})
    void temporaryCallersAreCappedAtAnHour(String caller, int seconds, String refusal) throws Exception {
        core.iam().roles().updateRole(new RoleRequests.UpdateRole("target", null, 43_200));
        Role source = core.role("source", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        WardenPrincipal principal = switch (caller) {
            case "role session" -> core.session(SessionGrant.of(CoreTestHome.ACCOUNT,
                    new SessionPrincipal.AssumedRole(source.roleId(), source.arn(), "source", "s0"),
                    Duration.ofHours(1))).principal();
            case "GetSessionToken session" -> core.session(SessionGrant.of(CoreTestHome.ACCOUNT,
                    new SessionPrincipal.IamUser(alice.caller().uniqueId().orElseThrow(), alice.caller().arn(), "alice"),
                    Duration.ofHours(12))).principal();
            default -> alice;
        };
        Map<String, String> params = Map.of("DurationSeconds", Integer.toString(seconds));

        if (refusal == null) {
            SessionClaims claims = claims(assume(principal, params));
            assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plusSeconds(seconds));
        } else {
            assertThatThrownBy(() -> assume(principal, params))
                    .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code().code()).isEqualTo("ValidationError"))
                    .hasMessage(refusal);
        }
    }
}
