package dev.warden.server.s3;

import dev.warden.server.auth.RequestTimeWindow;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.error.AwsError;
import io.javalin.http.Context;
import java.util.Map;

/** Sends S3 errors, and translates the signature verifier's Query-style errors into S3's codes. */
final class S3Errors {

    static final String REQUEST_ID_HEADER = "x-amz-request-id";

    private S3Errors() {}

    static void send(Context ctx, String requestId, S3Error error) {
        ctx.status(error.httpStatus());
        ctx.header(REQUEST_ID_HEADER, requestId);
        ctx.header("x-amz-id-2", requestId);
        if (ctx.method().name().equals("HEAD")) {
            ctx.result(new byte[0]); // HEAD answers carry no body, errors included
            return;
        }
        ctx.contentType(S3Xml.CONTENT_TYPE);
        ctx.result(S3Xml.error(error.code(), error.getMessage(), error.details(), requestId));
    }

    /** S3 names some authentication failures differently from IAM and STS. */
    static S3Error fromAuthentication(AwsError error) {
        return fromAuthentication(error, false, false);
    }

    /** As {@link #fromAuthentication(AwsError)}, in S3's words for how {@code request} was signed. */
    static S3Error fromAuthentication(AwsError error, SignedRequest request) {
        String query = request.rawQuery();
        boolean presigned = query.contains("X-Amz-Algorithm=") || query.contains("X-Amz-Credential=")
                || query.contains("X-Amz-Signature=");
        boolean sessionToken = request.header("x-amz-security-token").isPresent()
                || query.contains("X-Amz-Security-Token=");
        return fromAuthentication(error, sessionToken, presigned);
    }

    /**
     * @param sessionTokenPresented the request carried {@code X-Amz-Security-Token}: a credential that
     *     cannot be resolved then is S3's {@code InvalidToken} (400), as for a forged or truncated token
     * @param presigned signed in the query string: its faults are {@code AuthorizationQueryParametersError}
     */
    private static S3Error fromAuthentication(AwsError error, boolean sessionTokenPresented, boolean presigned) {
        if (RequestTimeWindow.isSkew(error)) {
            return new S3Error("RequestTimeTooSkewed", 403,
                    "The difference between the request time and the current time is too large.");
        }
        return switch (error.code()) {
            case REQUEST_EXPIRED -> new S3Error("AccessDenied", 403, "Request has expired");
            case INVALID_CLIENT_TOKEN_ID -> sessionTokenPresented
                    ? new S3Error("InvalidToken", 400, "The provided token is malformed or otherwise invalid.")
                    : new S3Error("InvalidAccessKeyId", 403,
                            "The AWS Access Key Id you provided does not exist in our records.");
            case EXPIRED_TOKEN -> new S3Error("ExpiredToken", 400, "The provided token has expired.");
            case MISSING_AUTHENTICATION_TOKEN -> new S3Error("AccessDenied", 403, "Access Denied");
            case INCOMPLETE_SIGNATURE -> new S3Error(presigned ? "AuthorizationQueryParametersError"
                    : "AuthorizationHeaderMalformed", 400, error.getMessage());
            case MALFORMED_QUERY_STRING -> new S3Error("InvalidArgument", 400, error.getMessage());
            default -> new S3Error(error.code().code(), error.code().httpStatus(), error.getMessage(),
                    Map.of());
        };
    }
}
