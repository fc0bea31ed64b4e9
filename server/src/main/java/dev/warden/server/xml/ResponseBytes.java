package dev.warden.server.xml;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * The growing byte buffer a response document is written into. The JDK's StAX writer hands its
 * UTF-8 output over one byte at a time, and {@link java.io.ByteArrayOutputStream#write(int)} takes a
 * lock for each; that locking was a visible part of every response's cost (JFR). One thread writes a
 * response, so this buffer takes none.
 */
final class ResponseBytes extends OutputStream {

    private byte[] buffer;
    private int size;

    ResponseBytes(int initialCapacity) {
        buffer = new byte[initialCapacity];
    }

    @Override
    public void write(int b) {
        if (size == buffer.length) {
            grow(1);
        }
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (length > buffer.length - size) {
            grow(length);
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** A copy of what was written. */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void grow(int atLeast) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + atLeast));
    }
}
