package dev.warden.server.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decoded content of an aws-chunked body must be exactly {@code x-amz-decoded-content-length}
 * bytes: a shorter or longer body fails at its end, before anything is stored.
 */
final class LengthCheckingInputStream extends FilterInputStream {

    private final long expected;
    private long seen;

    LengthCheckingInputStream(InputStream in, long expected) {
        super(in);
        this.expected = expected;
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
            seen += n;
        }
        if (seen > expected || (n < 0 && seen != expected)) {
            throw new S3Error("IncompleteBody", 400,
                    "You did not provide the number of bytes specified by the x-amz-decoded-content-length header.");
        }
        return n;
    }

    @Override
    public long skip(long n) {
        return 0; // every byte is counted
    }
}
