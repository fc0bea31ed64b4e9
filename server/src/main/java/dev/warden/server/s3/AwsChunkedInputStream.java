package dev.warden.server.s3;

import dev.warden.server.auth.ChunkSignatures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The content of an aws-chunked body (wire-protocol.md §5): {@code SIZE[;chunk-signature=SIG]\r\n DATA
 * \r\n} repeated, a final empty chunk, then optional trailer lines and an empty line. With
 * {@code signatures} every chunk's signature (and the trailer's) is checked before its data is handed
 * on; a chunk is held in memory only up to {@link #MAX_CHUNK_BYTES}.
 */
final class AwsChunkedInputStream extends InputStream {

    static final int MAX_CHUNK_BYTES = 16 * 1024 * 1024;
    private static final int MAX_LINE_BYTES = 4096;
    private static final int MAX_TRAILER_LINES = 16;
    private static final String SIGNATURE_PREFIX = "chunk-signature=";
    private static final String TRAILER_SIGNATURE = "x-amz-trailer-signature";

    private final InputStream raw;
    private final Optional<ChunkSignatures> signatures;
    private final boolean signedTrailer;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean finished;

    /**
     * @param signatures present when chunks are signed
     * @param signedTrailer whether a trailer, if any, must carry {@code x-amz-trailer-signature}
     */
    AwsChunkedInputStream(InputStream raw, Optional<ChunkSignatures> signatures, boolean signedTrailer) {
        this.raw = raw;
        this.signatures = signatures;
        this.signedTrailer = signedTrailer;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (position == chunk.length) {
            if (finished) {
                return -1;
            }
            nextChunk();
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    private void nextChunk() throws IOException {
        String header = line();
        int semicolon = header.indexOf(';');
        String sizeText = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
        int size;
        try {
            size = Integer.parseInt(sizeText, 16);
        } catch (NumberFormatException e) {
            throw incomplete("a chunk size is not hexadecimal");
        }
        if (size < 0 || size > MAX_CHUNK_BYTES) {
            throw incomplete("a chunk is larger than " + MAX_CHUNK_BYTES + " bytes");
        }
        byte[] data = raw.readNBytes(size);
        if (data.length != size) {
            throw incomplete("the body ended inside a chunk");
        }
        if (signatures.isPresent()) {
            String signature = semicolon < 0 ? "" : header.substring(semicolon + 1).strip();
            if (!signature.startsWith(SIGNATURE_PREFIX)
                    || !signatures.get().acceptChunk(sha256(data), signature.substring(SIGNATURE_PREFIX.length()))) {
                throw chunkSignatureMismatch();
            }
        }
        if (size == 0) {
            trailer();
            finished = true;
        } else if (!line().isEmpty()) {
            throw incomplete("a chunk is not followed by CRLF");
        }
        chunk = data;
        position = 0;
    }

    /** Trailer lines up to the empty line; the signature line, when there is one, is checked. */
    private void trailer() throws IOException {
        StringBuilder signed = new StringBuilder();
        Optional<String> signature = Optional.empty();
        int lines = 0;
        String line;
        while (!(line = lineOrEnd()).isEmpty()) {
            if (++lines > MAX_TRAILER_LINES) {
                throw incomplete("too many trailer lines");
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw incomplete("a trailer line has no colon");
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (name.equalsIgnoreCase(TRAILER_SIGNATURE)) {
                signature = Optional.of(value);
            } else {
                signed.append(name).append(':').append(value).append('\n');
            }
        }
        if (signedTrailer && signatures.isPresent() && signed.length() > 0) {
            if (signature.isEmpty() || !signatures.get().acceptTrailer(signed.toString(), signature.get())) {
                throw chunkSignatureMismatch();
            }
        }
    }

    /** A CRLF-terminated line without its CRLF. */
    private String line() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = raw.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = out.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.UTF_8);
            }
            if (out.size() >= MAX_LINE_BYTES) {
                throw incomplete("a chunk header is too long");
            }
            out.write(b);
        }
        throw incomplete("the body ended before the final chunk");
    }

    /** Like {@link #line()}, but the end of the body also ends the trailer (some clients omit the last CRLF). */
    private String lineOrEnd() throws IOException {
        try {
            return line();
        } catch (S3Error e) {
            return "";
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static S3Error incomplete(String why) {
        return new S3Error("IncompleteBody", 400, "The request body is not valid aws-chunked encoding: " + why + ".");
    }

    private static S3Error chunkSignatureMismatch() {
        return new S3Error("SignatureDoesNotMatch", 403, "The request signature we calculated does not match the"
                + " signature you provided. Check your key and signing method.");
    }
}
