package dev.warden.server.s3;

import java.io.InputStream;

/**
 * The decoded content of an aws-chunked body must be exactly {@code x-amz-decoded-content-length}
 * bytes: a shorter or longer body fails at its end, before anything is stored.
 */
final class LengthCheckingInputStream extends CheckedBodyInputStream {

    private final long expected;
    private long seen;

    LengthCheckingInputStream(InputStream in, long expected) {
        super(in);
        this.expected = expected;
    }

    @Override
    void check(byte[] buffer, int offset, int n) {
        if (n > 0) {
            seen += n;
        }
        if (seen > expected || (n < 0 && seen != expected)) {
            throw new S3Error("IncompleteBody", 400,
                    "You did not provide the number of bytes specified by the x-amz-decoded-content-length header.");
        }
    }
}
