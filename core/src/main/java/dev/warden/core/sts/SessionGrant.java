package dev.warden.core.sts;

import dev.warden.core.model.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What STS decided to grant, after authorization and input checks: the session principal, its
 * lifetime and the narrowing/attribution data the token must carry. Null policy/source identity/
 * federated provider = none.
 *
 * @param federatedProvider see {@link SessionClaims#federatedProvider()}
 * @param webIdentityKeys see {@link SessionClaims#webIdentityKeys()}
 */
public record SessionGrant(
        String accountId,
        SessionPrincipal principal,
        Duration duration,
        String sessionPolicy,
        List<String> sessionPolicyArns,
        List<Tag> sessionTags,
        List<String> transitiveTagKeys,
        String sourceIdentity,
        boolean roleChained,
        boolean mfaAuthenticated,
        String federatedProvider,
        Map<String, List<String>> webIdentityKeys) {

    public SessionGrant {
        sessionPolicyArns = sessionPolicyArns == null ? List.of() : List.copyOf(sessionPolicyArns);
        sessionTags = sessionTags == null ? List.of() : List.copyOf(sessionTags);
        transitiveTagKeys = transitiveTagKeys == null ? List.of() : List.copyOf(transitiveTagKeys);
        webIdentityKeys = SessionClaims.copy(webIdentityKeys);
    }

    /** A grant for a session that did not come from an identity provider. */
    public SessionGrant(String accountId, SessionPrincipal principal, Duration duration, String sessionPolicy,
            List<String> sessionPolicyArns, List<Tag> sessionTags, List<String> transitiveTagKeys,
            String sourceIdentity, boolean roleChained, boolean mfaAuthenticated) {
        this(accountId, principal, duration, sessionPolicy, sessionPolicyArns, sessionTags, transitiveTagKeys,
                sourceIdentity, roleChained, mfaAuthenticated, null, Map.of());
    }

    public static SessionGrant of(String accountId, SessionPrincipal principal, Duration duration) {
        return new SessionGrant(accountId, principal, duration, null, List.of(), List.of(), List.of(), null, false, false);
    }
}
