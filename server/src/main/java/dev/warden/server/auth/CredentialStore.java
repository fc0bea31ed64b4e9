package dev.warden.server.auth;

import java.util.Optional;

/**
 * Port to the credentials kept by the core module: the SigV4 verifier asks it for the secret of an
 * access key.
 *
 * @param <P> the principal type handed to handlers
 */
@FunctionalInterface
public interface CredentialStore<P> {

    /**
     * Finds the signing identity of an access key.
     *
     * @param accessKeyId the key id from the request's credential scope ({@code AKIA…}, {@code ASIA…})
     * @param sessionToken the request's {@code X-Amz-Security-Token}, if it sent one
     * @return empty when the key is unknown, inactive, or does not belong with the given session token
     *     (a temporary key without its token, a long-term key with a token, a token of another key);
     *     the verifier then answers {@code InvalidClientTokenId}. An expired temporary key should be
     *     returned with its expiration, so that the client gets {@code ExpiredToken} instead.
     */
    Optional<SigningIdentity<P>> resolve(String accessKeyId, Optional<String> sessionToken);
}
