package dev.warden.core.secret;

import java.nio.charset.StandardCharsets;

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

    /** True when every character is printable ASCII or space, as AWS requires. */
    public boolean isAscii() {
        for (byte b : bytes()) {
            if (b < 0x20 || b > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
