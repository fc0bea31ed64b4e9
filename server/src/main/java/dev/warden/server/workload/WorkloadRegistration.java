package dev.warden.server.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /_warden/workloads}: which role (by ARN or name) or instance profile, the
 * session name, the service the workload runs as (optional), the session duration (optional) and
 * whether IMDS may answer without an IMDSv2 token ({@code imdsV1}, default false).
 */
public record WorkloadRegistration(
        Optional<String> role,
        Optional<String> instanceProfile,
        String sessionName,
        Optional<ServicePrincipal> service,
        Optional<Integer> durationSeconds,
        boolean imdsV1) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS =
            Set.of("roleArn", "instanceProfile", "sessionName", "service", "durationSeconds", "imdsV1");

    /** @throws AwsError {@code ValidationError} naming the first problem */
    public static WorkloadRegistration parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw invalid("The request body is not a JSON object.");
        }
        if (root == null || !root.isObject()) {
            throw invalid("The request body is not a JSON object.");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw invalid("Unknown member '" + name + "'; expected one of " + FIELDS + ".");
            }
        }
        Optional<String> role = text(root, "roleArn");
        Optional<String> profile = text(root, "instanceProfile");
        if (role.isPresent() == profile.isPresent()) {
            throw invalid("Exactly one of roleArn and instanceProfile is required.");
        }
        String sessionName = text(root, "sessionName").orElseThrow(() -> invalid("sessionName is required."));
        Optional<ServicePrincipal> service = text(root, "service").map(ServicePrincipal::parse);
        if (profile.isPresent()) {
            if (service.isPresent() && !service.get().shortName().equals("ec2")) {
                throw invalid("An instance profile is passed to ec2.amazonaws.com, not to " + service.get().name()
                        + ".");
            }
            service = Optional.of(ServicePrincipal.parse("ec2"));
        }
        Optional<Integer> duration = Optional.empty();
        JsonNode durationNode = root.get("durationSeconds");
        if (durationNode != null && !durationNode.isNull()) {
            if (!durationNode.canConvertToInt() || !durationNode.isIntegralNumber()) {
                throw invalid("durationSeconds must be an integer.");
            }
            duration = Optional.of(durationNode.intValue());
        }
        JsonNode imdsV1 = root.get("imdsV1");
        if (imdsV1 != null && !imdsV1.isNull() && !imdsV1.isBoolean()) {
            throw invalid("imdsV1 must be true or false.");
        }
        return new WorkloadRegistration(role, profile, sessionName, service, duration,
                imdsV1 != null && imdsV1.asBoolean());
    }

    private static Optional<String> text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw invalid(name + " must be a non-empty string.");
        }
        return Optional.of(node.asText());
    }

    private static AwsError invalid(String message) {
        return new AwsError(AwsErrorCode.VALIDATION_ERROR, message);
    }
}
