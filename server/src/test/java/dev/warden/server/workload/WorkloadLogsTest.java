package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.core.iam.RoleRequests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What the workload endpoints write to the server log over a workload's life (registration, credentials
 * handed out, wrong tokens, IMDSv2 tokens, a refused refresh): the events, never a bearer token, an
 * IMDSv2 token, a secret access key or a session token.
 */
class WorkloadLogsTest {

    @TempDir
    Path home;

    WorkloadTestServer server;
    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() {
        captured.start();
        root.addAppender(captured);
        server = new WorkloadTestServer(home);
    }

    @AfterEach
    void stop() {
        server.close();
        root.detachAppender(captured);
    }

    @Test
    void noSecretReachesTheLog() throws Exception {
        List<String> secrets = new ArrayList<>();
        JsonNode container = server.register(server.dev,
                "{\"roleArn\":\"fn\",\"sessionName\":\"good-fn\",\"service\":\"lambda\"}").json();
        String uri = container.path("containerCredentialsFullUri").asText();
        String bearer = container.path("authorizationToken").asText();
        secrets.add(bearer);
        secrets.addAll(credentialSecrets(server.get(uri, Map.of("Authorization", bearer)).json()));
        assertThat(server.get(uri, Map.of("Authorization", bearer + "x")).status()).isEqualTo(403);

        JsonNode instance = server.register(server.dev, "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-log\"}").json();
        String endpoint = instance.path("metadataEndpoint").asText();
        String imdsToken = server.put(endpoint + "latest/api/token",
                Map.of(InstanceMetadataEndpoint.TTL_HEADER, "60")).body();
        secrets.add(imdsToken);
        secrets.add(instance.path("authorizationToken").asText());
        secrets.addAll(credentialSecrets(server.get(endpoint + "latest/meta-data/iam/security-credentials/ec2r",
                Map.of(InstanceMetadataEndpoint.TOKEN_HEADER, imdsToken)).json()));

        server.app.home().iam().roles().updateAssumeRolePolicy(new RoleRequests.UpdateAssumeRolePolicy("fn",
                WorkloadTestServer.EC2_TRUST));
        server.app.iamChanged();
        server.clock.advance(Duration.ofMinutes(45));
        assertThat(server.get(uri, Map.of("Authorization", bearer)).status()).isEqualTo(403);

        List<String> lines = captured.list.stream().map(WorkloadLogsTest::rendered).toList();
        assertThat(lines).as("the workload's life is logged").anyMatch(l -> l.contains("registered"))
                .anyMatch(l -> l.contains("no new credentials"));
        assertThat(secrets).hasSize(7).allMatch(s -> s.length() >= 16);
        for (String secret : secrets) {
            assertThat(lines).noneMatch(line -> line.contains(secret));
        }
    }

    private static List<String> credentialSecrets(JsonNode credentials) {
        return List.of(credentials.path("SecretAccessKey").asText(), credentials.path("Token").asText());
    }

    private static String rendered(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        return event.getThrowableProxy() == null ? message
                : message + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
    }
}
