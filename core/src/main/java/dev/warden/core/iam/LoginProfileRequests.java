package dev.warden.core.iam;

import dev.warden.core.secret.Password;

/** Typed parameters of the login profile actions. */
public final class LoginProfileRequests {
    private LoginProfileRequests() {
    }

    public record CreateLoginProfile(String userName, Password password, boolean passwordResetRequired) {
    }

    /** Null members leave the stored value unchanged. */
    public record UpdateLoginProfile(String userName, Password password, Boolean passwordResetRequired) {
    }
}
