package dev.warden.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Checks the signatures of a signed aws-chunked body (wire-protocol.md §5): each chunk is signed over
 * the previous signature (the header signature seeds the chain), the final empty chunk included, and
 * a trailer over the last chunk signature. Holds the request's signing key, never printed.
 */
public final class ChunkSignatures {

    private static final String CHUNK_ALGORITHM = "AWS4-HMAC-SHA256-PAYLOAD";
    private static final String TRAILER_ALGORITHM = "AWS4-HMAC-SHA256-TRAILER";

    private final byte[] signingKey;
    private final String amzDate;
    private final CredentialScope scope;
    private String previous;

    ChunkSignatures(byte[] signingKey, String amzDate, CredentialScope scope, String seedSignature) {
        this.signingKey = signingKey.clone();
        this.amzDate = amzDate;
        this.scope = scope;
        this.previous = seedSignature;
    }

    /**
     * @param chunkSha256 SHA-256 of the chunk's data
     * @return whether {@code signature} signs this chunk; the chain advances only when it does
     */
    public boolean acceptChunk(byte[] chunkSha256, String signature) {
        String toSign = CHUNK_ALGORITHM + '\n' + amzDate + '\n' + scope.text() + '\n' + previous + '\n'
                + Sha256.EMPTY_HEX + '\n' + HexFormat.of().formatHex(chunkSha256);
        return accept(toSign, signature);
    }

    /** @param trailerLines the trailer headers as {@code name:value\n} each, without the signature line */
    public boolean acceptTrailer(String trailerLines, String signature) {
        String toSign = TRAILER_ALGORITHM + '\n' + amzDate + '\n' + scope.text() + '\n' + previous + '\n'
                + Sha256.hex(trailerLines.getBytes(StandardCharsets.UTF_8));
        return accept(toSign, signature);
    }

    private boolean accept(String stringToSign, String signature) {
        String expected = HexFormat.of().formatHex(
                HmacSha256.mac(signingKey, stringToSign.getBytes(StandardCharsets.UTF_8)));
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.UTF_8));
        if (matches) {
            previous = expected;
        }
        return matches;
    }

    @Override
    public String toString() {
        return "ChunkSignatures[" + scope.text() + "]";
    }
}
