package dev.warden.core.sts;

import dev.warden.core.model.Tag;
import dev.warden.core.secret.SecretAccessKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a sealed session token carries, so any node can authenticate and authorize a request
 * signed with temporary credentials without a database lookup. {@code sessionPolicy},
 * {@code sourceIdentity} and {@code federatedProvider} are null when absent.
 *
 * @param federatedProvider for sessions from AssumeRoleWithWebIdentity, the identity provider
 *     ({@code aws:FederatedProvider}: the IAM OIDC provider's ARN)
 * @param webIdentityKeys for such sessions, the identity provider's condition keys taken from the
 *     token ({@code token.actions.githubusercontent.com:sub} → values), which stay usable in the
 *     role's permission policies ({@code ${HOST:sub}})
 */
public record SessionClaims(
        String accessKeyId,
        SecretAccessKey secretAccessKey,
        String accountId,
        SessionPrincipal principal,
        Instant issuedAt,
        Instant expiresAt,
        String sessionPolicy,
        List<String> sessionPolicyArns,
        List<Tag> sessionTags,
        List<String> transitiveTagKeys,
        String sourceIdentity,
        boolean roleChained,
        boolean mfaAuthenticated,
        String federatedProvider,
        Map<String, List<String>> webIdentityKeys) {

    public SessionClaims {
        sessionPolicyArns = List.copyOf(sessionPolicyArns);
        sessionTags = List.copyOf(sessionTags);
        transitiveTagKeys = List.copyOf(transitiveTagKeys);
        webIdentityKeys = copy(webIdentityKeys);
    }

    /** Claims of a session that did not come from an identity provider. */
    public SessionClaims(String accessKeyId, SecretAccessKey secretAccessKey, String accountId,
            SessionPrincipal principal, Instant issuedAt, Instant expiresAt, String sessionPolicy,
            List<String> sessionPolicyArns, List<Tag> sessionTags, List<String> transitiveTagKeys,
            String sourceIdentity, boolean roleChained, boolean mfaAuthenticated) {
        this(accessKeyId, secretAccessKey, accountId, principal, issuedAt, expiresAt, sessionPolicy,
                sessionPolicyArns, sessionTags, transitiveTagKeys, sourceIdentity, roleChained, mfaAuthenticated,
                null, Map.of());
    }

    /** The tags a session assumed from this one inherits (role chaining): those whose key is transitive. */
    public List<Tag> transitiveTags() {
        return sessionTags.stream()
                .filter(t -> transitiveTagKeys.stream().anyMatch(k -> k.equalsIgnoreCase(t.key())))
                .toList();
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** An unmodifiable copy that keeps the order of the keys. */
    static Map<String, List<String>> copy(Map<String, List<String>> keys) {
        if (keys == null || keys.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        keys.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
