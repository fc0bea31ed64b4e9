package dev.warden.core.sts;

/**
 * Outcome of opening a session token. The wire layer answers {@link Expired} with ExpiredToken and
 * {@link Rejected} with InvalidClientTokenId ("The security token included in the request is invalid").
 */
public sealed interface TokenVerification permits TokenVerification.Valid, TokenVerification.Expired, TokenVerification.Rejected {

    record Valid(SessionClaims claims) implements TokenVerification {
    }

    /** Authentic but past its expiry; the claims are included for audit. */
    record Expired(SessionClaims claims) implements TokenVerification {
    }

    record Rejected(Reason reason) implements TokenVerification {
    }

    enum Reason {
        /** Not base64url, too long, truncated, or an unknown format version. */
        MALFORMED,
        /** Sealed under a key id this node does not accept (rotated out). */
        UNKNOWN_KEY,
        /** Authentication tag mismatch: altered or forged. */
        TAMPERED
    }
}
