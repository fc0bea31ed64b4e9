package dev.warden.server.authz;

import dev.warden.core.iam.PasswordPolicyService;
import dev.warden.core.model.PasswordPolicy;
import dev.warden.policy.eval.CallerType;
import dev.warden.server.principal.WardenPrincipal;
import java.util.Set;

/**
 * The account-level permission the password policy's AllowUsersToChangePassword gives: every IAM user
 * may call {@code iam:ChangePassword} for their own user and {@code iam:GetAccountPasswordPolicy},
 * without any policy attached ("the permissions are applied at the account-level for all users by
 * IAM", PasswordPolicy.AllowUsersToChangePassword in the IAM API reference). It only fills an implicit
 * deny: an explicit Deny in the user's policies still wins, as every Deny does.
 */
final class SelfServicePasswordGrant {

    private static final Set<String> ACTIONS = Set.of("ChangePassword", "GetAccountPasswordPolicy");

    private final PasswordPolicyService passwordPolicy;

    SelfServicePasswordGrant(PasswordPolicyService passwordPolicy) {
        this.passwordPolicy = passwordPolicy;
    }

    /**
     * True when the policy grants {@code action} to this caller. ChangePassword has no UserName
     * parameter, so its target is always the caller's own user.
     */
    boolean grants(String action, WardenPrincipal principal) {
        if (!ACTIONS.contains(action) || principal.caller().type() != CallerType.USER
                || principal.userName().isEmpty()) {
            return false;
        }
        return passwordPolicy.currentPolicy().map(PasswordPolicy::allowUsersToChangePassword).orElse(false);
    }
}
