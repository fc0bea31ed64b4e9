package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
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
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The workload endpoints on a real Warden app: registration checks (each refusal naming its check),
 * the container credentials and IMDS endpoints read by the AWS SDK for Java v2's own providers, the
 * token rules, and deregistration.
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
    void javaSdkContainerProviderGetsTheServiceSessionOfTheRole() throws Exception {
        JsonNode workload = server.register(server.dev,
                "{\"roleArn\":\"arn:aws:iam::123456789012:role/fn\",\"sessionName\":\"good-fn\",\"service\":\"lambda\"}")
                .json();
        assertThat(workload.path("containerCredentialsFullUri").asText())
                .matches("http://127\\.0\\.0\\.1:\\d+/_warden/workloads/wl-[0-9a-f]{24}/credentials");
        assertThat(workload.path("sourceArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:good-fn");

        System.setProperty("aws.containerCredentialsFullUri", workload.path("containerCredentialsFullUri").asText());
        System.setProperty("aws.containerAuthorizationToken", workload.path("authorizationToken").asText());
        try (ContainerCredentialsProvider provider = ContainerCredentialsProvider.builder().build()) {
            assertThat(callerArn(provider)).isEqualTo("arn:aws:sts::123456789012:assumed-role/fn/good-fn");
        } finally {
            System.clearProperty("aws.containerCredentialsFullUri");
            System.clearProperty("aws.containerAuthorizationToken");
        }
    }

    @Test
    void javaSdkDefaultChainFindsTheContainerEndpointWhenNoProfileHasKeys() throws Exception {
        JsonNode workload = server.register(server.dev, "{\"roleArn\":\"app\",\"sessionName\":\"default-chain\"}")
                .json();
        Path empty = Files.writeString(home.resolve("empty-aws-file"), "");
        Map<String, String> properties = Map.of(
                "aws.containerCredentialsFullUri", workload.path("containerCredentialsFullUri").asText(),
                "aws.containerAuthorizationToken", workload.path("authorizationToken").asText(),
                "aws.sharedCredentialsFile", empty.toString(),
                "aws.configFile", empty.toString());
        properties.forEach(System::setProperty);
        try (DefaultCredentialsProvider provider = DefaultCredentialsProvider.builder().build()) {
            assertThat(callerArn(provider)).isEqualTo("arn:aws:sts::123456789012:assumed-role/app/default-chain");
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    @Test
    void containerDocumentHasTheShapeEcsAnswersWith() throws Exception {
        JsonNode workload = server.register(server.dev, "{\"roleArn\":\"app\",\"sessionName\":\"shape\"}").json();
        String uri = workload.path("containerCredentialsFullUri").asText();
        String token = workload.path("authorizationToken").asText();

        WorkloadTestServer.Response answer = server.get(uri, Map.of("Authorization", token));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode document = answer.json();
        assertThat(document.path("AccessKeyId").asText()).startsWith("ASIA");
        assertThat(document.path("SecretAccessKey").asText()).isNotEmpty();
        assertThat(document.path("Token").asText()).isNotEmpty();
        assertThat(document.path("Expiration").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(document.path("RoleArn").asText()).isEqualTo("arn:aws:iam::123456789012:role/app");
    }

    static Stream<Arguments> tokens() {
        return Stream.of(
                Arguments.of("missing", Map.of(), 401),
                Arguments.of("empty", Map.of("Authorization", ""), 401),
                Arguments.of("wrong", Map.of("Authorization", "not-the-token"), 403));
    }

    @ParameterizedTest(name = "{0} token")
    @MethodSource("tokens")
    void containerEndpointRefusesAMissingOrWrongToken(String why, Map<String, String> headers, int status)
            throws Exception {
        JsonNode workload = server.register(server.dev, "{\"roleArn\":\"app\",\"sessionName\":\"tok\"}").json();

        WorkloadTestServer.Response answer = server.get(workload.path("containerCredentialsFullUri").asText(), headers);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("AccessKeyId").contains("\"Code\"");
    }

    @Test
    void anotherWorkloadsTokenIsRefused() throws Exception {
        JsonNode first = server.register(server.dev, "{\"roleArn\":\"app\",\"sessionName\":\"one\"}").json();
        JsonNode second = server.register(server.dev, "{\"roleArn\":\"app\",\"sessionName\":\"two\"}").json();

        WorkloadTestServer.Response answer = server.get(first.path("containerCredentialsFullUri").asText(),
                Map.of("Authorization", second.path("authorizationToken").asText()));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void javaSdkInstanceProfileProviderReadsImdsThroughTheEndpointHandedOut() throws Exception {
        JsonNode workload = server.register(server.dev, "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-123\"}")
                .json();
        String endpoint = workload.path("metadataEndpoint").asText();
        assertThat(endpoint).endsWith("/");

        try (InstanceProfileCredentialsProvider provider = InstanceProfileCredentialsProvider.builder()
                .endpoint(endpoint).build()) {
            assertThat(callerArn(provider)).isEqualTo("arn:aws:sts::123456789012:assumed-role/ec2r/i-123");
        }
    }

    @Test
    void imdsFollowsTheV2TokenFlow() throws Exception {
        JsonNode workload = server.register(server.dev, "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-456\"}")
                .json();
        String endpoint = workload.path("metadataEndpoint").asText();
        String roles = endpoint + "latest/meta-data/iam/security-credentials/";

        assertThat(server.get(roles, Map.of()).status()).as("IMDSv1 is off unless asked for").isEqualTo(401);
        assertThat(server.put(endpoint + "latest/api/token", Map.of()).status()).as("no TTL").isEqualTo(400);
        assertThat(server.put(endpoint + "latest/api/token", Map.of("X-aws-ec2-metadata-token-ttl-seconds", "21601"))
                .status()).as("TTL too long").isEqualTo(400);
        String token = server.put(endpoint + "latest/api/token",
                Map.of("X-aws-ec2-metadata-token-ttl-seconds", "21600")).body();
        Map<String, String> withToken = Map.of("X-aws-ec2-metadata-token", token);

        assertThat(server.get(roles, Map.of("X-aws-ec2-metadata-token", "wrong")).status()).isEqualTo(401);
        assertThat(server.get(roles, withToken).body()).isEqualTo("ec2r");
        JsonNode credentials = server.get(roles + "ec2r", withToken).json();
        assertThat(credentials.path("Code").asText()).isEqualTo("Success");
        assertThat(credentials.path("Type").asText()).isEqualTo("AWS-HMAC");
        assertThat(credentials.path("AccessKeyId").asText()).startsWith("ASIA");
        assertThat(credentials.path("LastUpdated").asText()).endsWith("Z");
        assertThat(credentials.path("Expiration").asText()).endsWith("Z");
        JsonNode info = server.get(endpoint + "latest/meta-data/iam/info", withToken).json();
        assertThat(info.path("InstanceProfileArn").asText()).isEqualTo("arn:aws:iam::123456789012:instance-profile/ip");
        assertThat(server.get(roles + "other", withToken).status()).isEqualTo(404);
        assertThat(server.get(endpoint + "/latest/meta-data/iam/security-credentials/", withToken).body())
                .as("the Java SDK's double slash").isEqualTo("ec2r");
    }

    @Test
    void imdsV1AnswersWithoutATokenWhenAskedFor() throws Exception {
        JsonNode workload = server.register(server.dev,
                "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-789\",\"imdsV1\":true}").json();

        WorkloadTestServer.Response answer = server.get(workload.path("metadataEndpoint").asText()
                + "latest/meta-data/iam/security-credentials/", Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("ec2r");
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

    private static String callerArn(AwsCredentialsProvider provider) {
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create(server.base())).region(Region.US_EAST_1)
                .credentialsProvider(provider).build()) {
            return sts.getCallerIdentity().arn();
        }
    }

}
