package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Registration and deregistration on a real Warden app: each refusal names the check that failed
 * (table), unsigned calls are refused, only the launcher ends a workload.
 */
class WorkloadEndpointsTest {

    @TempDir
    static Path home;

    static WorkloadTestServer server;

    @BeforeAll
    static void start() {
        server = new WorkloadTestServer(home);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("trust policy does not name the service", "dev",
                        "{\"roleArn\":\"app\",\"sessionName\":\"good-fn\",\"service\":\"lambda\"}", 403,
                        "Check failed: trust policy. The trust policy of role arn:aws:iam::123456789012:role/app does"
                                + " not allow the service principal lambda.amazonaws.com"),
                Arguments.of("trust's aws:SourceArn condition (confused deputy) fails for another function", "dev",
                        "{\"roleArn\":\"fn\",\"sessionName\":\"other-fn\",\"service\":\"lambda.amazonaws.com\"}", 403,
                        "aws:SourceArn=arn:aws:lambda:us-east-1:123456789012:function:other-fn"),
                Arguments.of("no iam:PassRole", "nopass",
                        "{\"roleArn\":\"fn\",\"sessionName\":\"good-fn\",\"service\":\"lambda\"}", 403,
                        "Check failed: iam:PassRole. The caller may not pass the role to lambda.amazonaws.com"),
                Arguments.of("no iam:PassRole for the instance profile's role", "nopass",
                        "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-1\"}", 403,
                        "Check failed: iam:PassRole. The caller may not pass the role to ec2.amazonaws.com"),
                Arguments.of("unknown instance profile", "dev",
                        "{\"instanceProfile\":\"nope\",\"sessionName\":\"i-1\"}", 404,
                        "Check failed: instance profile."),
                Arguments.of("iam:PassRole only for another service", "dev",
                        "{\"roleArn\":\"fn\",\"sessionName\":\"good-fn\",\"service\":\"glue\"}", 403,
                        "Check failed: iam:PassRole. The caller may not pass the role to glue.amazonaws.com"),
                Arguments.of("caller not trusted by the role itself", "dev",
                        "{\"roleArn\":\"fn\",\"sessionName\":\"good-fn\"}", 403,
                        "Check failed: sts:AssumeRole by the caller"),
                Arguments.of("unknown role", "dev", "{\"roleArn\":\"nope\",\"sessionName\":\"s1\"}", 403,
                        "Check failed: role."),
                Arguments.of("bad session name", "dev", "{\"roleArn\":\"app\",\"sessionName\":\"a b\"}", 400,
                        "ValidationError"),
                Arguments.of("duration above the role's maximum", "dev",
                        "{\"roleArn\":\"app\",\"sessionName\":\"s1\",\"durationSeconds\":7200}", 400,
                        "MaxSessionDuration"),
                Arguments.of("role and profile together", "dev",
                        "{\"roleArn\":\"app\",\"instanceProfile\":\"ip\",\"sessionName\":\"s1\"}", 400,
                        "Exactly one of roleArn and instanceProfile"),
                Arguments.of("not JSON", "dev", "roleArn=app", 400, "not a JSON object"),
                Arguments.of("instance profile passed to another service", "dev",
                        "{\"instanceProfile\":\"ip\",\"sessionName\":\"s1\",\"service\":\"lambda\"}", 400,
                        "passed to ec2.amazonaws.com"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesNamingTheFailedCheck(String why, String user, String body, int status, String message)
            throws Exception {
        WorkloadTestServer.Response response = server.register(user.equals("dev") ? server.dev : server.nopass, body);

        assertThat(response.status()).as(why).isEqualTo(status);
        assertThat(response.body()).as(why).contains("<ErrorResponse").contains(message);
    }

    @Test
    void unsignedRegistrationIsRefused() throws Exception {
        WorkloadTestServer.Response response = server.put(server.base() + "/_warden/workloads", Map.of());
        WorkloadTestServer.Response post = server.get(server.base() + "/_warden/workloads", Map.of());

        assertThat(response.status()).isNotEqualTo(200);
        assertThat(post.status()).isNotEqualTo(200);
    }

    @Test
    void onlyTheLauncherEndsAWorkloadAndThenItsCredentialsAreGone() throws Exception {
        JsonNode workload = server.register(server.dev, "{\"roleArn\":\"app\",\"sessionName\":\"ending\"}").json();
        String id = workload.path("workloadId").asText();
        Map<String, String> token = Map.of("Authorization", workload.path("authorizationToken").asText());
        String uri = workload.path("containerCredentialsFullUri").asText();
        assertThat(server.get(uri, token).status()).isEqualTo(200);

        assertThat(server.deregister(server.nopass, id).body()).contains("NoSuchEntity");
        assertThat(server.get(uri, token).status()).isEqualTo(200);
        assertThat(server.deregister(server.dev, id).status()).isEqualTo(204);
        assertThat(server.get(uri, token).status()).isEqualTo(403);
        assertThat(server.deregister(server.dev, id).body()).contains("NoSuchEntity");
    }
}
