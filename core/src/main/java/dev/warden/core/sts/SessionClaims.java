package dev.warden.core.sts;

import dev.warden.core.model.Tag;
import dev.warden.core.secret.SecretAccessKey;
import java.time.Instant;
import java.util.List;

/**
 * Everything a sealed session token carries, so any node can authenticate and authorize a request
 * signed with temporary credentials without a database lookup. {@code sessionPolicy} and
 * {@code sourceIdentity} are null when absent.
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
        boolean mfaAuthenticated) {

    public SessionClaims {
        sessionPolicyArns = List.copyOf(sessionPolicyArns);
        sessionTags = List.copyOf(sessionTags);
        transitiveTagKeys = List.copyOf(transitiveTagKeys);
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
}
