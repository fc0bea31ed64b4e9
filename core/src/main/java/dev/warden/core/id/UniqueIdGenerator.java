package dev.warden.core.id;

import java.security.SecureRandom;

/**
 * Makes AWS-shaped unique ids: a prefix plus uppercase base32 characters (A-Z, 2-7) from a secure
 * random source, e.g. {@code AIDAJQABLZS4A3QDU576Q}. 17 characters carry 85 bits, so collisions are
 * not a practical concern; the database's primary keys still reject one.
 *
 * <p>All characters come from one {@code nextBytes} call: a shared {@link SecureRandom} is
 * synchronized, and one call per character made concurrent AssumeRole calls queue on its lock (JFR).
 * Each byte's low 5 bits pick a character; 256 is a multiple of 32, so every character is equally likely.
 */
public final class UniqueIdGenerator {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final SecureRandom random;

    public UniqueIdGenerator(SecureRandom random) {
        this.random = random;
    }

    public String next(IdPrefix prefix) {
        byte[] drawn = new byte[prefix.randomLength()];
        random.nextBytes(drawn);
        StringBuilder id = new StringBuilder(prefix.prefix().length() + drawn.length);
        id.append(prefix.prefix());
        for (byte b : drawn) {
            id.append(ALPHABET.charAt(b & (ALPHABET.length() - 1)));
        }
        return id.toString();
    }
}
