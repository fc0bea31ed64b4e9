package dev.warden.core.secret;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Derives independent AES-256 keys from the master key with HKDF-SHA256 (RFC 5869; Bouncy Castle
 * because Java 17 has no HKDF). Distinct purposes give unrelated keys, so a leaked token key does not
 * expose secrets at rest.
 */
public final class KeyDerivation {
    private static final int KEY_BYTES = 32;

    private KeyDerivation() {
    }

    public static SecretKeySpec deriveAesKey(MasterKey master, String purpose) {
        byte[] ikm = master.bytes();
        byte[] okm = new byte[KEY_BYTES];
        try {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(ikm, "warden".getBytes(StandardCharsets.UTF_8),
                    purpose.getBytes(StandardCharsets.UTF_8)));
            hkdf.generateBytes(okm, 0, okm.length);
            return new SecretKeySpec(okm, "AES");
        } finally {
            Arrays.fill(ikm, (byte) 0);
            Arrays.fill(okm, (byte) 0);
        }
    }
}
