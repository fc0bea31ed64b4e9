package dev.warden.server.s3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a bucket listing (ListObjects and ListObjectsV2): keys after {@code startAfter} that
 * start with {@code prefix}, keys sharing a part up to the next {@code delimiter} rolled up into one
 * common prefix, at most {@code maxKeys} entries (keys and common prefixes together).
 *
 * @param nextMarker the last key or common prefix returned, when the listing is truncated
 */
record ObjectListing(List<StoredObject> contents, List<String> commonPrefixes, boolean truncated,
        Optional<String> nextMarker) {

    static final int MAX_KEYS = 1000;

    static ObjectListing of(List<StoredObject> sorted, String prefix, String delimiter, String startAfter,
            int maxKeys) {
        List<StoredObject> contents = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String last = null;
        for (StoredObject object : sorted) {
            String key = object.key();
            if (!key.startsWith(prefix) || KeyOrder.UTF8_BINARY.compare(key, startAfter) <= 0) {
                continue;
            }
            Optional<String> rolledUp = commonPrefix(key, prefix, delimiter);
            if (rolledUp.isPresent() && rolledUp.get().equals(last)) {
                continue;
            }
            if (rolledUp.isPresent() && KeyOrder.UTF8_BINARY.compare(rolledUp.get(), startAfter) <= 0
                    && startAfter.startsWith(rolledUp.get())) {
                continue; // this common prefix was returned on an earlier page
            }
            if (contents.size() + prefixes.size() == maxKeys) {
                return new ObjectListing(contents, prefixes, true, Optional.ofNullable(last));
            }
            if (rolledUp.isPresent()) {
                prefixes.add(rolledUp.get());
                last = rolledUp.get();
            } else {
                contents.add(object);
                last = key;
            }
        }
        return new ObjectListing(contents, prefixes, false, Optional.empty());
    }

    private static Optional<String> commonPrefix(String key, String prefix, String delimiter) {
        if (delimiter.isEmpty()) {
            return Optional.empty();
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? Optional.empty() : Optional.of(key.substring(0, at + delimiter.length()));
    }

    /** The continuation token for a marker: opaque to clients, the marker itself to Warden. */
    static String token(String marker) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(marker.getBytes(StandardCharsets.UTF_8));
    }

    static String marker(String token) {
        try {
            return new String(java.util.Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Error.invalidArgument("The continuation token provided is incorrect", "continuation-token", token);
        }
    }
}
