package dev.warden.server.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the hash of SigV4 payloads and canonical requests. */
final class Sha256 {

    /** Hex SHA-256 of the empty string, the payload hash of a request without body. */
    static final String EMPTY_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /**
     * One digest per thread: every signed request hashes its body and its canonical request, and the
     * provider lookup behind {@code getInstance} cost about as much as hashing a small body (JFR).
     * {@code digest} resets it, and nothing between {@code update} and {@code digest} can throw.
     */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {}

    static byte[] digest(byte[] data) {
        return DIGESTS.get().digest(data);
    }

    static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
