package dev.warden.core.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Base of every secret type: holds the bytes privately, never prints them, and compares in constant
 * time so that equality checks cannot leak a prefix through timing.
 */
public abstract class SecretBytes {
    private final byte[] bytes;

    protected SecretBytes(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    protected SecretBytes(CharSequence text) {
        this(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the secret bytes; callers should wipe it (Arrays.fill) when done. */
    public final byte[] bytes() {
        return bytes.clone();
    }

    /** Length in bytes; safe to reveal. */
    public final int length() {
        return bytes.length;
    }

    /** Constant-time comparison with raw bytes. */
    public final boolean matches(byte[] candidate) {
        return MessageDigest.isEqual(bytes, candidate);
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        return MessageDigest.isEqual(bytes, ((SecretBytes) other).bytes);
    }

    @Override
    public final int hashCode() {
        // A constant: a content hash would be a cheap oracle for the secret.
        return getClass().hashCode();
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[****]";
    }

    /** Overwrites the held bytes; the object is useless afterwards. */
    public final void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    protected final String revealUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
