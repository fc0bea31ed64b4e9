package dev.warden.server.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as the SigV4 verifier sees it, independent of the HTTP server.
 *
 * @param rawPath the path exactly as sent (still percent-encoded)
 * @param rawQuery the query string exactly as sent, without {@code ?}; empty when there is none
 * @param headers every header, names in lower case, values in arrival order
 * @param body the complete body, read once by the server before verification
 */
public record SignedRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    public SignedRequest {
        TreeMap<String, List<String>> lowerCased = new TreeMap<>();
        headers.forEach((name, values) -> lowerCased
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        lowerCased.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(lowerCased);
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    /** All values of a header; empty when absent. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headerValues(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
