package dev.warden.core.model;

/**
 * The account password policy, as UpdateAccountPasswordPolicy sets it and GetAccountPasswordPolicy
 * returns it. The three nullable members are unset unless given (AWS leaves them out of the response).
 *
 * @param maxPasswordAgeDays null or 1-1,095: passwords expire after that many days
 * @param passwordReusePrevention null or 1-24 previous passwords
 * @param hardExpiry null when not given
 */
public record PasswordPolicy(
        int minimumPasswordLength,
        boolean requireSymbols,
        boolean requireNumbers,
        boolean requireUppercaseCharacters,
        boolean requireLowercaseCharacters,
        boolean allowUsersToChangePassword,
        Integer maxPasswordAgeDays,
        Integer passwordReusePrevention,
        Boolean hardExpiry) {

    /** AWS's ExpirePasswords: derived, true when passwords have a maximum age. */
    public boolean expirePasswords() {
        return maxPasswordAgeDays != null && maxPasswordAgeDays > 0;
    }
}
