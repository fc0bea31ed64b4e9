package dev.warden.server.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that passes through unchanged while each byte is checked, and that fails at its end
 * (before anything is stored) when the check does not hold. No byte may bypass the check, so skipping
 * is refused.
 */
abstract class CheckedBodyInputStream extends FilterInputStream {

    CheckedBodyInputStream(InputStream in) {
        super(in);
    }

    /**
     * Sees {@code n} bytes just read into {@code buffer} at {@code offset}, or the end of the body when
     * {@code n < 0}; throws to fail the read.
     */
    abstract void check(byte[] buffer, int offset, int n) throws IOException;

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        check(buffer, offset, n);
        return n;
    }

    @Override
    public final long skip(long n) {
        return 0;
    }
}
