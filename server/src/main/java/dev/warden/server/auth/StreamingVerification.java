package dev.warden.server.auth;

import java.util.Locale;

/**
 * A request whose header signature checked out before its body was read (S3): who signed it, what
 * payload hash the signature covers, and the chain that checks signed aws-chunked bodies.
 *
 * @param payloadHash the {@code x-amz-content-sha256} value: a hex SHA-256, {@link #UNSIGNED_PAYLOAD}
 *     or one of the {@code STREAMING-…} modes
 */
public record StreamingVerification<P>(AuthenticatedCaller<P> caller, String payloadHash, ChunkSignatures chunks) {

    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    public static final String STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    public static final String STREAMING_SIGNED_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
    public static final String STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    /** Whether the body is aws-chunked (any {@code STREAMING-} mode). */
    public boolean awsChunked() {
        return payloadHash.startsWith("STREAMING-");
    }

    /** Whether each chunk carries a signature to check. */
    public boolean signedChunks() {
        return payloadHash.equals(STREAMING_SIGNED) || payloadHash.equals(STREAMING_SIGNED_TRAILER);
    }

    /** Whether the body's SHA-256 must equal {@link #payloadHash} (a plain signed payload). */
    public boolean hashedPayload() {
        return !awsChunked() && !payloadHash.equals(UNSIGNED_PAYLOAD);
    }

    /** The declared hex SHA-256 of a plain signed payload, lower case. */
    public String expectedSha256() {
        return payloadHash.toLowerCase(Locale.ROOT);
    }
}
