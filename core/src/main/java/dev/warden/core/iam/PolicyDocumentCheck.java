package dev.warden.core.iam;

/**
 * Validates a policy document's grammar before it is stored. The core ships {@link JsonPolicyDocumentCheck}
 * (well-formed JSON only); the policy module's validator is plugged in here for full checks.
 * Implementations throw IamException with MalformedPolicyDocument.
 */
@FunctionalInterface
public interface PolicyDocumentCheck {
    void check(PolicyDocumentKind kind, String document);
}
