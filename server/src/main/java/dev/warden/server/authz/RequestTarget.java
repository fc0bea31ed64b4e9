package dev.warden.server.authz;

import dev.warden.policy.context.ContextValue;
import java.util.Map;

/**
 * What a call acts on, as the engine sees it: the resource ARN AWS evaluates for the action (or
 * {@code *}, or IAM's {@code policy path /} for ListPolicies), and the request-specific condition
 * keys ({@code aws:RequestTag/*}, {@code aws:TagKeys}, {@code iam:PolicyARN},
 * {@code iam:PermissionsBoundary}, {@code aws:ResourceTag/*}, …).
 */
public record RequestTarget(String resource, Map<String, ContextValue> keys) {

    public RequestTarget {
        keys = Map.copyOf(keys);
    }

    public static RequestTarget any() {
        return new RequestTarget("*", Map.of());
    }
}
