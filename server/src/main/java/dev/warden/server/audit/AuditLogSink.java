package dev.warden.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.audit.AuditLog;
import dev.warden.core.audit.UserIdentity;
import dev.warden.server.AuditEvent;
import dev.warden.server.AuditSink;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.auth.AuthenticatedCaller;
import java.util.Optional;

/**
 * Writes every Query call to core's append-only audit log in CloudTrail's shape: eventName,
 * eventSource ({@code iam.amazonaws.com} / {@code sts.amazonaws.com}), awsRegion, userIdentity with
 * sessionContext (webIdFederationData for web identity sessions; an unsigned
 * AssumeRoleWithWebIdentity whose token was verified is a {@code WebIdentityUser}, an AssumeRoleWithSAML
 * whose response was verified a {@code SAMLUser}), sourceIPAddress, userAgent, requestParameters without secrets, errorCode and
 * errorMessage, requestID, plus the authorizer's decision explanation. Records are appended through
 * the log's background writer (batched; the request waits only while its queue is full); the app
 * flushes it on close.
 */
public final class AuditLogSink implements AuditSink {

    static final String GLOBAL_REGION = "us-east-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditLog log;

    public AuditLogSink(AuditLog log) {
        this.log = log;
    }

    @Override
    public void record(AuditEvent event) {
        log.append(toCoreEvent(event));
    }

    static dev.warden.core.audit.AuditEvent toCoreEvent(AuditEvent event) {
        JsonNode decision = event.decision().map(AuditLogSink::decisionJson).orElse(null);
        UserIdentity identity = event.signer().map(UserIdentities::of)
                .or(() -> Optional.ofNullable(decision).flatMap(UserIdentities::webIdentityUser))
                .or(() -> Optional.ofNullable(decision).flatMap(UserIdentities::samlUser))
                .orElseGet(UserIdentity::anonymous);
        return new dev.warden.core.audit.AuditEvent(
                null,
                event.receivedAt(),
                eventSource(event.service()),
                event.action().orElse("unknown"),
                region(event),
                event.sourceIp(),
                event.userAgent(),
                identity,
                RequestParametersJson.of(event.parameters()),
                null,
                event.errorCode().orElse(null),
                event.errorMessage().orElse(null),
                event.requestId(),
                decision);
    }

    private static String eventSource(String service) {
        return service.equals("unknown") ? service : service + ".amazonaws.com";
    }

    /** IAM is global (us-east-1); other calls are logged in the region they were signed for. */
    private static String region(AuditEvent event) {
        if (event.service().equals("iam")) {
            return GLOBAL_REGION;
        }
        return event.signer().map(AuthenticatedCaller::scope).map(s -> s.region())
                .filter(r -> !r.equals("aws-global")).orElse(GLOBAL_REGION);
    }

    private static JsonNode decisionJson(AuthorizationDecision decision) {
        Optional<JsonNode> built = decision.explanationJson();
        if (built.isPresent()) {
            return built.get();
        }
        String explanation = decision.explanation();
        Optional<JsonNode> parsed = Optional.empty();
        if (explanation.startsWith("{")) {
            try {
                parsed = Optional.of(JSON.readTree(explanation));
            } catch (JsonProcessingException e) {
                parsed = Optional.empty();
            }
        }
        return parsed.orElseGet(() -> JSON.createObjectNode()
                .put("decision", decision instanceof AuthorizationDecision.Allow ? "allowed" : "denied")
                .put("explanation", explanation));
    }
}
