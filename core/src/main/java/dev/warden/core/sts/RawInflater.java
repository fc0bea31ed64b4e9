package dev.warden.core.sts;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates raw (no zlib header) deflate data that came back from a client, so it may be forged: a
 * truncated stream is refused rather than read short, and the output is bounded, so a small forgery
 * cannot make Warden inflate without end.
 */
final class RawInflater {

    private RawInflater() {}

    /**
     * @param maxBytes the most the inflated data may hold
     * @param what names the data in the exception's message ("truncated WHAT", "WHAT too large")
     */
    static byte[] inflate(byte[] input, int maxBytes, String what) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length * 3);
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated " + what);
                }
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new DataFormatException(what + " too large");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
