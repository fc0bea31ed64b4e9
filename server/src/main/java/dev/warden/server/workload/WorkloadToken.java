package dev.warden.server.workload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A bearer secret handed to one workload: the container endpoint's {@code Authorization} value, or an
 * IMDSv2 session token. Compared in constant time; never printed.
 */
public final class WorkloadToken {

    private static final int RANDOM_BYTES = 32;

    private final byte[] value;

    private WorkloadToken(byte[] value) {
        this.value = value;
    }

    public static WorkloadToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        // URL-safe Base64 without padding: a legal header value for every SDK, no trailing newline.
        return new WorkloadToken(Base64.getUrlEncoder().withoutPadding().encode(bytes));
    }

    /** Whether a presented header value is this token; null or empty never matches. */
    public boolean matches(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(value, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The token's text, for the one answer that hands it to its owner. */
    public String reveal() {
        return new String(value, StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkloadToken token && MessageDigest.isEqual(value, token.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.length);
    }

    @Override
    public String toString() {
        return "WorkloadToken[masked]";
    }
}
