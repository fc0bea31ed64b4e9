package dev.warden.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a request claims about its signature, parsed but not yet checked.
 *
 * @param amzDate the timestamp as it goes into the string to sign ({@code 20150830T123600Z})
 * @param requestTime the same timestamp as an instant
 * @param signedHeaders lower-case names in the order the client listed them
 * @param signature the hex signature as sent
 * @param expires presigned requests only: {@code X-Amz-Expires}, when sent
 */
public record SignatureClaim(
        AuthLocation location,
        Credential credential,
        List<String> signedHeaders,
        String signature,
        String amzDate,
        Instant requestTime,
        Optional<String> sessionToken,
        Optional<Duration> expires) {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";

    public SignatureClaim {
        signedHeaders = List.copyOf(signedHeaders);
    }
}
