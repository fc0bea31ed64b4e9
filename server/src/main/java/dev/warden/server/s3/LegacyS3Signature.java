package dev.warden.server.s3;

import dev.warden.server.auth.SignedRequest;

/**
 * S3's legacy Signature Version 2 ({@code Authorization: AWS AKID:SIGNATURE}, or a URL presigned with
 * {@code AWSAccessKeyId}, {@code Signature} and {@code Expires}), which Warden's S3 does not accept. S3
 * answers it where SigV2 is not supported with {@code InvalidRequest} (400) "The authorization
 * mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.", as here; the AWS CLI
 * and boto3 presign with SigV4 once the profile says {@code s3 = signature_version = s3v4}, which
 * Warden's generated profile does.
 */
final class LegacyS3Signature {

    private LegacyS3Signature() {}

    static boolean usedBy(SignedRequest request) {
        if (request.header("authorization").isPresent()) {
            return request.header("authorization").get().startsWith("AWS ");
        }
        String query = request.rawQuery();
        return hasParameter(query, "AWSAccessKeyId") && hasParameter(query, "Signature")
                && !hasParameter(query, "X-Amz-Signature");
    }

    static S3Error refused() {
        return new S3Error("InvalidRequest", 400,
                "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.");
    }

    private static boolean hasParameter(String query, String name) {
        return query.startsWith(name + "=") || query.contains("&" + name + "=");
    }
}
