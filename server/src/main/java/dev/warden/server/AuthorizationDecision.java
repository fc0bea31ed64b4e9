package dev.warden.server;

/** The outcome of {@link RequestAuthorizer#authorize}. */
public sealed interface AuthorizationDecision {

    /** @param explanation why, for the audit trail (e.g. the matching statement) */
    record Allow(String explanation) implements AuthorizationDecision {}

    /**
     * @param message sent to the client with {@code AccessDenied}, in AWS's form: {@code User: <arn>
     *     is not authorized to perform: <action> on resource: <res> because …}
     */
    record Deny(String message) implements AuthorizationDecision {}
}
