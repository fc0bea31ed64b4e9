package dev.warden.core.iam;

/** Typed parameters of Attach/Detach{User,Role,Group}Policy; {@code entityName} is the user, role or group name. */
public final class AttachmentRequests {
    private AttachmentRequests() {
    }

    public record AttachPolicy(String entityName, String policyArn) {
    }
}
