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
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_HTTP_REQUEST, "The request body could not be read.");
        }
    }

    private static AwsError tooLarge(int maxBytes) {
        return new AwsError(AwsErrorCode.REQUEST_ENTITY_TOO_LARGE,
                "The request body exceeds the limit of " + maxBytes + " bytes.");
    }
}
