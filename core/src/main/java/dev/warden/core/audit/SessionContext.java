package dev.warden.core.audit;

import java.time.Instant;

/**
 * CloudTrail's {@code userIdentity.sessionContext} for calls made with temporary credentials.
 * {@code sourceIdentity} is null when none was set.
 */
public record SessionContext(Instant creationDate, boolean mfaAuthenticated, SessionIssuer sessionIssuer, String sourceIdentity) {
}
