package dev.warden.server.saml;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;

/**
 * Why a SAML response was refused, as the wire error AWS answers: {@code InvalidIdentityToken} (400)
 * for a response that is malformed, unsigned, signed by another key or not meant for AWS;
 * {@code ExpiredTokenException} (400) for one outside its validity window. The messages name the
 * failed check, never the assertion's content.
 */
public final class SamlRejection {

    private SamlRejection() {}

    public static AwsError invalid(String message) {
        return new AwsError(AwsErrorCode.INVALID_IDENTITY_TOKEN, message);
    }

    public static AwsError expired(String message) {
        return new AwsError(AwsErrorCode.EXPIRED_TOKEN_EXCEPTION, message);
    }
}
