package dev.warden.server;

import dev.warden.server.auth.CallerIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What happened to one Query request, success or failure. Holds no parameter values and no secret
 * (parameters can carry passwords and private keys).
 *
 * @param service signing name or {@code unknown} when the request never got that far
 * @param action the {@code Action} parameter, or empty when it was missing or unreadable
 * @param caller the verified signer, empty when authentication failed or was not required
 * @param errorCode the AWS error code answered, empty on success
 * @param decision the authorizer's decision, empty when the request failed before authorization
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
        Duration elapsed) {}
