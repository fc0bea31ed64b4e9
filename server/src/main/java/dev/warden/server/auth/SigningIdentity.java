package dev.warden.server.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CredentialStore} knows about an access key: the secret to check the signature with,
 * the identity the key stands for, when it stops working (temporary credentials only) and an opaque
 * handle to the principal, which the server passes to handlers without looking into it.
 *
 * @param expiration present for temporary credentials; at or after it the verifier answers
 *     {@code ExpiredToken}
 * @param <P> the principal type of the core module
 */
public record SigningIdentity<P>(
        SecretAccessKey secretKey, CallerIdentity caller, Optional<Instant> expiration, P principal) {

    public SigningIdentity {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(principal, "principal");
    }

    /** Long-term credentials (an IAM user's or the root's access key). */
    public static <P> SigningIdentity<P> longTerm(SecretAccessKey secretKey, CallerIdentity caller, P principal) {
        return new SigningIdentity<>(secretKey, caller, Optional.empty(), principal);
    }
}
