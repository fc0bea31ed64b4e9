package dev.warden.core.iam;

/**
 * UpdateAccountPasswordPolicy's parameters; null members take AWS's defaults (length 6, nothing
 * required, no expiry, no reuse prevention), as the action does not update partially.
 */
public record PasswordPolicyRequests(
        Integer minimumPasswordLength,
        Boolean requireSymbols,
        Boolean requireNumbers,
        Boolean requireUppercaseCharacters,
        Boolean requireLowercaseCharacters,
        Boolean allowUsersToChangePassword,
        Integer maxPasswordAge,
        Integer passwordReusePrevention,
        Boolean hardExpiry) {

    public static PasswordPolicyRequests defaults() {
        return new PasswordPolicyRequests(null, null, null, null, null, null, null, null, null);
    }
}
