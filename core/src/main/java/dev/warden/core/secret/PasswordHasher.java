package dev.warden.core.secret;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing (Bouncy Castle; the JDK has no Argon2), encoded in the PHC string format
 * {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash} so parameters can be raised later without breaking
 * stored hashes.
 */
public final class PasswordHasher {
    /** OWASP's baseline for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final Argon2Settings DEFAULT = new Argon2Settings(19 * 1024, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    /** Memory in KiB, iterations, lanes. */
    public record Argon2Settings(int memoryKib, int iterations, int parallelism) {
    }

    private final Argon2Settings settings;
    private final SecureRandom random;

    public PasswordHasher(Argon2Settings settings, SecureRandom random) {
        this.settings = settings;
        this.random = random;
    }

    public String hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = compute(password, salt, settings);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + settings.memoryKib() + ",t=" + settings.iterations() + ",p="
                + settings.parallelism() + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time check of a password against a stored PHC string; false for malformed strings. */
    public boolean verify(Password password, String encoded) {
        Matcher m = PHC.matcher(encoded);
        if (!m.matches()) {
            return false;
        }
        Argon2Settings stored = new Argon2Settings(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        byte[] salt = Base64.getDecoder().decode(m.group(4));
        byte[] expected = Base64.getDecoder().decode(m.group(5));
        byte[] actual = compute(password, salt, stored);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] compute(Password password, byte[] salt, Argon2Settings s) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(s.memoryKib())
                .withIterations(s.iterations())
                .withParallelism(s.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] pass = password.bytes();
        byte[] out = new byte[HASH_BYTES];
        try {
            generator.generateBytes(pass, out);
            return out;
        } finally {
            Arrays.fill(pass, (byte) 0);
        }
    }

}
