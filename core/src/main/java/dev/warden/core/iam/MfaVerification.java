package dev.warden.core.iam;

/** The outcome of checking a one-time code for STS: AWS words the two failures differently. */
public enum MfaVerification {
    VERIFIED,
    /** No such device, or not enabled for this user. */
    DEVICE_NOT_ASSOCIATED,
    /** The user's device, but not its current code. */
    WRONG_CODE
}
