package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.secret.SecretAccessKey;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant ISSUED = Instant.parse("2026-11-28T06:00:00.123Z");
    static final Instant EXPIRES = Instant.parse("2026-11-28T07:00:00.123Z");

    static IssuedSession session() {
        SecretAccessKey secret = SecretAccessKey.of("secret-value");
        SessionClaims claims = new SessionClaims("ASIAEXAMPLE", secret, "123456789012",
                new SessionPrincipal.AssumedRole("AROAEXAMPLE", "arn:aws:iam::123456789012:role/r", "r", "s"), ISSUED,
                EXPIRES, null, List.of(), List.of(), List.of(), null, false, false, null, Map.of());
        return new IssuedSession("ASIAEXAMPLE", secret, "token-value", EXPIRES, claims);
    }

    /**
     * ECS's task-role document ({@code RoleArn}) plus the EKS Pod Identity agent's {@code AccountId}
     * (aws/eks-pod-identity-agent, {@code EksCredentialsResponse}), which botocore's container provider
     * reads into the credentials' account id.
     */
    @Test
    void containerDocumentIsWhatEcsAndEksPodIdentitySend() throws Exception {
        JsonNode document = JSON.readTree(CredentialsJson.container(session(), "arn:aws:iam::123456789012:role/r"));

        assertThat(document.toString()).isEqualTo("{\"AccessKeyId\":\"ASIAEXAMPLE\",\"SecretAccessKey\":\"secret-value\","
                + "\"Token\":\"token-value\",\"AccountId\":\"123456789012\",\"Expiration\":\"2026-11-28T07:00:00Z\","
                + "\"RoleArn\":\"arn:aws:iam::123456789012:role/r\"}");
    }

    @Test
    void instanceMetadataDocumentIsWhatImdsSends() throws Exception {
        JsonNode document = JSON.readTree(CredentialsJson.instanceMetadata(session()));

        assertThat(document.toString()).isEqualTo("{\"Code\":\"Success\",\"LastUpdated\":\"2026-11-28T06:00:00Z\","
                + "\"Type\":\"AWS-HMAC\",\"AccessKeyId\":\"ASIAEXAMPLE\",\"SecretAccessKey\":\"secret-value\","
                + "\"Token\":\"token-value\",\"Expiration\":\"2026-11-28T07:00:00Z\"}");
    }
}
