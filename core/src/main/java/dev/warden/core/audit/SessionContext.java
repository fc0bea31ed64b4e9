package dev.warden.core.audit;

import java.time.Instant;

/**
 * CloudTrail's {@code userIdentity.sessionContext} for calls made with temporary credentials.
 * {@code sourceIdentity} and {@code webIdFederationData} are null when absent.
 */
public record SessionContext(Instant creationDate, boolean mfaAuthenticated, SessionIssuer sessionIssuer,
        String sourceIdentity, WebIdFederationData webIdFederationData) {

    /** A session that did not come from an identity provider. */
    public SessionContext(Instant creationDate, boolean mfaAuthenticated, SessionIssuer sessionIssuer,
            String sourceIdentity) {
        this(creationDate, mfaAuthenticated, sessionIssuer, sourceIdentity, null);
    }
}
