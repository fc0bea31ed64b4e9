package dev.warden.core.secret;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret half of an access key pair (long-term or temporary). */
public final class SecretAccessKey extends SecretBytes {
    /** 30 random bytes give exactly 40 base64 characters, the length AWS's secrets have. */
    private static final int RANDOM_BYTES = 30;

    private SecretAccessKey(byte[] bytes) {
        super(bytes);
    }

    public static SecretAccessKey of(CharSequence text) {
        if (text == null || text.length() == 0) {
            throw new IllegalArgumentException("secret access key must not be empty");
        }
        return new SecretAccessKey(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static SecretAccessKey fromBytes(byte[] utf8) {
        return new SecretAccessKey(utf8);
    }

    public static SecretAccessKey generate(SecureRandom random) {
        byte[] raw = new byte[RANDOM_BYTES];
        random.nextBytes(raw);
        return new SecretAccessKey(Base64.getEncoder().encode(raw));
    }

    /**
     * The secret as text, for the two places that must hand it out: the CreateAccessKey/STS responses
     * and the credentials file. Never log the result.
     */
    public String reveal() {
        return revealUtf8();
    }
}
