package dev.warden.core.secret;

/**
 * A private key that signs the JWTs GetWebIdentityToken issues, as its JWK JSON (UTF-8): stored
 * sealed, never returned or logged; only its public half is published.
 */
public final class TokenSigningKey extends SecretBytes {

    public TokenSigningKey(byte[] jwkJson) {
        super(jwkJson);
    }
}
