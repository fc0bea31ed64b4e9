package dev.warden.core.error;

/**
 * The AWS error codes the IAM core can raise, each with the HTTP status AWS answers it with
 * (iam-semantics §11.6-11.8), so the wire layer never has to guess a status.
 */
public enum IamErrorCode {
    NO_SUCH_ENTITY("NoSuchEntity", 404),
    ENTITY_ALREADY_EXISTS("EntityAlreadyExists", 409),
    LIMIT_EXCEEDED("LimitExceeded", 409),
    DELETE_CONFLICT("DeleteConflict", 409),
    CONCURRENT_MODIFICATION("ConcurrentModification", 409),
    MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", 400),
    INVALID_INPUT("InvalidInput", 400),
    VALIDATION_ERROR("ValidationError", 400),
    PASSWORD_POLICY_VIOLATION("PasswordPolicyViolation", 400),
    /** GetCredentialReport while the report is being generated (CredentialReportNotReadyException). */
    REPORT_IN_PROGRESS("ReportInProgress", 404),
    /** GetCredentialReport before any was generated (CredentialReportNotPresentException). */
    REPORT_NOT_PRESENT("ReportNotPresent", 410),
    SERVICE_FAILURE("ServiceFailure", 500),
    /** STS: packed session policies and tags exceed the opaque budget. */
    PACKED_POLICY_TOO_LARGE("PackedPolicyTooLarge", 400),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 400),
    /** A service-linked role: only its service may change it. */
    UNMODIFIABLE_ENTITY("UnmodifiableEntity", 400),
    /** EnableMFADevice / ResyncMFADevice with codes that do not verify. */
    INVALID_AUTHENTICATION_CODE("InvalidAuthenticationCode", 403),
    DUPLICATE_CERTIFICATE("DuplicateCertificate", 409),
    DUPLICATE_SSH_PUBLIC_KEY("DuplicateSSHPublicKey", 400),
    MALFORMED_CERTIFICATE("MalformedCertificate", 400),
    KEY_PAIR_MISMATCH("KeyPairMismatch", 400),
    INVALID_PUBLIC_KEY("InvalidPublicKey", 400),
    UNRECOGNIZED_PUBLIC_KEY_ENCODING("UnrecognizedPublicKeyEncoding", 400),
    /** A service-specific credential for a service IAM issues none for (ServiceNotSupportedException). */
    NOT_SUPPORTED_SERVICE("NotSupportedService", 404),
    /** EnableOutboundWebIdentityFederation when it is enabled already (FeatureEnabledException). */
    FEATURE_ENABLED("FeatureEnabled", 409),
    /** Disable/GetOutboundWebIdentityFederationInfo when it is not enabled (FeatureDisabledException). */
    FEATURE_DISABLED("FeatureDisabled", 404),
    /** ChangePassword with a wrong old password, or by a caller that is not an IAM user. */
    INVALID_USER_TYPE("InvalidUserType", 400);

    private final String awsCode;
    private final int httpStatus;

    IamErrorCode(String awsCode, int httpStatus) {
        this.awsCode = awsCode;
        this.httpStatus = httpStatus;
    }

    /** The code exactly as AWS puts it in {@code <Error><Code>}. */
    public String awsCode() {
        return awsCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** AWS marks server faults as {@code Receiver}, everything else as {@code Sender}. */
    public boolean isSenderFault() {
        return httpStatus < 500;
    }
}
