package dev.warden.server.auth;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, the MAC of every SigV4 step. Each thread keeps one {@link Mac} and re-keys it per
 * call: looking the algorithm up for every MAC was a measurable share of a signed request (JFR).
 */
final class HmacSha256 {

    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(HmacSha256::newMac);

    private HmacSha256() {}

    static byte[] mac(byte[] key, byte[] data) {
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an HmacSHA256 key of any length is valid", e);
        }
        // doFinal resets the Mac, so a failure part-way leaves nothing behind for the next call.
        return mac.doFinal(data);
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    }
}
