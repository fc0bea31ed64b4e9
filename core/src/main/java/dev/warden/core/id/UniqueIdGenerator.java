package dev.warden.core.id;

import java.security.SecureRandom;

/**
 * Makes AWS-shaped unique ids: a prefix plus uppercase base32 characters (A-Z, 2-7) from a secure
 * random source, e.g. {@code AIDAJQABLZS4A3QDU576Q}. 17 characters carry 85 bits, so collisions are
 * not a practical concern; the database's primary keys still reject one.
 */
public final class UniqueIdGenerator {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final SecureRandom random;

    public UniqueIdGenerator(SecureRandom random) {
        this.random = random;
    }

    public String next(IdPrefix prefix) {
        StringBuilder id = new StringBuilder(prefix.prefix().length() + prefix.randomLength());
        id.append(prefix.prefix());
        for (int i = 0; i < prefix.randomLength(); i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
