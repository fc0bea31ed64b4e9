package dev.warden.server;

import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.time.Instant;
import java.util.Optional;

/**
 * One authenticated, decoded Query request on its way to a handler.
 *
 * @param requestId sent back as {@code x-amzn-RequestId} and {@code <RequestId>}
 * @param caller the verified signer; empty only for {@link SignatureRequirement#UNSIGNED} operations
 * @param receivedAt server time when the request arrived (from the injected clock)
 * @param sourceIp the peer address, for {@code aws:SourceIp}
 * @param userAgent the {@code User-Agent} header, for {@code aws:UserAgent}; empty string if absent
 * @param secureTransport whether the request came over TLS, for {@code aws:SecureTransport}
 */
public record QueryCall<P>(
        String requestId,
        QueryService service,
        String action,
        QueryParameters params,
        Optional<AuthenticatedCaller<P>> caller,
        Instant receivedAt,
        String sourceIp,
        String userAgent,
        boolean secureTransport) {

    /** The signer; for handlers of signed operations, where it is always present. */
    public AuthenticatedCaller<P> requireCaller() {
        return caller.orElseThrow(() -> new AwsError(AwsErrorCode.MISSING_AUTHENTICATION_TOKEN,
                "Request is missing Authentication Token"));
    }
}
