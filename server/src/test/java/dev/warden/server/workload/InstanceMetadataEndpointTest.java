package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
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
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** IMDS for an instance profile: the Java SDK's provider through the endpoint handed out, the IMDSv2 token flow, v1 on request. */
class InstanceMetadataEndpointTest {

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
        assertThat(info.path("Code").asText()).isEqualTo("Success");
        assertThat(info.path("LastUpdated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(info.path("InstanceProfileArn").asText()).isEqualTo("arn:aws:iam::123456789012:instance-profile/ip");
        assertThat(info.path("InstanceProfileId").asText()).startsWith("AIPA");
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                // path after the endpoint, status, body (null: not checked)
                Arguments.of("latest/meta-data/iam/security-credentials/", 200, "ec2r"),
                Arguments.of("latest/meta-data/iam/security-credentials", 200, "ec2r"),
                Arguments.of("/latest/meta-data/iam/security-credentials/", 200, "ec2r"),
                Arguments.of("latest/meta-data/iam/security-credentials/other", 404, null),
                Arguments.of("latest/meta-data/iam/security-credentials/ec2r/x", 404, null),
                // Not served: exec sets AWS_REGION, which the SDKs read before IMDS's placement or identity document.
                Arguments.of("latest/meta-data/placement/availability-zone", 404, null),
                Arguments.of("latest/dynamic/instance-identity/document", 404, null),
                Arguments.of("latest/meta-data/iam/security-credentials-extended/", 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void metadataPathsWithAToken(String path, int status, String body) throws Exception {
        String endpoint = server.register(server.dev, "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-paths\"}").json()
                .path("metadataEndpoint").asText();
        String token = server.put(endpoint + "latest/api/token", Map.of(InstanceMetadataEndpoint.TTL_HEADER, "60")).body();

        WorkloadTestServer.Response answer = server.get(endpoint + path,
                Map.of(InstanceMetadataEndpoint.TOKEN_HEADER, token));

        assertThat(answer.status()).isEqualTo(status);
        if (body != null) {
            assertThat(answer.body()).isEqualTo(body);
        }
    }

    static Stream<Arguments> tokenRequests() {
        String ttl = InstanceMetadataEndpoint.TTL_HEADER;
        return Stream.of(
                // why, path, headers, status (EC2 User Guide: 400 for a PUT that is not valid, 403 for a version path)
                Arguments.of("no TTL", "latest/api/token", Map.of(), 400),
                Arguments.of("TTL 0", "latest/api/token", Map.of(ttl, "0"), 400),
                Arguments.of("TTL -1", "latest/api/token", Map.of(ttl, "-1"), 400),
                Arguments.of("TTL 21601", "latest/api/token", Map.of(ttl, "21601"), 400),
                Arguments.of("TTL not a number", "latest/api/token", Map.of(ttl, "ten"), 400),
                Arguments.of("TTL 1", "latest/api/token", Map.of(ttl, "1"), 200),
                Arguments.of("TTL 21600", "latest/api/token", Map.of(ttl, "21600"), 200),
                Arguments.of("X-Forwarded-For", "latest/api/token", Map.of(ttl, "60", "X-Forwarded-For", "192.0.2.1"), 403),
                Arguments.of("version path", "2021-03-23/api/token", Map.of(ttl, "60"), 403),
                Arguments.of("version path, Java SDK slashes", "/2021-03-23/api/token", Map.of(ttl, "60"), 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenRequests")
    void tokenRequestsAreAnsweredAsImdsAnswersThem(String why, String path, Map<String, String> headers, int status)
            throws Exception {
        String endpoint = server.register(server.dev, "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-ttl\"}").json()
                .path("metadataEndpoint").asText();

        WorkloadTestServer.Response answer = server.put(endpoint + path, headers);

        assertThat(answer.status()).isEqualTo(status);
        if (status == 200) {
            assertThat(answer.body()).isNotBlank();
            assertThat(answer.header(InstanceMetadataEndpoint.TTL_HEADER)).as("the TTL is echoed")
                    .contains(headers.get(InstanceMetadataEndpoint.TTL_HEADER));
        } else {
            assertThat(answer.header(InstanceMetadataEndpoint.TTL_HEADER)).isEmpty();
        }
    }

    @Test
    void aTokenIsRefusedOnceItsTtlHasPassed() throws Exception {
        String endpoint = server.register(server.dev, "{\"instanceProfile\":\"ip\",\"sessionName\":\"i-exp\"}").json()
                .path("metadataEndpoint").asText();
        String roles = endpoint + "latest/meta-data/iam/security-credentials/";
        String token = server.put(endpoint + "latest/api/token", Map.of(InstanceMetadataEndpoint.TTL_HEADER, "60")).body();
        Map<String, String> withToken = Map.of(InstanceMetadataEndpoint.TOKEN_HEADER, token);

        assertThat(server.get(roles, withToken).status()).isEqualTo(200);
        server.clock.advance(Duration.ofSeconds(60));
        assertThat(server.get(roles, withToken).status()).isEqualTo(401);
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

    static String callerArn(AwsCredentialsProvider provider) {
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create(server.base())).region(Region.US_EAST_1)
                .credentialsProvider(provider).build()) {
            return sts.getCallerIdentity().arn();
        }
    }
}
