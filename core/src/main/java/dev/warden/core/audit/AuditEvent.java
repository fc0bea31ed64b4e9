package dev.warden.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One audit record in CloudTrail's shape plus Warden's decision explanation. JSON members
 * ({@code requestParameters}, {@code responseElements}, {@code decision}) may be null. Secrets are
 * stripped by {@link AuditLog} before the record is stored, whatever the caller put in.
 */
public record AuditEvent(
        String eventId,
        Instant eventTime,
        String eventSource,
        String eventName,
        String awsRegion,
        String sourceIpAddress,
        String userAgent,
        UserIdentity userIdentity,
        JsonNode requestParameters,
        JsonNode responseElements,
        String errorCode,
        String errorMessage,
        String requestId,
        JsonNode decision) {

    public AuditEvent withJson(JsonNode request, JsonNode response, JsonNode decisionJson) {
        return new AuditEvent(eventId, eventTime, eventSource, eventName, awsRegion, sourceIpAddress, userAgent,
                userIdentity, request, response, errorCode, errorMessage, requestId, decisionJson);
    }
}
