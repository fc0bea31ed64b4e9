package dev.warden.core.secret;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntPredicate;

/** A console password as received; only ever hashed, never stored or printed. */
public final class Password extends SecretBytes {
    private final int characters;

    private Password(String text) {
        super(text.getBytes(StandardCharsets.UTF_8));
        this.characters = text.length();
    }

    public static Password of(CharSequence text) {
        if (text == null) {
            throw new IllegalArgumentException("password must not be null");
        }
        return new Password(text.toString());
    }

    /** Number of characters (AWS limits passwords to 1-128 characters). */
    public int characterCount() {
        return characters;
    }

    /**
     * True when some byte of the password (a character, for the ASCII passwords AWS accepts) passes
     * {@code test}: lets a password policy ask "has a digit?" without the text leaving this object.
     */
    public boolean anyCharacter(IntPredicate test) {
        byte[] b = bytes();
        try {
            for (byte c : b) {
                if (test.test(c & 0xFF)) {
                    return true;
                }
            }
            return false;
        } finally {
            Arrays.fill(b, (byte) 0);
        }
    }
}
