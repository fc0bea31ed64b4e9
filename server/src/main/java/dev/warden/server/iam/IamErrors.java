package dev.warden.server.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** Translates the IAM core's errors into the wire layer's, keeping the AWS code and HTTP status. */
final class IamErrors {

    private static final Map<IamErrorCode, AwsErrorCode> CODES = codes();

    private IamErrors() {}

    static AwsError toAwsError(IamException e) {
        return new AwsError(wireCode(e.code()), e.getMessage());
    }

    private static AwsErrorCode wireCode(IamErrorCode code) {
        return CODES.get(code);
    }

    /** Pairs codes by their AWS name; a core code without a wire twin or with another status is a bug. */
    private static Map<IamErrorCode, AwsErrorCode> codes() {
        Map<IamErrorCode, AwsErrorCode> codes = new EnumMap<>(IamErrorCode.class);
        for (IamErrorCode core : IamErrorCode.values()) {
            AwsErrorCode wire = Arrays.stream(AwsErrorCode.values())
                    .filter(w -> w.code().equals(core.awsCode()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no wire error code for " + core.awsCode()));
            if (wire.httpStatus() != core.httpStatus()) {
                throw new IllegalStateException("HTTP status of " + core.awsCode() + " differs: core "
                        + core.httpStatus() + ", wire " + wire.httpStatus());
            }
            codes.put(core, wire);
        }
        return codes;
    }
}
