package dev.warden.server.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app does with a virtual MFA device's Base32 seed: RFC 6238 codes (HMAC-SHA1,
 * 30-second steps, 6 digits). Written apart from the server's own implementation, so tests check it.
 */
public final class TestAuthenticator {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] key;

    public TestAuthenticator(String base32Seed) {
        this.key = decode(base32Seed);
    }

    /** The code for the 30-second step {@code stepsFromNow} steps after {@code now}'s. */
    public String code(Instant now, int stepsFromNow) {
        long step = Math.floorDiv(now.getEpochSecond(), 30) + stepsFromNow;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[19] & 0xf;
            int value = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff))
                    % 1_000_000;
            return String.format("%06d", value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base32) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
