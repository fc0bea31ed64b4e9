package dev.warden.server.sts;

import dev.warden.core.iam.MfaDeviceService;
import dev.warden.core.iam.MfaVerification;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.policy.eval.CallerType;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.principal.WardenPrincipal;
import java.util.Optional;

/**
 * The MFA check of GetSessionToken and AssumeRole: with {@code SerialNumber} and {@code TokenCode}
 * the code must be the current one of that device, enabled for the IAM user behind the caller (its
 * long-term key, or a GetSessionToken session of it). Anything else, including a role session that
 * has no user's device to show, is AWS's AccessDenied: {@value #NOT_ASSOCIATED} for a serial number
 * that is no device of the caller's, {@value #FAILED} for a wrong code.
 */
public final class MfaCodeCheck {

    public static final String FAILED = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
    /** AWS's words (two spaces included) for a serial number that is no device of the caller's. */
    public static final String NOT_ASSOCIATED = "MultiFactorAuthentication failed, unable to validate MFA code.  "
            + "Please verify your MFA serial number is valid and associated with this user.";
    static final String INCOMPLETE =
            "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.";

    private final MfaDeviceService devices;

    public MfaCodeCheck(MfaDeviceService devices) {
        this.devices = devices;
    }

    /**
     * True when the request proved MFA, false when it carried neither parameter.
     *
     * @throws AwsError AccessDenied when it carried one of them, or a code that does not verify
     */
    public boolean verified(WardenPrincipal caller, Optional<String> serialNumber, Optional<String> tokenCode) {
        if (serialNumber.isEmpty() && tokenCode.isEmpty()) {
            return false;
        }
        if (serialNumber.isEmpty() || tokenCode.isEmpty()) {
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, INCOMPLETE);
        }
        MfaVerification outcome = devices.verify(userId(caller).orElse(null), serialNumber.get(), tokenCode.get());
        return switch (outcome) {
            case VERIFIED -> true;
            case DEVICE_NOT_ASSOCIATED -> throw new AwsError(AwsErrorCode.ACCESS_DENIED, NOT_ASSOCIATED);
            case WRONG_CODE -> throw new AwsError(AwsErrorCode.ACCESS_DENIED, FAILED);
        };
    }

    private static Optional<String> userId(WardenPrincipal caller) {
        if (caller.session().isPresent()) {
            return caller.session().get().principal() instanceof SessionPrincipal.IamUser user
                    ? Optional.of(user.userId()) : Optional.empty();
        }
        return caller.caller().type() == CallerType.USER ? caller.caller().uniqueId() : Optional.empty();
    }
}
