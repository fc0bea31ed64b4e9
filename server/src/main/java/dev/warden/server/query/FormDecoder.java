package dev.warden.server.query;

import dev.warden.server.encoding.FormPairs;
import dev.warden.server.encoding.MalformedEncodingException;
import dev.warden.server.encoding.PercentEncoding;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a POST body or a GET query string) into a
 * flat parameter map. Accepts what the clients send (wire-protocol.md §2.2): {@code +} or
 * {@code %20} for a space, raw {@code *} or {@code %2A}, any parameter order.
 *
 * <p>A parameter name that occurs twice is rejected ({@code InvalidQueryParameter}): AWS documents no
 * precedence between duplicates, and silently choosing one would let a proxy and Warden read the same
 * signed request differently. Malformed percent-encoding and bytes that are not UTF-8 give
 * {@code MalformedQueryString} (404, as AWS lists it) with the offset of the fault.
 */
public final class FormDecoder {

    private FormDecoder() {}

    /** Decodes a body; its bytes must be UTF-8. */
    public static Map<String, String> decode(byte[] body) {
        String text;
        try {
            text = PercentEncoding.decodeUtf8(ByteBuffer.wrap(body), 0);
        } catch (MalformedEncodingException e) {
            throw malformed("The request body is not valid UTF-8 (byte offset " + e.position() + ").");
        }
        return decode(text, name -> false);
    }

    /**
     * Decodes form text, leaving out the parameters whose decoded name {@code skip} accepts (the
     * SigV4 query-authentication parameters, which are not operation input).
     */
    public static Map<String, String> decode(String form, Predicate<String> skip) {
        List<FormPairs.Pair> pairs;
        try {
            pairs = FormPairs.parse(form);
        } catch (MalformedEncodingException e) {
            throw malformed("Malformed query string: " + e.problem() + " at offset " + e.position() + ".");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (FormPairs.Pair pair : pairs) {
            if (pair.name().isEmpty()) {
                throw malformed("Malformed query string: empty parameter name at offset " + pair.offset() + ".");
            }
            if (!skip.test(pair.name()) && params.putIfAbsent(pair.name(), pair.value()) != null) {
                throw new AwsError(AwsErrorCode.INVALID_QUERY_PARAMETER,
                        "The parameter " + pair.name() + " occurs more than once.");
            }
        }
        return params;
    }

    /** Adds {@code more} to {@code params}, rejecting a name present in both (query string and body). */
    public static Map<String, String> merge(Map<String, String> params, Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(params);
        more.forEach((name, value) -> {
            if (merged.putIfAbsent(name, value) != null) {
                throw new AwsError(AwsErrorCode.INVALID_QUERY_PARAMETER,
                        "The parameter " + name + " occurs more than once.");
            }
        });
        return merged;
    }

    private static AwsError malformed(String message) {
        return new AwsError(AwsErrorCode.MALFORMED_QUERY_STRING, message);
    }
}
