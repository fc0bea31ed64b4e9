package dev.warden.server.error;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpConnection;

/**
 * What Jetty had parsed of a request before it rejected it (header section too large, a path it
 * cannot decode, a malformed message): enough, often, to tell which service the request was for.
 * Any part may be missing: a request line Jetty refused leaves the method and path at most, and
 * headers after the one that overflowed the limit are never read. When Jetty refuses the request line
 * of a second request on a kept-alive connection, the headers seen may still be the previous
 * request's (same client, almost always the same service); only the wording of the error depends
 * on them, never a decision.
 *
 * @param method the request method, empty when unknown
 * @param rawPath the path as sent (still percent-encoded), empty when unknown
 * @param rawQuery the query string as sent, empty when none or unknown
 * @param authorization the {@code Authorization} header, empty when absent or not parsed
 */
public record RejectedRequest(String method, String rawPath, String rawQuery, String authorization) {

    public static final RejectedRequest UNKNOWN = new RejectedRequest("", "", "", "");

    /**
     * The request Jetty is rejecting on this thread. Jetty answers a bad message from the thread that
     * parses it, with the connection's request already holding the parsed request line and headers.
     */
    public static RejectedRequest current() {
        HttpConnection connection = HttpConnection.getCurrentConnection();
        if (connection == null) {
            return UNKNOWN;
        }
        MetaData.Request parsed = connection.getHttpChannel().getRequest().getMetaData();
        return parsed == null ? UNKNOWN : of(parsed);
    }

    static RejectedRequest of(MetaData.Request parsed) {
        HttpURI uri = parsed.getURI();
        HttpFields fields = parsed.getFields();
        return new RejectedRequest(
                orEmpty(parsed.getMethod()).toUpperCase(Locale.ROOT),
                uri == null ? "" : orEmpty(uri.getPath()),
                uri == null ? "" : orEmpty(uri.getQuery()),
                fields == null ? "" : orEmpty(fields.get("Authorization")));
    }

    public Optional<String> authorizationHeader() {
        return authorization.isEmpty() ? Optional.empty() : Optional.of(authorization);
    }

    public Optional<String> query() {
        return rawQuery.isEmpty() ? Optional.empty() : Optional.of(rawQuery);
    }

    /**
     * False when the path is unknown (Jetty refused the request line), is not percent-encoded UTF-8,
     * or climbs above "/" once its dot segments are resolved: the paths Jetty cannot route.
     */
    public boolean pathResolvable() {
        if (rawPath.isEmpty()) {
            return false;
        }
        Optional<String> decoded = decoded(rawPath);
        if (decoded.isEmpty()) {
            return false;
        }
        int depth = 0;
        for (String segment : decoded.get().split("/", -1)) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return false;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return true;
    }

    private static Optional<String> decoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
                    || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                return Optional.empty();
            }
            bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
