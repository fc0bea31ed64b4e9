package dev.warden.core.audit;

/**
 * CloudTrail's {@code userIdentity}: {@code type} is IAMUser, AssumedRole, Root, FederatedUser or
 * AWSAccount (unauthenticated callers have type null). {@code sessionContext} is null for long-term
 * credentials.
 */
public record UserIdentity(
        String type,
        String principalId,
        String arn,
        String accountId,
        String accessKeyId,
        SessionContext sessionContext) {

    public static UserIdentity anonymous() {
        return new UserIdentity(null, null, null, null, null, null);
    }
}
