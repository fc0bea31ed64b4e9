package dev.warden.core.sts;

import dev.warden.core.model.Tag;
import java.time.Duration;
import java.util.List;

/**
 * What STS decided to grant, after authorization and input checks: the session principal, its
 * lifetime and the narrowing/attribution data the token must carry. Null policy/source identity = none.
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
        boolean mfaAuthenticated) {

    public SessionGrant {
        sessionPolicyArns = sessionPolicyArns == null ? List.of() : List.copyOf(sessionPolicyArns);
        sessionTags = sessionTags == null ? List.of() : List.copyOf(sessionTags);
        transitiveTagKeys = transitiveTagKeys == null ? List.of() : List.copyOf(transitiveTagKeys);
    }

    public static SessionGrant of(String accountId, SessionPrincipal principal, Duration duration) {
        return new SessionGrant(accountId, principal, duration, null, List.of(), List.of(), List.of(), null, false, false);
    }
}
