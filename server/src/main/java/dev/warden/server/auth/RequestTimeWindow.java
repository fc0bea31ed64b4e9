package dev.warden.server.auth;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock-skew rule. IAM and STS refuse a signature more than five minutes away from server time
 * with {@code SignatureDoesNotMatch} and AWS's messages: the five minutes of the IAM User Guide
 * ("Protect against potential replay attacks": a request must reach AWS within five minutes of its
 * time stamp) and of issue #4. Real IAM and STS answers quoted in client issues say
 * {@code (… - 15 min.)} instead (aws/chalice #1170, aws/aws-cli #6676); Warden keeps the documented,
 * stricter rule (docs/CONFORMANCE.md, "SigV4"). S3 allows fifteen minutes (its
 * {@code RequestTimeTooSkewed} error reports {@code MaxAllowedSkewMilliseconds} 900000).
 *
 * <p>A presigned request lives from its date until date + {@code X-Amz-Expires} (SigV4's
 * query-string authentication), for S3 up to the 7 days the parameter allows. For IAM and STS the
 * lifetime is also capped at fifteen minutes: AWS gives every service but S3 "a fixed request
 * signature expiration of about 15 minutes" (aws/aws-sdk-go #2224, after STS refused a presigned
 * GetCallerIdentity past 15 minutes in #2167), so a presigned GetCallerIdentity URL, an identity
 * proof, cannot be replayed for days.
 */
public final class RequestTimeWindow {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    static final Duration S3_MAX_SKEW = Duration.ofMinutes(15);
    static final Duration QUERY_PRESIGNED_LIFETIME_CAP = Duration.ofMinutes(15);
    private static final String NOT_YET_CURRENT = "Signature not yet current: ";
    private static final String EXPIRED = "Signature expired: ";

    private RequestTimeWindow() {}

    /**
     * The request's signing time was more than {@link #MAX_SKEW} from the server's (not a presigned
     * request past its expiry): S3 names this {@code RequestTimeTooSkewed} where the Query services
     * say {@code SignatureDoesNotMatch}.
     */
    public static boolean isSkew(AwsError error) {
        return error.code() == AwsErrorCode.SIGNATURE_DOES_NOT_MATCH
                && (error.getMessage().startsWith(NOT_YET_CURRENT) || error.getMessage().startsWith(EXPIRED));
    }

    /** @param s3 whether the request is S3's (fifteen minutes of skew, presigned lifetimes up to 7 days) */
    static void check(SignatureClaim claim, Instant now, boolean s3) {
        Duration maxSkew = s3 ? S3_MAX_SKEW : MAX_SKEW;
        Instant time = claim.requestTime();
        long minutes = maxSkew.toMinutes();
        if (time.isAfter(now.plus(maxSkew))) {
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
                    NOT_YET_CURRENT + claim.amzDate() + " is still later than "
                            + AmzDate.format(now.plus(maxSkew)) + " (" + AmzDate.format(now) + " + " + minutes
                            + " min.)");
        }
        if (claim.expires().isPresent()) {
            Duration lifetime = claim.expires().get();
            if (!s3 && lifetime.compareTo(QUERY_PRESIGNED_LIFETIME_CAP) > 0) {
                lifetime = QUERY_PRESIGNED_LIFETIME_CAP;
            }
            if (now.isAfter(time.plus(lifetime))) {
                throw new AwsError(AwsErrorCode.REQUEST_EXPIRED,
                        "Request has expired: X-Amz-Date " + claim.amzDate() + " plus " + lifetime.toSeconds()
                                + " s is earlier than " + AmzDate.format(now) + ".");
            }
            return;
        }
        if (time.isBefore(now.minus(maxSkew))) {
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
                    EXPIRED + claim.amzDate() + " is now earlier than "
                            + AmzDate.format(now.minus(maxSkew)) + " (" + AmzDate.format(now) + " - " + minutes
                            + " min.)");
        }
    }
}
