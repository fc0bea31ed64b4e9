package dev.warden.core.iam;

import dev.warden.core.secret.MfaSeed;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as virtual MFA devices make them (RFC 6238 over RFC 4226): HMAC-SHA1,
 * 30-second steps from the Unix epoch, 6 digits. Codes are compared in constant time.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000;

    private Totp() {
    }

    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a time step, zero-padded. */
    static String code(MfaSeed seed, long step) {
        byte[] key = seed.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String digits = Integer.toString(binary % MODULUS);
            return "0".repeat(DIGITS - digits.length()) + digits;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** True when {@code candidate} is the code of a step within {@code window} steps of {@code now}'s. */
    static boolean matchesNear(MfaSeed seed, String candidate, Instant now, int window) {
        long current = step(now);
        boolean found = false;
        for (long s = current - window; s <= current + window; s++) {
            found |= same(code(seed, s), candidate);
        }
        return found;
    }

    /**
     * The later step of two consecutive codes ({@code first} at step t, {@code second} at t+1) found
     * within {@code window} steps of now, or -1 when there is none: how a device is enabled and resynced.
     */
    static long consecutiveStep(MfaSeed seed, String first, String second, Instant now, int window) {
        long current = step(now);
        for (long s = current - window; s <= current + window; s++) {
            if (same(code(seed, s), first) && same(code(seed, s + 1), second)) {
                return s + 1;
            }
        }
        return -1;
    }

    private static boolean same(String expected, String candidate) {
        return candidate != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
