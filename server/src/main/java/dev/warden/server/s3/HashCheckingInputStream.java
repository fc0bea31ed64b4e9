package dev.warden.server.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A plain signed payload: the bytes pass through while their SHA-256 is computed, and at the end the
 * hash must be the one the signature covered; otherwise reading fails and nothing is stored.
 */
final class HashCheckingInputStream extends FilterInputStream {

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
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
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
        return n;
    }

    @Override
    public long skip(long n) {
        return 0; // every byte must be hashed
    }
}
