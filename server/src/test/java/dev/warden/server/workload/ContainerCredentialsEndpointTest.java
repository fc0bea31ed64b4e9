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
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** The ECS container credentials endpoint: the Java SDK's providers, the document's shape, the token rules. */
class ContainerCredentialsEndpointTest {

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
        assertThat(document.path("AccountId").asText()).as("as the EKS Pod Identity agent").isEqualTo("123456789012");
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

    static String callerArn(AwsCredentialsProvider provider) {
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create(server.base())).region(Region.US_EAST_1)
                .credentialsProvider(provider).build()) {
            return sts.getCallerIdentity().arn();
        }
    }
}
