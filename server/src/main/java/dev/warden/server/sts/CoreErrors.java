package dev.warden.server.sts;

import dev.warden.core.error.IamException;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;

/** The core's failures as wire errors: same code, same message. */
final class CoreErrors {

    private CoreErrors() {}

    static AwsError toAwsError(IamException e) {
        for (AwsErrorCode code : AwsErrorCode.values()) {
            if (code.code().equals(e.code().awsCode())) {
                return new AwsError(code, e.getMessage());
            }
        }
        return new AwsError(AwsErrorCode.SERVICE_FAILURE, e.getMessage());
    }
}
