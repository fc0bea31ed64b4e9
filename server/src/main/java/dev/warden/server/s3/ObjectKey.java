package dev.warden.server.s3;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Object keys: any Unicode text of 1 to 1,024 UTF-8 bytes, as S3 allows. Keys never become file
 * names (objects are stored under the SHA-256 of their key), so {@code ../}, slashes and any
 * character are harmless.
 */
final class ObjectKey {

    static final int MAX_BYTES = 1024;

    private ObjectKey() {}

    static String require(String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new S3Error("KeyTooLongError", 400, "Your key is too long",
                    Map.of("MaxSizeAllowed", Integer.toString(MAX_BYTES), "Size", Integer.toString(bytes)));
        }
        return key;
    }
}
