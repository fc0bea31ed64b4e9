package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final String ALICE = "arn:aws:iam::123456789012:user/alice";
    private static final String BOB = "arn:aws:iam::123456789012:user/bob";

    @TempDir
    Path dir;

    private SqliteStore store;
    private AuditLog audit;

    @BeforeEach
    void setUp() {
        store = SqliteStore.open(dir.resolve("warden.db"));
        audit = new AuditLog(store, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private AuditEvent event(int minute, String principal, String name, String errorCode) throws Exception {
        UserIdentity identity = new UserIdentity("IAMUser", "AIDAEXAMPLEEXAMPLE123", principal, "123456789012",
                "AKIAEXAMPLEEXAMPLE12", null);
        return new AuditEvent(null, T0.plusSeconds(60L * minute), "iam.amazonaws.com", name, "us-east-1", "127.0.0.1",
                "aws-cli/2", identity, json("{\"userName\":\"x\"}"), null, errorCode,
                errorCode == null ? null : "denied", "req-" + minute, json("{\"decision\":\"Allow\"}"));
    }

    @Test
    void recordsFullCloudTrailShapeAndReadsItBack() throws Exception {
        SessionContext session = new SessionContext(T0, true,
                new SessionIssuer("Role", "AROAEXAMPLEEXAMPLE12", "arn:aws:iam::123456789012:role/r", "123456789012", "r"),
                "alice@example.com");
        UserIdentity identity = new UserIdentity("AssumedRole", "AROAEXAMPLEEXAMPLE12:s",
                "arn:aws:sts::123456789012:assumed-role/r/s", "123456789012", "ASIAEXAMPLEEXAMPLE12", session);
        AuditEvent stored = audit.record(new AuditEvent(null, null, "sts.amazonaws.com", "GetCallerIdentity", "us-east-1",
                "10.0.0.1", "boto3", identity, json("{}"), json("{\"account\":\"123456789012\"}"), null, null, "rq",
                json("{\"allowed\":true,\"matched\":[\"s1\"]}")));
        assertThat(stored.eventId()).isNotBlank();
        assertThat(stored.eventTime()).isEqualTo(T0);

        List<AuditEvent> all = audit.query(AuditQuery.latest(10));
        assertThat(all).containsExactly(stored);
        assertThat(all.get(0).userIdentity().sessionContext()).isEqualTo(session);
    }

    @Test
    void keepsTheWebIdentityFederationOfASession() throws Exception {
        SessionContext session = new SessionContext(T0, false,
                new SessionIssuer("Role", "AROAEXAMPLEEXAMPLE12", "arn:aws:iam::123456789012:role/r", "123456789012", "r"),
                null, new WebIdFederationData("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
                        Map.of("token.actions.githubusercontent.com:sub", "repo:org/repo:ref:refs/heads/main")));
        UserIdentity identity = new UserIdentity("AssumedRole", "AROAEXAMPLEEXAMPLE12:s",
                "arn:aws:sts::123456789012:assumed-role/r/s", "123456789012", "ASIAEXAMPLEEXAMPLE12", session);
        audit.record(new AuditEvent(null, null, "sts.amazonaws.com", "GetCallerIdentity", "us-east-1", "10.0.0.1",
                "boto3", identity, json("{}"), null, null, null, "rq", null));

        assertThat(audit.query(AuditQuery.latest(1)).get(0).userIdentity().sessionContext()).isEqualTo(session);
    }

    @Test
    void forEachVisitsEveryEventOfAWindowOnceNewestFirstAcrossPages() throws Exception {
        int count = 2 * AuditQuery.MAX_LIMIT + 300;
        for (int i = 0; i < count; i++) {
            // Three events share each second, so pages end in the middle of a group of equal times.
            AuditEvent e = event(0, i % 2 == 0 ? ALICE : BOB, "GetUser", null);
            audit.append(new AuditEvent(null, T0.plusSeconds(i / 3), e.eventSource(), e.eventName(), e.awsRegion(),
                    e.sourceIpAddress(), e.userAgent(), e.userIdentity(), e.requestParameters(), null, null, null,
                    "req-" + i, null));
        }
        record Case(Instant from, Instant to, String principal, int expected) {}
        for (Case c : List.of(new Case(null, null, null, count), new Case(null, null, ALICE, (count + 1) / 2),
                new Case(T0.plusSeconds(10), T0.plusSeconds(20), null, 30))) {
            List<AuditEvent> seen = new java.util.ArrayList<>();
            audit.forEach(c.from(), c.to(), c.principal(), seen::add);
            assertThat(seen).as(c.toString()).hasSize(c.expected());
            assertThat(seen.stream().map(AuditEvent::eventId).distinct()).as(c.toString()).hasSize(c.expected());
            assertThat(seen).as(c.toString()).isSortedAccordingTo(
                    java.util.Comparator.comparing(AuditEvent::eventTime).reversed());
        }
    }

    @Test
    void filtersByTimePrincipalNameAndErrorNewestFirst() throws Exception {
        audit.record(event(0, ALICE, "CreateUser", null));
        audit.record(event(1, BOB, "CreateUser", "AccessDenied"));
        audit.record(event(2, ALICE, "DeleteUser", "NoSuchEntity"));
        audit.record(event(3, ALICE, "CreateUser", null));

        assertThat(audit.query(AuditQuery.latest(10))).extracting(AuditEvent::requestId)
                .containsExactly("req-3", "req-2", "req-1", "req-0");
        assertThat(audit.query(new AuditQuery(null, null, ALICE, null, null, 10))).extracting(AuditEvent::requestId)
                .containsExactly("req-3", "req-2", "req-0");
        assertThat(audit.query(new AuditQuery(null, null, null, "CreateUser", null, 10))).hasSize(3);
        assertThat(audit.query(new AuditQuery(null, null, null, null, "AccessDenied", 10))).extracting(AuditEvent::requestId)
                .containsExactly("req-1");
        assertThat(audit.query(new AuditQuery(T0.plusSeconds(60), T0.plusSeconds(180), null, null, null, 10)))
                .extracting(AuditEvent::requestId).containsExactly("req-2", "req-1");
        assertThat(audit.query(AuditQuery.latest(2))).hasSize(2);
        assertThatThrownBy(() -> AuditQuery.latest(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsAreRemovedFromEveryJsonMember() throws Exception {
        JsonNode request = json("{\"UserName\":\"alice\",\"Password\":\"hunter2-plain\",\"nested\":[{\"SessionToken\":"
                + "\"tok-plain\"}]}");
        JsonNode response = json("{\"Credentials\":{\"AccessKeyId\":\"ASIAX\",\"SecretAccessKey\":\"sk-plain\","
                + "\"sessionToken\":\"tok2-plain\",\"Expiration\":\"2026\"}}");
        AuditEvent stored = audit.record(new AuditEvent(null, null, "sts.amazonaws.com", "AssumeRole", "us-east-1", null,
                null, UserIdentity.anonymous(), request, response, null, null, null, null));
        AuditEvent read = audit.query(AuditQuery.latest(1)).get(0);
        assertThat(read).isEqualTo(stored);
        String text = read.requestParameters().toString() + read.responseElements();
        assertThat(text).doesNotContain("plain").contains("alice").contains("ASIAX").contains("Expiration");
        assertThat(request.toString()).as("caller's JSON is not modified").contains("hunter2-plain");
        assertThat(Files.readAllBytes(dir.resolve("warden.db")).length).isPositive();
    }

    @Test
    void rowsCannotBeUpdatedOrDeleted() throws Exception {
        audit.record(event(0, ALICE, "CreateUser", null));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("warden.db"))) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE audit_events SET event_name = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM audit_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(audit.query(AuditQuery.latest(10))).hasSize(1);
    }
}
