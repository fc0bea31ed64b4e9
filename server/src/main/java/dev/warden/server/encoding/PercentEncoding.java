package dev.warden.server.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as AWS uses it: in SigV4 canonical requests, in URL-encoded policy
 * documents of IAM responses, and (with {@code +} meaning space) in form-encoded Query requests.
 *
 * <p>Decoding is strict: a stray {@code %}, a non-hex digit or bytes that are not valid UTF-8 are
 * rejected, never silently replaced, because a lenient decoder would let two different byte strings
 * decode to the same parameter value.
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes everything except the RFC 3986 unreserved characters {@code A-Z a-z 0-9 - _ . ~}. */
    public static String encode(String value) {
        return encode(value, false);
    }

    /** Like {@link #encode(String)} but keeps {@code /}, for canonical URI paths. */
    public static String encodePath(String path) {
        return encode(path, true);
    }

    private static String encode(String value, boolean keepSlash) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c) || (keepSlash && c == '/')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /**
     * Decodes {@code %XX} escapes and, when {@code plusIsSpace}, {@code +} as a space (form encoding).
     *
     * @throws MalformedEncodingException with the offset of the first bad character
     */
    public static String decode(String encoded, boolean plusIsSpace) {
        if (encoded.indexOf('%') < 0 && (!plusIsSpace || encoded.indexOf('+') < 0)) {
            return encoded;
        }
        byte[] bytes = new byte[encoded.length() * 3];
        int[] sourceOffset = new int[bytes.length]; // where each decoded byte came from, for errors
        int length = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new MalformedEncodingException("incomplete percent-escape", i);
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new MalformedEncodingException("invalid percent-escape", i);
                }
                sourceOffset[length] = i;
                bytes[length++] = (byte) ((high << 4) | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                sourceOffset[length] = i;
                bytes[length++] = (byte) ' ';
            } else if (c < 0x80) {
                sourceOffset[length] = i;
                bytes[length++] = (byte) c;
            } else {
                // Raw non-ASCII characters are already text; keep them as UTF-8.
                int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
                for (byte b : encoded.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    sourceOffset[length] = i;
                    bytes[length++] = b;
                }
                i = end - 1;
            }
        }
        try {
            return decodeUtf8(ByteBuffer.wrap(bytes, 0, length), 0);
        } catch (MalformedEncodingException e) {
            throw new MalformedEncodingException("invalid UTF-8", sourceOffset[e.position()]);
        }
    }

    /**
     * Decodes bytes as UTF-8, rejecting malformed sequences.
     *
     * @param offset added to the reported error position (the bytes' position in a larger input)
     * @throws MalformedEncodingException at the byte offset of the first malformed sequence
     */
    public static String decodeUtf8(ByteBuffer bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = bytes.position();
        CharBuffer chars = CharBuffer.allocate(bytes.remaining());
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            throw new MalformedEncodingException("invalid UTF-8", offset + bytes.position() - start);
        }
        decoder.flush(chars);
        chars.flip();
        return chars.toString();
    }
}
