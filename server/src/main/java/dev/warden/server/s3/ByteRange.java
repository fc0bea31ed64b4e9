package dev.warden.server.s3;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single {@code Range: bytes=first-last} (or {@code bytes=-suffix}) within an object. Ranges S3
 * would ignore (several ranges, other units, malformed) are ignored here too: the whole object is
 * sent. A range starting past the end is {@code InvalidRange}.
 */
record ByteRange(long first, long last) {

    private static final Pattern BYTES = Pattern.compile("bytes=(\\d*)-(\\d*)");

    static Optional<ByteRange> parse(String header, long size) {
        Matcher m = BYTES.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 || size == 0 ? Optional.empty()
                        : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (first >= size) {
                throw new S3Error("InvalidRange", 416, "The requested range is not satisfiable");
            }
            return last < first ? Optional.empty() : Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
