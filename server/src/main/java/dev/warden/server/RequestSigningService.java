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
 *
 * <p>A request signed with S3's legacy Signature Version 2 has no scope but is S3's all the same: an
 * {@code Authorization: AWS AKID:SIGNATURE} header on anything but a Query call, or a URL presigned
 * with {@code AWSAccessKeyId}, {@code Signature} and {@code Expires} (what botocore's
 * {@code aws s3 presign} writes in us-east-1 unless told to use SigV4). It goes to S3, which refuses
 * it in S3's words; the Query services' own Version 2 puts {@code SignatureVersion} and
 * {@code Action} in the parameters instead.
 */
final class RequestSigningService {

    private static final Pattern HEADER_SCOPE =
            Pattern.compile("Credential=[^/,\\s]+/[0-9]{8}/[^/,\\s]+/([a-z0-9-]{1,64})/aws4_request");
    private static final Pattern QUERY_SCOPE =
            Pattern.compile("(?:^|&)X-Amz-Credential=[^&/%]+(?:/|%2F)[0-9]{8}(?:/|%2F)[^&/%]+(?:/|%2F)([a-z0-9-]{1,64})"
                    + "(?:/|%2F)aws4_request", Pattern.CASE_INSENSITIVE);

    private RequestSigningService() {}

    private static final String S3 = "s3";
    private static final Pattern LEGACY_S3_HEADER = Pattern.compile("AWS [^\\s:]+:\\S+");

    static Optional<String> of(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String query = request.getQueryString();
        Optional<String> scoped = of(authorization, query);
        if (scoped.isPresent() || !signedWithLegacyS3Signature(request.getMethod(), request.getRequestURI(),
                authorization, query)) {
            return scoped;
        }
        return Optional.of(S3);
    }

    /** S3's Signature Version 2, in the header or in a presigned URL (see the class comment). */
    static boolean signedWithLegacyS3Signature(String method, String path, String authorization, String query) {
        boolean queryCall = query != null && hasParameter(query, "Action");
        if (authorization != null) {
            boolean queryEndpointCall = "/".equals(path) && ("POST".equals(method) || queryCall);
            return !queryEndpointCall && authorization.length() <= 8192
                    && LEGACY_S3_HEADER.matcher(authorization).matches();
        }
        return query != null && !queryCall && hasParameter(query, "AWSAccessKeyId") && hasParameter(query, "Signature")
                && hasParameter(query, "Expires") && !hasParameter(query, "SignatureVersion");
    }

    private static boolean hasParameter(String query, String name) {
        return query.startsWith(name + "=") || query.contains("&" + name + "=");
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
