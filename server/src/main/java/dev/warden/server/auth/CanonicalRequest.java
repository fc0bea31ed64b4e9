package dev.warden.server.auth;

import dev.warden.server.encoding.FormPairs;
import dev.warden.server.encoding.MalformedEncodingException;
import dev.warden.server.encoding.PercentEncoding;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SigV4 canonical request (iam-semantics.md §12.1):
 * {@code METHOD\nURI\nQUERY\nHEADERS\n\nSIGNED_HEADERS\nPAYLOAD_HASH}.
 */
final class CanonicalRequest {

    private CanonicalRequest() {}

    /**
     * @param payloadHash hex SHA-256 of the body, or the {@code x-amz-content-sha256} value
     */
    static String of(SignedRequest request, SignatureClaim claim, String payloadHash) {
        return of(request, claim, payloadHash, canonicalUri(request.rawPath()));
    }

    /** S3's form: the path exactly as sent, neither normalised nor encoded again (wire-protocol.md §5). */
    static String ofS3(SignedRequest request, SignatureClaim claim, String payloadHash) {
        return of(request, claim, payloadHash, request.rawPath().isEmpty() ? "/" : request.rawPath());
    }

    /** S3's form for a path sent in another encoding than the one signed: decoded, then encoded once. */
    static String ofS3Normalised(SignedRequest request, SignatureClaim claim, String payloadHash) {
        String decoded;
        try {
            decoded = PercentEncoding.decode(request.rawPath(), false);
        } catch (MalformedEncodingException e) {
            return ofS3(request, claim, payloadHash);
        }
        return of(request, claim, payloadHash, decoded.isEmpty() ? "/" : PercentEncoding.encodePath(decoded));
    }

    private static String of(SignedRequest request, SignatureClaim claim, String payloadHash, String uri) {
        return request.method() + '\n'
                + uri + '\n'
                + canonicalQuery(request.rawQuery(), claim.location() == AuthLocation.QUERY_STRING) + '\n'
                + canonicalHeaders(request, claim.signedHeaders()) + '\n'
                + String.join(";", claim.signedHeaders()) + '\n'
                + payloadHash;
    }

    /**
     * Non-S3 services normalise the path (dot segments removed) and percent-encode the already-encoded
     * path once more, keeping {@code /}; an empty path is {@code /}.
     */
    static String canonicalUri(String rawPath) {
        if (rawPath.isEmpty() || rawPath.equals("/")) {
            return "/"; // every IAM and STS request
        }
        return PercentEncoding.encodePath(removeDotSegments(rawPath));
    }

    private static String removeDotSegments(String path) {
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }

    /**
     * Names and values decoded, then RFC 3986-encoded each, sorted by name then value; presigned
     * requests leave out {@code X-Amz-Signature}, which cannot sign itself.
     */
    static String canonicalQuery(String rawQuery, boolean presigned) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> encoded = new ArrayList<>();
        try {
            for (FormPairs.Pair pair : FormPairs.parse(rawQuery)) {
                if (presigned && pair.name().equals(SignatureClaimReader.X_AMZ_SIGNATURE)) {
                    continue;
                }
                encoded.add(new String[] {PercentEncoding.encode(pair.name()), PercentEncoding.encode(pair.value())});
            }
        } catch (MalformedEncodingException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_QUERY_STRING,
                    "Malformed query string: " + e.problem() + " at offset " + e.position() + ".");
        }
        encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        return encoded.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    }

    /** {@code name:value\n} per signed header; values trimmed, inner whitespace runs collapsed, repeats comma-joined. */
    static String canonicalHeaders(SignedRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            String lookup = name.equals(":authority") ? "host" : name;
            List<String> values = new ArrayList<>();
            for (String value : request.headerValues(lookup)) {
                values.add(trimAll(value));
            }
            out.append(name).append(':').append(String.join(",", values)).append('\n');
        }
        return out.toString();
    }

    private static String trimAll(String value) {
        if (isTrimmed(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** No whitespace at either end and none inside but single spaces: the usual header value. */
    private static boolean isTrimmed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == value.length() - 1 || value.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
