package dev.warden.server.authz;

/** AccessDenied texts that the engine's decision does not produce itself. */
public final class AccessDeniedMessages {

    private AccessDeniedMessages() {}

    /**
     * AWS's message when a role's trust policy does not allow the caller, or the role does not exist:
     * it names no policy type, so it reveals nothing about the trust policy or the role's existence.
     */
    public static String withoutReason(String callerArn, String action, String resource) {
        return "User: " + callerArn + " is not authorized to perform: " + action + " on resource: " + resource;
    }
}
