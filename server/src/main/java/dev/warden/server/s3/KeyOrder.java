package dev.warden.server.s3;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** S3 lists keys in the binary order of their UTF-8 bytes (not Java's UTF-16 order). */
final class KeyOrder {

    static final Comparator<String> UTF8_BINARY = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private KeyOrder() {}
}
