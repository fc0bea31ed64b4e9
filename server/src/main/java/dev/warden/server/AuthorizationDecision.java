package dev.warden.server;

/** The outcome of {@link RequestAuthorizer#authorize}. */
public sealed interface AuthorizationDecision {

    /** Why, for the audit trail: a sentence or the decision's JSON explanation. */
    String explanation();

    /** @param explanation why, for the audit trail (e.g. the matching statement) */
    record Allow(String explanation) implements AuthorizationDecision {}

    /**
     * @param message sent to the client with {@code AccessDenied}, in AWS's form: {@code User: <arn>
     *     is not authorized to perform: <action> on resource: <res> because …}
     * @param explanation why, for the audit trail only (never sent to the client)
     */
    record Deny(String message, String explanation) implements AuthorizationDecision {

        public Deny(String message) {
            this(message, message);
        }
    }
}
