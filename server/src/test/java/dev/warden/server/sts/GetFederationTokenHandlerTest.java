package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.CreatedAccessKey;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GetFederationTokenHandlerTest {

    static final String READ_ONLY = CoreTestHome.allow("s3:GetObject");

    @TempDir
    Path folder;

    CoreTestHome core;
    GetFederationTokenHandler handler;
    CreatedAccessKey key;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        handler = new GetFederationTokenHandler(core.home().sessions(), arn -> core.iam().policies().defaultDocument(arn));
        key = core.user("alice");
    }

    @AfterEach
    void close() {
        core.close();
    }

    String response(WardenPrincipal caller, Map<String, String> params) {
        return new String(QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "GetFederationToken", "r",
                handler.handle(core.call(QueryService.STS, "GetFederationToken", caller, params))), StandardCharsets.UTF_8);
    }

    SessionClaims claims(String xml) {
        Matcher token = Pattern.compile("<SessionToken>([^<]+)</SessionToken>").matcher(xml);
        assertThat(token.find()).isTrue();
        return ((TokenVerification.Valid) core.home().sessions().verify(token.group(1))).claims();
    }

    @Test
    void issuesAFederatedUserSessionInTheModelsShape() {
        String xml = response(core.principal(key), Map.of("Name", "bob-app", "Policy", READ_ONLY));

        assertThat(xml).contains("<GetFederationTokenResult><Credentials><AccessKeyId>ASIA")
                .contains("</Credentials><FederatedUser><FederatedUserId>123456789012:bob-app</FederatedUserId>"
                        + "<Arn>arn:aws:sts::123456789012:federated-user/bob-app</Arn></FederatedUser>"
                        + "<PackedPolicySize>");
        SessionClaims claims = claims(xml);
        assertThat(claims.principal()).isEqualTo(new SessionPrincipal.FederatedUser("123456789012", "bob-app",
                key.accessKey().userId(), "arn:aws:iam::123456789012:user/alice"));
        assertThat(claims.sessionPolicy()).isEqualTo(READ_ONLY);
    }

    /**
     * Unlike AssumeRole, AWS answers GetFederationToken without session policies or tags with
     * PackedPolicySize 0 (recorded against AWS in localstack's tests/aws/services/sts/test_sts.snapshot.json,
     * test_get_federation_token).
     */
    @Test
    void withoutASessionPolicyNothingIsPacked() {
        String xml = response(core.principal(key), Map.of("Name", "bob-app"));

        assertThat(xml).contains("</FederatedUser><PackedPolicySize>0</PackedPolicySize></GetFederationTokenResult>");
        assertThat(claims(xml).sessionPolicy()).isNull();
    }

    @Test
    void tagsBecomeSessionTags() {
        String xml = response(core.principal(key), Map.of("Name", "bob-app", "Tags.member.1.Key", "team",
                "Tags.member.1.Value", "blue"));

        assertThat(claims(xml).sessionTags()).containsExactly(new Tag("team", "blue"));
    }

    @ParameterizedTest(name = "DurationSeconds {0} gives {1} s")
    @CsvSource({"'', 43200", "900, 900", "129600, 129600"})
    void durationsOfAUser(String requested, long seconds) {
        Map<String, String> params = new LinkedHashMap<>(Map.of("Name", "bob-app"));
        if (!requested.isEmpty()) {
            params.put("DurationSeconds", requested);
        }
        SessionClaims claims = claims(response(core.principal(key), params));

        assertThat(Duration.between(claims.issuedAt(), claims.expiresAt())).hasSeconds(seconds);
    }

    @Test
    void theRootUsersSessionsLastAtMostAnHour() {
        assertThat(GetFederationTokenHandler.duration(Optional.empty(), true)).hasSeconds(3600);
        assertThat(GetFederationTokenHandler.duration(Optional.of(7200), true)).hasSeconds(3600);
        assertThat(GetFederationTokenHandler.duration(Optional.of(900), true)).hasSeconds(900);
    }

    record Failure(String name, Map<String, String> params, String code, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Failure> failures() {
        return Stream.of(
                new Failure("no name", Map.of(), "ValidationError",
                        "1 validation error detected: Value null at 'name' failed to satisfy constraint: "
                                + "Member must not be null"),
                new Failure("name too short", Map.of("Name", "b"), "ValidationError",
                        "1 validation error detected: Value 'b' at 'name' failed to satisfy constraint: "
                                + "Member must have length greater than or equal to 2"),
                new Failure("name too long", Map.of("Name", "b".repeat(33)), "ValidationError",
                        "1 validation error detected: Value '" + "b".repeat(33) + "' at 'name' failed to satisfy "
                                + "constraint: Member must have length less than or equal to 32"),
                new Failure("name with a space", Map.of("Name", "bob app"), "ValidationError",
                        "1 validation error detected: Value 'bob app' at 'name' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: [\\w+=,.@-]*"),
                new Failure("beyond 36 hours", Map.of("Name", "bob-app", "DurationSeconds", "129601"),
                        "ValidationError", "1 validation error detected: Value '129601' at 'durationSeconds' failed "
                                + "to satisfy constraint: Member must have value less than or equal to 129600"),
                new Failure("a malformed session policy", Map.of("Name", "bob-app", "Policy", "{\"Version\":1}"),
                        "MalformedPolicyDocument", null),
                new Failure("a policy ARN that does not exist", Map.of("Name", "bob-app",
                        "PolicyArns.member.1.arn", "arn:aws:iam::123456789012:policy/nope"), "MalformedPolicyDocument",
                        "Policy arn:aws:iam::123456789012:policy/nope does not exist or is not attachable."));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void refuses(Failure failure) {
        assertThatThrownBy(() -> response(core.principal(key), failure.params())).isInstanceOfSatisfying(AwsError.class,
                e -> {
                    assertThat(e.code().code()).isEqualTo(failure.code());
                    if (failure.message() != null) {
                        assertThat(e.getMessage()).isEqualTo(failure.message());
                    }
                });
    }

    @Test
    void sessionCredentialsCannotCallIt() {
        WardenPrincipal session = core.session(SessionGrant.of(CoreTestHome.ACCOUNT, new SessionPrincipal.IamUser(
                key.accessKey().userId(), "arn:aws:iam::123456789012:user/alice", "alice"), Duration.ofHours(1)))
                .principal();

        assertThatThrownBy(() -> response(session, Map.of("Name", "bob-app"))).isInstanceOfSatisfying(AwsError.class,
                e -> {
                    assertThat(e.code().code()).isEqualTo("AccessDenied");
                    assertThat(e.getMessage()).isEqualTo("Cannot call GetFederationToken with session credentials");
                });
    }
}
