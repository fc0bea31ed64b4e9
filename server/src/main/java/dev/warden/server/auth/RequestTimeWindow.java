package dev.warden.server.auth;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock-skew rule of Query services (iam-semantics.md §12.6): a signature more than five minutes
 * away from server time is rejected with {@code SignatureDoesNotMatch} and AWS's messages. A presigned
 * request may be used from its date until date + {@code X-Amz-Expires}.
 */
final class RequestTimeWindow {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private RequestTimeWindow() {}

    static void check(SignatureClaim claim, Instant now) {
        Instant time = claim.requestTime();
        if (time.isAfter(now.plus(MAX_SKEW))) {
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
                    "Signature not yet current: " + claim.amzDate() + " is still later than "
                            + AmzDate.format(now.plus(MAX_SKEW)) + " (" + AmzDate.format(now) + " + 5 min.)");
        }
        if (claim.expires().isPresent()) {
            Instant expiry = time.plus(claim.expires().get());
            if (now.isAfter(expiry)) {
                throw new AwsError(AwsErrorCode.REQUEST_EXPIRED,
                        "Request has expired: X-Amz-Date " + claim.amzDate() + " plus X-Amz-Expires "
                                + claim.expires().get().toSeconds() + " s is earlier than " + AmzDate.format(now) + ".");
            }
            return;
        }
        if (time.isBefore(now.minus(MAX_SKEW))) {
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
                    "Signature expired: " + claim.amzDate() + " is now earlier than "
                            + AmzDate.format(now.minus(MAX_SKEW)) + " (" + AmzDate.format(now) + " - 5 min.)");
        }
    }
}
