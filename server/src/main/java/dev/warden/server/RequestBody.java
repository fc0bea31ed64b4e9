package dev.warden.server;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body once, up to a limit. The declared {@code Content-Length} is checked before
 * reading, and a chunked body is cut off one byte past the limit, so an oversized request never
 * fills memory.
 */
final class RequestBody {

    /**
     * 1 MiB: the largest IAM input, a 10,240-character inline role policy or a 131,072-character
     * SimulateCustomPolicy set, stays well below it even when every character is percent-encoded
     * (3 bytes).
     */
    static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    private RequestBody() {}

    static byte[] read(long declaredLength, InputStream in, int maxBytes) {
        if (declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            if (declaredLength >= 0) {
                // Sized to the declared length rather than an 8 KB read buffer per request; a stream
                // that has more to give is still read on, to the same limit as one without a length.
                byte[] declared = in.readNBytes((int) declaredLength);
                int next = declared.length < declaredLength ? -1 : in.read();
                if (next < 0) {
                    return declared;
                }
                return withinLimit(concat(declared, (byte) next, in.readNBytes(maxBytes - declared.length)), maxBytes);
            }
            return withinLimit(in.readNBytes(maxBytes + 1), maxBytes);
        } catch (IOException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_HTTP_REQUEST, "The request body could not be read.");
        }
    }

    private static byte[] withinLimit(byte[] body, int maxBytes) {
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return body;
    }

    private static byte[] concat(byte[] declared, byte next, byte[] rest) {
        byte[] all = new byte[declared.length + 1 + rest.length];
        System.arraycopy(declared, 0, all, 0, declared.length);
        all[declared.length] = next;
        System.arraycopy(rest, 0, all, declared.length + 1, rest.length);
        return all;
    }

    private static AwsError tooLarge(int maxBytes) {
        return new AwsError(AwsErrorCode.REQUEST_ENTITY_TOO_LARGE,
                "The request body exceeds the limit of " + maxBytes + " bytes.");
    }
}
