package dev.warden.server.error;

/**
 * The error codes Warden can answer with, each with the HTTP status AWS uses for it.
 *
 * <p>Sources: iam-semantics.md §11.6 (IAM modeled errors), §11.7 (STS modeled errors; some keep the
 * {@code Exception} suffix on the wire) and §11.8 (common errors of every Query service). The few
 * codes under "transport" have no AWS counterpart: they cover limits that AWS enforces in front of the
 * service (in a load balancer that answers with HTML), where Warden still answers in the XML shape
 * that the SDKs parse.
 */
public enum AwsErrorCode {
    // IAM modeled errors (§11.6)
    NO_SUCH_ENTITY("NoSuchEntity", 404),
    ENTITY_ALREADY_EXISTS("EntityAlreadyExists", 409),
    LIMIT_EXCEEDED("LimitExceeded", 409),
    DELETE_CONFLICT("DeleteConflict", 409),
    CONCURRENT_MODIFICATION("ConcurrentModification", 409),
    ENTITY_TEMPORARILY_UNMODIFIABLE("EntityTemporarilyUnmodifiable", 409),
    MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", 400),
    INVALID_INPUT("InvalidInput", 400),
    UNMODIFIABLE_ENTITY("UnmodifiableEntity", 400),
    POLICY_NOT_ATTACHABLE("PolicyNotAttachable", 400),
    PASSWORD_POLICY_VIOLATION("PasswordPolicyViolation", 400),
    INVALID_AUTHENTICATION_CODE("InvalidAuthenticationCode", 403),
    DUPLICATE_CERTIFICATE("DuplicateCertificate", 409),
    DUPLICATE_SSH_PUBLIC_KEY("DuplicateSSHPublicKey", 400),
    MALFORMED_CERTIFICATE("MalformedCertificate", 400),
    INVALID_CERTIFICATE("InvalidCertificate", 400),
    KEY_PAIR_MISMATCH("KeyPairMismatch", 400),
    INVALID_PUBLIC_KEY("InvalidPublicKey", 400),
    UNRECOGNIZED_PUBLIC_KEY_ENCODING("UnrecognizedPublicKeyEncoding", 400),
    OPEN_ID_IDP_COMMUNICATION_ERROR("OpenIdIdpCommunicationError", 400),
    REPORT_GENERATION_LIMIT_EXCEEDED("ReportGenerationLimitExceeded", 409),
    REPORT_IN_PROGRESS("ReportInProgress", 404),
    REPORT_NOT_PRESENT("ReportNotPresent", 410),
    REPORT_EXPIRED("ReportExpired", 410),
    FEATURE_DISABLED("FeatureDisabled", 404),
    FEATURE_ENABLED("FeatureEnabled", 409),
    NOT_SUPPORTED_SERVICE("NotSupportedService", 404),
    INVALID_USER_TYPE("InvalidUserType", 400),
    POLICY_EVALUATION("PolicyEvaluation", 500),
    SERVICE_FAILURE("ServiceFailure", 500),
    /**
     * The centralized root access operations' answer for an account outside AWS Organizations. The
     * model gives the shape no error code, so the wire code is the shape name (as the SDKs match it);
     * the IAM API reference lists HTTP 400.
     */
    ORGANIZATION_NOT_FOUND("OrganizationNotFoundException", 400),

    // STS modeled errors (§11.7); MalformedPolicyDocument is shared with IAM above
    PACKED_POLICY_TOO_LARGE("PackedPolicyTooLarge", 400),
    REGION_DISABLED("RegionDisabledException", 403),
    EXPIRED_TOKEN_EXCEPTION("ExpiredTokenException", 400),
    IDP_REJECTED_CLAIM("IDPRejectedClaim", 403),
    IDP_COMMUNICATION_ERROR("IDPCommunicationError", 400),
    INVALID_IDENTITY_TOKEN("InvalidIdentityToken", 400),
    INVALID_AUTHORIZATION_MESSAGE("InvalidAuthorizationMessageException", 400),
    EXPIRED_TRADE_IN_TOKEN("ExpiredTradeInTokenException", 400),
    JWT_PAYLOAD_SIZE_EXCEEDED("JWTPayloadSizeExceededException", 400),
    OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED("OutboundWebIdentityFederationDisabledException", 403),
    SESSION_DURATION_ESCALATION("SessionDurationEscalationException", 403),

    // Common errors of Query services (§11.8)
    ACCESS_DENIED("AccessDenied", 403),
    VALIDATION_ERROR("ValidationError", 400),
    INVALID_CLIENT_TOKEN_ID("InvalidClientTokenId", 403),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 403),
    INCOMPLETE_SIGNATURE("IncompleteSignature", 400),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationToken", 403),
    /**
     * An expired session token used to sign a request. The IAM common-errors page lists 403, and a
     * real STS answer quoted in pulumi/pulumi-aws #2560 has it ("StatusCode: 403 … api error
     * ExpiredToken: The security token included in the request is expired"); mocks differ (400 or 403).
     */
    EXPIRED_TOKEN("ExpiredToken", 403),
    INVALID_ACTION("InvalidAction", 400),
    MISSING_ACTION("MissingAction", 400),
    MISSING_PARAMETER("MissingParameter", 400),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 400),
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombination", 400),
    INVALID_QUERY_PARAMETER("InvalidQueryParameter", 400),
    MALFORMED_QUERY_STRING("MalformedQueryString", 404),
    OPT_IN_REQUIRED("OptInRequired", 403),
    REQUEST_EXPIRED("RequestExpired", 400),
    THROTTLING("Throttling", 400),
    INTERNAL_FAILURE("InternalFailure", 500),
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503),

    // Transport limits (Warden-specific codes, see the class comment)
    REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLarge", 413),
    REQUEST_HEADER_FIELDS_TOO_LARGE("RequestHeaderFieldsTooLarge", 431),
    MALFORMED_HTTP_REQUEST("MalformedHttpRequest", 400),
    /** S3: a required header is missing or a header value is unusable. */
    INVALID_REQUEST("InvalidRequest", 400),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405);

    private final String code;
    private final int httpStatus;

    AwsErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The code exactly as it appears in {@code <Code>}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** AWS marks server faults (5xx) as {@code Receiver} and everything else as {@code Sender}. */
    public ErrorType type() {
        return httpStatus >= 500 ? ErrorType.RECEIVER : ErrorType.SENDER;
    }
}
