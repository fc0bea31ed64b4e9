package dev.warden.core.secret;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The 256-bit root key of an installation. Every other key (secrets at rest, session tokens) is
 * derived from it, so losing it makes stored secrets and live session tokens unreadable.
 */
public final class MasterKey extends SecretBytes {
    public static final int LENGTH_BYTES = 32;

    private MasterKey(byte[] bytes) {
        super(bytes);
        if (bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("master key must be " + LENGTH_BYTES + " bytes, got " + bytes.length);
        }
    }

    public static MasterKey of(byte[] bytes) {
        return new MasterKey(bytes);
    }

    public static MasterKey generate(SecureRandom random) {
        byte[] raw = new byte[LENGTH_BYTES];
        random.nextBytes(raw);
        return new MasterKey(raw);
    }

    /** Parses the base64 form an operator passes (for example through WARDEN_MASTER_KEY). */
    public static MasterKey fromBase64(CharSequence encoded) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("master key is not valid base64");
        }
        return new MasterKey(raw);
    }

    /** The base64 form written to master.key. */
    String toBase64() {
        return Base64.getEncoder().encodeToString(bytes());
    }
}
