package dev.warden.server.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.sts.IssuedSession;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The credential documents the SDKs read (wire-protocol.md §4.1, §4.2): the ECS container endpoint's
 * and IMDS's {@code security-credentials/ROLE}. Times are {@code YYYY-MM-DDThh:mm:ssZ}, which the
 * JavaScript SDK's strict RFC 3339 parser needs.
 */
public final class CredentialsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CredentialsJson() {}

    /**
     * {@code AccessKeyId, SecretAccessKey, Token, AccountId, Expiration} as the EKS Pod Identity agent
     * answers, and {@code RoleArn} as ECS does: botocore keeps {@code AccountId} as the credentials'
     * account (for account-based endpoints); the other SDKs ignore fields they do not know.
     */
    public static String container(IssuedSession session, String roleArn) {
        ObjectNode node = JSON.createObjectNode();
        node.put("AccessKeyId", session.accessKeyId());
        node.put("SecretAccessKey", session.secretAccessKey().reveal());
        node.put("Token", session.sessionToken());
        node.put("AccountId", session.claims().accountId());
        node.put("Expiration", time(session.expiration()));
        node.put("RoleArn", roleArn);
        return write(node);
    }

    /** {@code Code, LastUpdated, Type, AccessKeyId, SecretAccessKey, Token, Expiration} as IMDS answers. */
    public static String instanceMetadata(IssuedSession session) {
        ObjectNode node = JSON.createObjectNode();
        node.put("Code", "Success");
        node.put("LastUpdated", time(session.claims().issuedAt()));
        node.put("Type", "AWS-HMAC");
        node.put("AccessKeyId", session.accessKeyId());
        node.put("SecretAccessKey", session.secretAccessKey().reveal());
        node.put("Token", session.sessionToken());
        node.put("Expiration", time(session.expiration()));
        return write(node);
    }

    /** IMDS's {@code iam/info}: the instance profile behind the credentials. */
    public static String instanceProfileInfo(Instant lastUpdated, String instanceProfileArn, String instanceProfileId) {
        ObjectNode node = JSON.createObjectNode();
        node.put("Code", "Success");
        node.put("LastUpdated", time(lastUpdated));
        node.put("InstanceProfileArn", instanceProfileArn);
        node.put("InstanceProfileId", instanceProfileId);
        return write(node);
    }

    /** A refusal in the shape the JavaScript SDK surfaces ({@code Code}, {@code Message}). */
    public static String error(String code, String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("Code", code);
        node.put("Message", message);
        return write(node);
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
