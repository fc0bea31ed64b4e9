package dev.warden.server.s3;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A plain signed payload: the bytes pass through while their SHA-256 is computed, and at the end the
 * hash must be the one the signature covered; otherwise reading fails and nothing is stored.
 */
final class HashCheckingInputStream extends CheckedBodyInputStream {

    private final MessageDigest digest;
    private final String expectedHex;
    private boolean checked;

    HashCheckingInputStream(InputStream in, String expectedHex) {
        super(in);
        this.expectedHex = expectedHex;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    @Override
    void check(byte[] buffer, int offset, int n) {
        if (n > 0) {
            digest.update(buffer, offset, n);
        } else if (n < 0 && !checked) {
            checked = true;
            if (!MessageDigest.isEqual(HexFormat.of().formatHex(digest.digest()).getBytes(),
                    expectedHex.getBytes())) {
                throw new S3Error("XAmzContentSHA256Mismatch", 400,
                        "The provided 'x-amz-content-sha256' header does not match what was computed.");
            }
        }
    }
}
