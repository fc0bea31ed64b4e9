package dev.warden.server.authz;

import dev.warden.policy.context.ContextValue;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.principal.WardenPrincipal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to a service other than IAM and STS (S3, or a service Warden only decides for), as the
 * engine is asked about it.
 *
 * @param action e.g. {@code s3:GetObject}
 * @param resource the ARN AWS evaluates, or {@code *}
 * @param keys the action's own condition keys ({@code s3:prefix}, …), on top of the global ones
 * @param resourcePolicy the resource's own policy (a bucket policy), when it has one
 * @param resourcePolicyId names that policy in explanations (the bucket's ARN)
 * @param userAgent empty string when the client sent none
 */
public record ServiceAction(
        AuthenticatedCaller<WardenPrincipal> caller,
        String action,
        String resource,
        Map<String, ContextValue> keys,
        Optional<String> resourcePolicy,
        String resourcePolicyId,
        Instant receivedAt,
        String sourceIp,
        String userAgent,
        boolean secureTransport) {

    public ServiceAction {
        Objects.requireNonNull(caller, "caller");
        keys = Map.copyOf(keys);
        Objects.requireNonNull(resourcePolicy, "resourcePolicy");
    }
}
