package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    static String callerArn(AwsCredentialsProvider provider) {
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create(server.base())).region(Region.US_EAST_1)
                .credentialsProvider(provider).build()) {
            return sts.getCallerIdentity().arn();
        }
    }
}
