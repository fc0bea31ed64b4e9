package dev.warden.server.s3;

import dev.warden.server.encoding.PercentEncoding;
import java.util.Optional;

/**
 * Bucket and key of a path-style request ({@code /bucket/key…}), decoded from the raw path. The key is
 * everything after the bucket's slash, kept as is (slashes, dots and {@code ../} included).
 *
 * @param bucket empty for the service ({@code /})
 * @param key empty for the bucket itself
 */
record S3Address(Optional<String> bucket, Optional<String> key) {

    static S3Address parse(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (path.isEmpty()) {
            return new S3Address(Optional.empty(), Optional.empty());
        }
        int slash = path.indexOf('/');
        String bucket = decode(slash < 0 ? path : path.substring(0, slash));
        String key = slash < 0 ? "" : decode(path.substring(slash + 1));
        return new S3Address(Optional.of(bucket), key.isEmpty() ? Optional.empty() : Optional.of(key));
    }

    private static String decode(String raw) {
        try {
            return PercentEncoding.decode(raw, false);
        } catch (RuntimeException e) {
            throw new S3Error("InvalidURI", 400, "Couldn't parse the specified URI.");
        }
    }
}
