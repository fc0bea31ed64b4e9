package dev.warden.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service a request says it is signed for, read from its credential scope
 * ({@code Credential=AKID/DATE/REGION/SERVICE/aws4_request} in {@code Authorization}, or
 * {@code X-Amz-Credential} in a presigned URL). Only routes: the signature is verified later by the
 * endpoint chosen, against exactly that service.
 */
final class RequestSigningService {

    private static final Pattern HEADER_SCOPE =
            Pattern.compile("Credential=[^/,\\s]+/[0-9]{8}/[^/,\\s]+/([a-z0-9-]{1,64})/aws4_request");
    private static final Pattern QUERY_SCOPE =
            Pattern.compile("(?:^|&)X-Amz-Credential=[^&/%]+(?:/|%2F)[0-9]{8}(?:/|%2F)[^&/%]+(?:/|%2F)([a-z0-9-]{1,64})"
                    + "(?:/|%2F)aws4_request", Pattern.CASE_INSENSITIVE);

    private RequestSigningService() {}

    static Optional<String> of(HttpServletRequest request) {
        return of(request.getHeader("Authorization"), request.getQueryString());
    }

    /** @param authorization the header, null when absent; @param query the raw query string, null when none */
    static Optional<String> of(String authorization, String query) {
        if (authorization != null) {
            return find(HEADER_SCOPE, authorization);
        }
        return query == null ? Optional.empty() : find(QUERY_SCOPE, query);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        if (text.length() > 8192) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
