package dev.warden.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The secret half of an access key. Holds the bytes of the secret (the UTF-8 of the 40-character
 * text AWS hands out) and never shows them: {@link #toString()} is redacted and there is no
 * accessor returning the secret as a String.
 */
public final class SecretAccessKey {

    private static final byte[] AWS4_PREFIX = "AWS4".getBytes(StandardCharsets.US_ASCII);

    private final byte[] secret;
    private final byte[] fingerprint;

    private SecretAccessKey(byte[] secret) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("a secret access key cannot be empty");
        }
        this.secret = secret.clone();
        this.fingerprint = Sha256.digest(this.secret);
    }

    /** @param secret the secret's bytes; copied, so the caller may wipe its array afterwards */
    public static SecretAccessKey of(byte[] secret) {
        return new SecretAccessKey(secret);
    }

    /** From the text form; meant for tests and configuration, where the secret is text anyway. */
    public static SecretAccessKey fromText(CharSequence secret) {
        return new SecretAccessKey(secret.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code "AWS4" + secret}: the HMAC key that starts the SigV4 key derivation. */
    byte[] sigV4SeedKey() {
        byte[] seed = Arrays.copyOf(AWS4_PREFIX, AWS4_PREFIX.length + secret.length);
        System.arraycopy(secret, 0, seed, AWS4_PREFIX.length, secret.length);
        return seed;
    }

    /** SHA-256 of the secret: identifies it in caches without keeping another copy of it. */
    byte[] fingerprint() {
        return fingerprint.clone();
    }

    @Override
    public String toString() {
        return "SecretAccessKey[redacted]";
    }
}
