package dev.warden.server.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code application/x-www-form-urlencoded} text (a body or a query string) into decoded
 * name/value pairs, in order and with duplicates kept. {@code +} decodes to a space; a pair without
 * {@code =} has the empty value.
 */
public final class FormPairs {

    /** One decoded pair; {@code offset} is where it starts in the encoded text. */
    public record Pair(String name, String value, int offset) {}

    private FormPairs() {}

    /** @throws MalformedEncodingException with the offset in {@code form} of the first fault */
    public static List<Pair> parse(String form) {
        List<Pair> pairs = new ArrayList<>();
        int offset = 0;
        for (String piece : form.split("&", -1)) {
            if (!piece.isEmpty()) {
                int eq = piece.indexOf('=');
                String rawName = eq < 0 ? piece : piece.substring(0, eq);
                String rawValue = eq < 0 ? "" : piece.substring(eq + 1);
                pairs.add(new Pair(
                        decodeAt(rawName, offset),
                        decodeAt(rawValue, offset + rawName.length() + 1),
                        offset));
            }
            offset += piece.length() + 1;
        }
        return pairs;
    }

    private static String decodeAt(String raw, int offset) {
        try {
            return PercentEncoding.decode(raw, true);
        } catch (MalformedEncodingException e) {
            throw new MalformedEncodingException(e.problem(), offset + e.position());
        }
    }
}
