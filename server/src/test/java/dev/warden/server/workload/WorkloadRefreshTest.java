package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.iam.RoleRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workload sessions over time, with the server's clock moved by hand: reuse while fresh, a new session
 * before expiry that works where the old one has expired, the launcher in the audit trail of the
 * workload's calls, and a trust policy change stopping the workload at its next refresh.
 */
class WorkloadRefreshTest {

    private static final String GET_CALLER_IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";

    @TempDir
    Path home;

    WorkloadTestServer server;

    @BeforeEach
    void start() {
        server = new WorkloadTestServer(home);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void credentialsAreReusedWhileFreshAndRenewedBeforeTheyExpire() throws Exception {
        JsonNode workload = server.register(server.dev, "{\"roleArn\":\"app\",\"sessionName\":\"refresh\"}").json();
        String uri = workload.path("containerCredentialsFullUri").asText();
        Map<String, String> token = Map.of("Authorization", workload.path("authorizationToken").asText());

        JsonNode first = server.get(uri, token).json();
        server.clock.advance(Duration.ofMinutes(30));
        JsonNode stillFirst = server.get(uri, token).json();
        server.clock.advance(Duration.ofMinutes(15));
        JsonNode second = server.get(uri, token).json();
        server.clock.advance(Duration.ofMinutes(16));

        assertThat(stillFirst.path("AccessKeyId").asText()).isEqualTo(first.path("AccessKeyId").asText());
        assertThat(second.path("AccessKeyId").asText()).isNotEqualTo(first.path("AccessKeyId").asText());
        assertThat(callWith(first).body()).contains("ExpiredToken");
        WorkloadTestServer.Response renewed = callWith(second);
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.body()).contains("<Arn>arn:aws:sts::123456789012:assumed-role/app/refresh</Arn>");
    }

    static Stream<Arguments> durations() {
        return Stream.of(
                // session seconds, minutes after the first answer: still the same / a new session
                Arguments.of(900, 7, 8),
                Arguments.of(1800, 14, 16),
                Arguments.of(3600, 39, 41));
    }

    /**
     * IMDS makes new credentials available at least five minutes before the old ones expire (EC2 User
     * Guide, "Retrieve security credentials from instance metadata"); Warden does so 20 minutes before, or
     * halfway through a shorter session, so a 15-minute session is renewed with 7.5 minutes left.
     */
    @ParameterizedTest(name = "{0} s")
    @MethodSource("durations")
    void aNewSessionIsHandedOutWellBeforeTheOldOneExpires(int seconds, int sameAt, int newAt) throws Exception {
        JsonNode workload = server.register(server.dev,
                "{\"instanceProfile\":\"ip\",\"sessionName\":\"d" + seconds + "\",\"durationSeconds\":" + seconds + "}")
                .json();
        String endpoint = workload.path("metadataEndpoint").asText();
        String credentials = endpoint + "latest/meta-data/iam/security-credentials/ec2r";
        String token = server.put(endpoint + "latest/api/token", Map.of(InstanceMetadataEndpoint.TTL_HEADER, "21600"))
                .body();
        Map<String, String> withToken = Map.of(InstanceMetadataEndpoint.TOKEN_HEADER, token);

        JsonNode first = server.get(credentials, withToken).json();
        Instant expiration = Instant.parse(first.path("Expiration").asText());
        server.clock.advance(Duration.ofMinutes(sameAt));
        JsonNode same = server.get(credentials, withToken).json();
        server.clock.advance(Duration.ofMinutes(newAt - sameAt));
        JsonNode renewed = server.get(credentials, withToken).json();

        assertThat(Duration.between(Instant.parse(first.path("LastUpdated").asText()), expiration))
                .isEqualTo(Duration.ofSeconds(seconds));
        assertThat(same.path("AccessKeyId").asText()).isEqualTo(first.path("AccessKeyId").asText());
        assertThat(renewed.path("AccessKeyId").asText()).isNotEqualTo(first.path("AccessKeyId").asText());
        assertThat(Duration.between(server.clock.instant(), expiration)).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(Instant.parse(renewed.path("Expiration").asText())).isAfter(expiration);
    }

    @Test
    void theLauncherIsTheSourceIdentityOfEveryCallAndIsAudited() throws Exception {
        JsonNode workload = server.register(server.dev,
                "{\"roleArn\":\"fn\",\"sessionName\":\"good-fn\",\"service\":\"lambda\"}").json();
        JsonNode credentials = server.get(workload.path("containerCredentialsFullUri").asText(),
                Map.of("Authorization", workload.path("authorizationToken").asText())).json();
        assertThat(callWith(credentials).status()).isEqualTo(200);
        server.app.home().audit().flush();

        List<AuditEvent> events = server.app.home().audit().query(AuditQuery.latest(100));

        AuditEvent registered = only(events, "RegisterWorkload");
        assertThat(registered.userIdentity().arn()).isEqualTo("arn:aws:iam::123456789012:user/dev");
        assertThat(registered.requestParameters().path("service").asText()).isEqualTo("lambda.amazonaws.com");
        AuditEvent minted = only(events, "IssueWorkloadCredentials");
        assertThat(minted.userIdentity().arn()).isEqualTo("arn:aws:iam::123456789012:user/dev");
        assertThat(minted.requestParameters().path("issuedAccessKeyId").asText())
                .isEqualTo(credentials.path("AccessKeyId").asText());
        AuditEvent call = only(events, "GetCallerIdentity");
        assertThat(call.userIdentity().arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/fn/good-fn");
        assertThat(call.userIdentity().sessionContext().sourceIdentity()).isEqualTo("dev");
    }

    @Test
    void aTrustPolicyChangeStopsTheWorkloadAtItsNextRefresh() throws Exception {
        JsonNode workload = server.register(server.dev,
                "{\"roleArn\":\"fn\",\"sessionName\":\"good-fn\",\"service\":\"lambda\"}").json();
        String uri = workload.path("containerCredentialsFullUri").asText();
        Map<String, String> token = Map.of("Authorization", workload.path("authorizationToken").asText());
        assertThat(server.get(uri, token).status()).isEqualTo(200);

        server.app.home().iam().roles().updateAssumeRolePolicy(new RoleRequests.UpdateAssumeRolePolicy("fn",
                WorkloadTestServer.EC2_TRUST));
        server.app.iamChanged();
        WorkloadTestServer.Response fresh = server.get(uri, token);
        server.clock.advance(Duration.ofMinutes(45));
        WorkloadTestServer.Response refresh = server.get(uri, token);

        assertThat(fresh.status()).as("the current session is still handed out").isEqualTo(200);
        assertThat(refresh.status()).isEqualTo(403);
        assertThat(refresh.json().path("Message").asText()).startsWith("Check failed: trust policy.");
    }

    private WorkloadTestServer.Response callWith(JsonNode credentials) throws Exception {
        return server.signed(new WorkloadTestServer.Key(credentials.path("AccessKeyId").asText(),
                credentials.path("SecretAccessKey").asText()), "POST", "/", GET_CALLER_IDENTITY,
                Optional.of(credentials.path("Token").asText()));
    }

    private static AuditEvent only(List<AuditEvent> events, String name) {
        List<AuditEvent> named = events.stream().filter(e -> e.eventName().equals(name)).toList();
        assertThat(named).as(name).hasSize(1);
        return named.get(0);
    }
}
