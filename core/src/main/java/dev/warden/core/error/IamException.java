package dev.warden.core.error;

import java.util.Objects;

/**
 * A failure the caller should see as an AWS error response: it carries the AWS code, the HTTP status
 * (through the code) and a message worded like AWS's. Never carries secrets in its message.
 */
public final class IamException extends RuntimeException {
    private final IamErrorCode code;

    public IamException(IamErrorCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public IamErrorCode code() {
        return code;
    }

    public static IamException noSuchEntity(String message) {
        return new IamException(IamErrorCode.NO_SUCH_ENTITY, message);
    }

    public static IamException alreadyExists(String message) {
        return new IamException(IamErrorCode.ENTITY_ALREADY_EXISTS, message);
    }

    public static IamException limitExceeded(String message) {
        return new IamException(IamErrorCode.LIMIT_EXCEEDED, message);
    }

    public static IamException deleteConflict(String message) {
        return new IamException(IamErrorCode.DELETE_CONFLICT, message);
    }

    public static IamException malformedPolicy(String message) {
        return new IamException(IamErrorCode.MALFORMED_POLICY_DOCUMENT, message);
    }

    public static IamException invalidInput(String message) {
        return new IamException(IamErrorCode.INVALID_INPUT, message);
    }

    public static IamException unmodifiable(String message) {
        return new IamException(IamErrorCode.UNMODIFIABLE_ENTITY, message);
    }

    public static IamException concurrentModification(String message) {
        return new IamException(IamErrorCode.CONCURRENT_MODIFICATION, message);
    }

    /**
     * A model-constraint violation, worded as AWS words them:
     * {@code 1 validation error detected: Value 'x' at 'userName' failed to satisfy constraint: ...}.
     */
    public static IamException validation(String field, String shownValue, String constraint) {
        return new IamException(IamErrorCode.VALIDATION_ERROR,
                "1 validation error detected: Value '" + shownValue + "' at '" + field
                        + "' failed to satisfy constraint: " + constraint);
    }

    @Override
    public String toString() {
        return "IamException[" + code.awsCode() + ": " + getMessage() + "]";
    }
}
