package dev.warden.core.audit;

/** CloudTrail's {@code sessionContext.sessionIssuer}: the role (or user) that issued a session. */
public record SessionIssuer(String type, String principalId, String arn, String accountId, String userName) {
}
