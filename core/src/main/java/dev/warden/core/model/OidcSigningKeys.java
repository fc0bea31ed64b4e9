package dev.warden.core.model;

import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.time.Instant;
import java.util.Objects;

/**
 * The public keys an OIDC issuer signs its ID tokens with, as a JWKS document (RFC 7517). AWS fetches
 * them from the issuer's {@code jwks_uri}; Warden runs offline, so the operator supplies them (the
 * IAM core's {@code setSigningKeys}, the CLI's {@code warden oidc set-keys}). Holds only public keys:
 * the document was checked when it was set.
 *
 * @param jwksJson the document as stored: public parameters only
 * @param updatedAt when the keys were last set
 */
public record OidcSigningKeys(String jwksJson, Instant updatedAt) {
    public OidcSigningKeys {
        Objects.requireNonNull(jwksJson, "jwksJson");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The keys, for verifying a token's signature (e.g. with Nimbus' JWSVerificationKeySelector). */
    public JWKSet keySet() {
        try {
            return JWKSet.parse(jwksJson);
        } catch (ParseException e) {
            throw new IllegalStateException("stored JWKS document does not parse; it was checked when set", e);
        }
    }
}
