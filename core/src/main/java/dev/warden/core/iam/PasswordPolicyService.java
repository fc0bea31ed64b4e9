package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.PasswordPolicy;
import dev.warden.core.secret.Password;

/**
 * The account password policy: Get/Update/DeleteAccountPasswordPolicy, and the check
 * CreateLoginProfile and UpdateLoginProfile apply to a new password. Without a policy AWS's built-in
 * rules apply (any printable ASCII, 1-128 characters), which LoginProfileService checks itself.
 * PasswordReusePrevention, MaxPasswordAge and HardExpiry are stored and reported; Warden has no
 * console sign-in, so they restrict nothing here (MaxPasswordAge shows in the credential report).
 */
public final class PasswordPolicyService {
    static final int DEFAULT_MINIMUM_LENGTH = 6;

    private final IamContext ctx;

    public PasswordPolicyService(IamContext ctx) {
        this.ctx = ctx;
    }

    public PasswordPolicy getAccountPasswordPolicy() {
        return ctx.store().read(tx -> tx.passwordPolicies().find(ctx.accountId())).orElseThrow(this::noPolicy);
    }

    /** Replaces the policy with exactly the given settings (absent ones take their defaults). */
    public PasswordPolicy updateAccountPasswordPolicy(PasswordPolicyRequests request) {
        PasswordPolicy policy = new PasswordPolicy(
                range("minimumPasswordLength", request.minimumPasswordLength(), DEFAULT_MINIMUM_LENGTH, 6, 128),
                flag(request.requireSymbols()), flag(request.requireNumbers()),
                flag(request.requireUppercaseCharacters()), flag(request.requireLowercaseCharacters()),
                flag(request.allowUsersToChangePassword()),
                range("maxPasswordAge", request.maxPasswordAge(), null, 1, 1_095),
                range("passwordReusePrevention", request.passwordReusePrevention(), null, 1, 24),
                request.hardExpiry());
        ctx.store().write(tx -> {
            tx.passwordPolicies().put(ctx.accountId(), policy, ctx.now());
            return null;
        });
        return policy;
    }

    public void deleteAccountPasswordPolicy() {
        boolean deleted = ctx.store().write(tx -> tx.passwordPolicies().delete(ctx.accountId()));
        if (!deleted) {
            // AWS words this one apart from Get's (IAM User Guide, "Use DeleteAccountPasswordPolicy with a CLI").
            throw IamException.noSuchEntity("The account policy with name PasswordPolicy cannot be found.");
        }
    }

    /** The account's policy, when one is set (ChangePassword and the authorizer ask without failing). */
    public java.util.Optional<PasswordPolicy> currentPolicy() {
        return ctx.store().read(tx -> tx.passwordPolicies().find(ctx.accountId()));
    }

    /** @throws IamException PasswordPolicyViolation when a policy is set and the password breaks it */
    void requireAllowed(Password password) {
        ctx.store().read(tx -> tx.passwordPolicies().find(ctx.accountId()))
                .ifPresent(policy -> PasswordPolicyCheck.require(policy, password));
    }

    private IamException noPolicy() {
        return IamException.noSuchEntity("The Password Policy with domain name " + ctx.accountId() + " cannot be found.");
    }

    private static boolean flag(Boolean value) {
        return value != null && value;
    }

    private static Integer range(String field, Integer value, Integer absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        if (value < min) {
            throw IamException.validation(field, value.toString(), "Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw IamException.validation(field, value.toString(), "Member must have value less than or equal to " + max);
        }
        return value;
    }
}
