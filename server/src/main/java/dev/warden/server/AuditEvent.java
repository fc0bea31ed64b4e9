package dev.warden.server;

import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CallerIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one Query request, success or failure.
 *
 * <p>{@code parameters} holds the decoded request parameters as the client sent them, and those can
 * carry secrets (passwords, private keys, web identity tokens): a sink that keeps or prints them
 * must redact them first. Everything else holds no secret.
 *
 * @param service signing name or {@code unknown} when the request never got that far
 * @param action the {@code Action} parameter, or empty when it was missing or unreadable
 * @param caller the verified signer, empty when authentication failed or was not required
 * @param errorCode the AWS error code answered, empty on success
 * @param decision the authorizer's decision, empty when the request failed before authorization
 * @param signer the whole verified signature (scope, temporary or not, the credential store's
 *     principal), empty when authentication failed or was not required
 * @param errorMessage the message answered with {@code errorCode}
 * @param parameters the decoded request parameters (may hold secrets, see above); empty when the
 *     body could not be decoded
 */
public record AuditEvent(
        String requestId,
        Instant receivedAt,
        String service,
        Optional<String> action,
        Optional<CallerIdentity> caller,
        Optional<String> accessKeyId,
        String sourceIp,
        String userAgent,
        int httpStatus,
        Optional<String> errorCode,
        Optional<AuthorizationDecision> decision,
        Duration elapsed,
        Optional<AuthenticatedCaller<?>> signer,
        Optional<String> errorMessage,
        Map<String, String> parameters) {

    public AuditEvent {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(errorMessage, "errorMessage");
        parameters = Map.copyOf(parameters);
    }

    /** An event without signer details, error message or parameters. */
    public AuditEvent(String requestId, Instant receivedAt, String service, Optional<String> action,
            Optional<CallerIdentity> caller, Optional<String> accessKeyId, String sourceIp, String userAgent,
            int httpStatus, Optional<String> errorCode, Optional<AuthorizationDecision> decision, Duration elapsed) {
        this(requestId, receivedAt, service, action, caller, accessKeyId, sourceIp, userAgent, httpStatus, errorCode,
                decision, elapsed, Optional.empty(), Optional.empty(), Map.of());
    }

    @Override
    public String toString() {
        // Parameter values may be secrets: show only their names.
        return "AuditEvent[requestId=" + requestId + ", service=" + service + ", action=" + action
                + ", caller=" + caller.map(CallerIdentity::arn).orElse("-") + ", status=" + httpStatus
                + ", errorCode=" + errorCode + ", parameters=" + parameters.keySet() + "]";
    }
}
