package dev.warden.server.s3;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An S3 failure answered with S3's error document ({@code <Error><Code>…}); {@code details} are the
 * extra elements S3 adds ({@code BucketName}, {@code Key}, …). The message goes to the client as is.
 */
public final class S3Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int httpStatus;
    private final transient Map<String, String> details;

    public S3Error(String code, int httpStatus, String message, Map<String, String> details) {
        super(Objects.requireNonNull(message), null, false, false);
        this.code = Objects.requireNonNull(code);
        this.httpStatus = httpStatus;
        this.details = new LinkedHashMap<>(details);
    }

    public S3Error(String code, int httpStatus, String message) {
        this(code, httpStatus, message, Map.of());
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public Map<String, String> details() {
        return Map.copyOf(details);
    }

    static S3Error noSuchBucket(String bucket) {
        return new S3Error("NoSuchBucket", 404, "The specified bucket does not exist", Map.of("BucketName", bucket));
    }

    static S3Error noSuchKey(String key) {
        return new S3Error("NoSuchKey", 404, "The specified key does not exist.", Map.of("Key", key));
    }

    static S3Error invalidArgument(String message, String name, String value) {
        return new S3Error("InvalidArgument", 400, message, Map.of("ArgumentName", name, "ArgumentValue", value));
    }

    static S3Error malformedXml() {
        return new S3Error("MalformedXML", 400,
                "The XML you provided was not well-formed or did not validate against our published schema");
    }
}
