package dev.warden.core.secret;

import java.security.SecureRandom;

/**
 * The shared secret of a virtual MFA device (the TOTP key, RFC 6238). Shown to the user once, as
 * Base32 text and as a QR code, when the device is created; afterwards it only leaves the store
 * sealed.
 */
public final class MfaSeed extends SecretBytes {

    /** 40 random bytes: 64 Base32 characters, as the seeds AWS hands out. */
    public static final int LENGTH = 40;

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private MfaSeed(byte[] bytes) {
        super(bytes);
    }

    public static MfaSeed generate(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new MfaSeed(bytes);
    }

    public static MfaSeed fromBytes(byte[] bytes) {
        return new MfaSeed(bytes);
    }

    /** The seed as RFC 4648 Base32 without padding, the form authenticator apps take. */
    public String revealBase32() {
        byte[] bytes = bytes();
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        java.util.Arrays.fill(bytes, (byte) 0);
        return out.toString();
    }
}
