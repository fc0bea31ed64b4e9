package dev.warden.server.s3;

import dev.warden.server.error.BadMessageAnswer;
import dev.warden.server.error.RejectedRequest;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * S3's error documents for requests Jetty rejects before S3's endpoint sees them. Codes from S3's
 * error list: {@code InvalidURI} ("Couldn't parse the specified URI.") for a path Jetty cannot
 * resolve, {@code MaxMessageLengthExceeded} ("Your request was too big."),
 * {@code RequestHeaderSectionTooLarge} with {@code MaxSizeAllowed} as S3 answers an oversized header
 * section; anything else Jetty refuses (conflicting lengths, bad header syntax) is {@code InvalidRequest}.
 * The HTTP status stays the one Jetty chose (e.g. 431), which a bad-message handler cannot change.
 */
public final class S3BadMessages implements BadMessageAnswer {

    /** Methods only S3 uses on Warden's port (besides the workload endpoints under {@code /_warden/}). */
    private static final Set<String> S3_ONLY_METHODS = Set.of("PUT", "DELETE", "HEAD");

    private final int maxHeaderBytes;

    /** @param maxHeaderBytes the header section limit Jetty enforces, reported as {@code MaxSizeAllowed} */
    public S3BadMessages(int maxHeaderBytes) {
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /**
     * Without a credential scope: a method the Query API never answers, outside the workload
     * endpoints. ({@code x-amz-content-sha256} would not do: SDKs send it to IAM and STS too.)
     */
    @Override
    public boolean claims(RejectedRequest request) {
        return S3_ONLY_METHODS.contains(request.method()) && !request.rawPath().startsWith("/_warden/");
    }

    @Override
    public ByteBuffer answer(RejectedRequest request, int status, String reason, HttpFields.Mutable fields) {
        S3Error error = errorFor(status, reason, request.pathResolvable());
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        fields.put(HttpHeader.CONTENT_TYPE, S3Xml.CONTENT_TYPE);
        fields.put(S3Errors.REQUEST_ID_HEADER, requestId);
        fields.put("x-amz-id-2", requestId);
        return ByteBuffer.wrap(S3Xml.error(error.code(), error.getMessage(), error.details(), requestId));
    }

    S3Error errorFor(int status, String reason, boolean pathResolvable) {
        if (status == 431 || status == 414) {
            return new S3Error("RequestHeaderSectionTooLarge", status,
                    "Your request header section exceeds the maximum allowed size.",
                    Map.of("MaxSizeAllowed", Integer.toString(maxHeaderBytes)));
        }
        if (status == 413) {
            return new S3Error("MaxMessageLengthExceeded", status, "Your request was too big.");
        }
        if (!pathResolvable) {
            return new S3Error("InvalidURI", status, "Couldn't parse the specified URI.");
        }
        return new S3Error("InvalidRequest", status,
                "The HTTP request is malformed" + (reason == null ? "." : ": " + reason + "."));
    }
}
