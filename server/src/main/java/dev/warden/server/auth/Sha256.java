package dev.warden.server.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the hash of SigV4 payloads and canonical requests. */
final class Sha256 {

    /** Hex SHA-256 of the empty string, the payload hash of a request without body. */
    static final String EMPTY_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private Sha256() {}

    static byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }
}
