package dev.warden.server.auth;

import dev.warden.server.encoding.FormPairs;
import dev.warden.server.encoding.MalformedEncodingException;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and parses the SigV4 signature of a request: the {@code Authorization} header or the
 * presigned query parameters. Messages follow AWS's wording (iam-semantics.md §12.7).
 */
final class SignatureClaimReader {

    static final String X_AMZ_ALGORITHM = "X-Amz-Algorithm";
    static final String X_AMZ_CREDENTIAL = "X-Amz-Credential";
    static final String X_AMZ_DATE = "X-Amz-Date";
    static final String X_AMZ_EXPIRES = "X-Amz-Expires";
    static final String X_AMZ_SIGNED_HEADERS = "X-Amz-SignedHeaders";
    static final String X_AMZ_SECURITY_TOKEN = "X-Amz-Security-Token";
    static final String X_AMZ_SIGNATURE = "X-Amz-Signature";

    /** The query parameters of presigned requests; they are not operation input. */
    static final Set<String> QUERY_AUTH_PARAMETERS = Set.of(X_AMZ_ALGORITHM, X_AMZ_CREDENTIAL, X_AMZ_DATE,
            X_AMZ_EXPIRES, X_AMZ_SIGNED_HEADERS, X_AMZ_SECURITY_TOKEN, X_AMZ_SIGNATURE);

    private static final long MAX_EXPIRES_SECONDS = 604_800;

    private SignatureClaimReader() {}

    /** Empty when the request carries no signature at all. */
    static Optional<SignatureClaim> read(SignedRequest request) {
        Map<String, String> queryAuth = queryAuthParameters(request.rawQuery());
        List<String> authorization = request.headerValues("authorization");
        boolean queryForm = queryAuth.containsKey(X_AMZ_ALGORITHM) || queryAuth.containsKey(X_AMZ_SIGNATURE)
                || queryAuth.containsKey(X_AMZ_CREDENTIAL);
        if (!authorization.isEmpty() && queryForm) {
            throw new AwsError(AwsErrorCode.INVALID_PARAMETER_COMBINATION,
                    "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the"
                            + " Authorization header should be specified");
        }
        if (authorization.size() > 1) {
            throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE,
                    "The request has more than one Authorization header.");
        }
        if (!authorization.isEmpty()) {
            return Optional.of(fromHeader(authorization.get(0), request));
        }
        if (queryForm) {
            return Optional.of(fromQuery(queryAuth, request));
        }
        return Optional.empty();
    }

    private static SignatureClaim fromHeader(String header, SignedRequest request) {
        String value = header.strip();
        int space = value.indexOf(' ');
        String algorithm = space < 0 ? value : value.substring(0, space);
        if (!algorithm.equals(SignatureClaim.ALGORITHM)) {
            throw unsupportedAlgorithm(algorithm);
        }
        String rest = space < 0 ? "" : value.substring(space + 1);
        AuthorizationParts parts = AuthorizationParts.parse(rest);
        StringBuilder missing = new StringBuilder();
        if (parts.credential().isEmpty()) {
            missing.append("Authorization header requires 'Credential' parameter. ");
        }
        if (parts.signature().isEmpty()) {
            missing.append("Authorization header requires 'Signature' parameter. ");
        }
        if (parts.signedHeaders().isEmpty()) {
            missing.append("Authorization header requires 'SignedHeaders' parameter. ");
        }
        Optional<String> amzDateHeader = request.header("x-amz-date");
        Optional<String> dateHeader = request.header("date");
        if (amzDateHeader.isEmpty() && dateHeader.isEmpty()) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (missing.length() > 0) {
            throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE, missing + "Authorization=" + value);
        }
        Instant requestTime;
        String amzDate;
        if (amzDateHeader.isPresent()) {
            amzDate = amzDateHeader.get().strip();
            requestTime = AmzDate.parse(amzDate).orElseThrow(() -> badDate(amzDateHeader.get()));
        } else {
            requestTime = AmzDate.parseHttpDate(dateHeader.get()).orElseThrow(() -> badDate(dateHeader.get()));
            amzDate = AmzDate.format(requestTime);
        }
        return new SignatureClaim(
                AuthLocation.HEADER,
                Credential.parse(parts.credential()),
                signedHeaders(parts.signedHeaders()),
                parts.signature(),
                amzDate,
                requestTime,
                request.header("x-amz-security-token"),
                Optional.empty());
    }

    private static SignatureClaim fromQuery(Map<String, String> query, SignedRequest request) {
        for (String required : List.of(X_AMZ_ALGORITHM, X_AMZ_CREDENTIAL, X_AMZ_SIGNATURE, X_AMZ_SIGNED_HEADERS,
                X_AMZ_DATE)) {
            if (query.getOrDefault(required, "").isEmpty()) {
                throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE, "AWS query-string parameters must include '"
                        + required + "'. Re-examine the query-string parameters.");
            }
        }
        String algorithm = query.get(X_AMZ_ALGORITHM);
        if (!algorithm.equals(SignatureClaim.ALGORITHM)) {
            throw unsupportedAlgorithm(algorithm);
        }
        String amzDate = query.get(X_AMZ_DATE);
        Instant requestTime = AmzDate.parse(amzDate).orElseThrow(() -> badDate(amzDate));
        Optional<Duration> expires = Optional.ofNullable(query.get(X_AMZ_EXPIRES)).map(SignatureClaimReader::expires);
        Optional<String> token = Optional.ofNullable(query.get(X_AMZ_SECURITY_TOKEN))
                .or(() -> request.header("x-amz-security-token"));
        return new SignatureClaim(
                AuthLocation.QUERY_STRING,
                Credential.parse(query.get(X_AMZ_CREDENTIAL)),
                signedHeaders(query.get(X_AMZ_SIGNED_HEADERS)),
                query.get(X_AMZ_SIGNATURE),
                amzDate,
                requestTime,
                token,
                expires);
    }

    private static Duration expires(String text) {
        long seconds;
        try {
            seconds = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE, "X-Amz-Expires should be a number");
        }
        if (seconds < 0) {
            throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE, "X-Amz-Expires must be non-negative");
        }
        if (seconds > MAX_EXPIRES_SECONDS) {
            throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE,
                    "X-Amz-Expires must be less than a week (in seconds) that is 604800");
        }
        return Duration.ofSeconds(seconds);
    }

    private static List<String> signedHeaders(String text) {
        List<String> names = new ArrayList<>();
        boolean empty = false;
        boolean host = false;
        for (String name : text.split(";", -1)) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            names.add(lower);
            empty |= lower.isEmpty();
            host |= lower.equals("host") || lower.equals(":authority");
        }
        if (empty) {
            throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE,
                    "SignedHeaders has an empty header name: '" + text + "'");
        }
        if (!host) {
            // AWS counts an unsigned host as a signature failure (403), not an incomplete signature.
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        return names;
    }

    /**
     * The {@code Credential}, {@code SignedHeaders} and {@code Signature} of the header's
     * comma-separated {@code name=value} list, names and values trimmed; the first occurrence of each
     * counts, other names are ignored, an absent one is empty. Read in one pass: this runs for every
     * signed request.
     */
    private record AuthorizationParts(String credential, String signedHeaders, String signature) {

        static AuthorizationParts parse(String list) {
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            int from = 0;
            while (from <= list.length()) {
                int comma = list.indexOf(',', from);
                int to = comma < 0 ? list.length() : comma;
                String part = list.substring(from, to).strip();
                from = to + 1;
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String value = part.substring(eq + 1).strip();
                switch (part.substring(0, eq).strip()) {
                    case "Credential" -> credential = credential == null ? value : credential;
                    case "SignedHeaders" -> signedHeaders = signedHeaders == null ? value : signedHeaders;
                    case "Signature" -> signature = signature == null ? value : signature;
                    default -> { }
                }
            }
            return new AuthorizationParts(orEmpty(credential), orEmpty(signedHeaders), orEmpty(signature));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** AWS's words, trailing space included (as dynalite recorded them from DynamoDB). */
    private static AwsError unsupportedAlgorithm(String algorithm) {
        return new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE,
                "Unsupported AWS 'algorithm': '" + algorithm + "' (only " + SignatureClaim.ALGORITHM + " for now). ");
    }

    private static AwsError badDate(String text) {
        return new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE,
                "Date must be in ISO-8601 'basic format'. Got '" + text + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    /** The {@code X-Amz-*} authentication parameters of the query string (first occurrence of each). */
    private static Map<String, String> queryAuthParameters(String rawQuery) {
        Map<String, String> found = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return found;
        }
        try {
            for (FormPairs.Pair pair : FormPairs.parse(rawQuery)) {
                if (QUERY_AUTH_PARAMETERS.contains(pair.name()) && found.putIfAbsent(pair.name(), pair.value()) != null) {
                    throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE,
                            "The query-string parameter " + pair.name() + " occurs more than once.");
                }
            }
        } catch (MalformedEncodingException e) {
            throw new AwsError(AwsErrorCode.MALFORMED_QUERY_STRING,
                    "Malformed query string: " + e.problem() + " at offset " + e.position() + ".");
        }
        return found;
    }

    static boolean isQueryAuthParameter(String name) {
        return QUERY_AUTH_PARAMETERS.contains(name);
    }
}
