package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.PasswordPolicy;
import dev.warden.core.secret.Password;
import java.util.function.IntPredicate;

/**
 * Checks a new console password against the account password policy. The rules are checked in a
 * fixed order and the first one broken is reported as PasswordPolicyViolation. Symbols are the ones
 * AWS's policy names: {@code ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '}.
 */
final class PasswordPolicyCheck {
    static final String SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

    /**
     * AWS's message for a password the policy refuses, whatever the rule (as clients match it, e.g.
     * Ansible's iam module and CloudFormation's event text); Warden adds which rule was broken after it.
     */
    static final String AWS_TEXT = "Password does not conform to the account password policy.";

    private PasswordPolicyCheck() {
    }

    static void require(PasswordPolicy policy, Password password) {
        if (password.characterCount() < policy.minimumPasswordLength()) {
            throw violation("Password should have a minimum length of " + policy.minimumPasswordLength());
        }
        rule(policy.requireLowercaseCharacters(), password, c -> c >= 'a' && c <= 'z',
                "Password should have at least one lowercase letter");
        rule(policy.requireUppercaseCharacters(), password, c -> c >= 'A' && c <= 'Z',
                "Password should have at least one uppercase letter");
        rule(policy.requireNumbers(), password, c -> c >= '0' && c <= '9', "Password should have at least one number");
        rule(policy.requireSymbols(), password, c -> SYMBOLS.indexOf(c) >= 0, "Password should have at least one symbol");
    }

    private static void rule(boolean required, Password password, IntPredicate character, String message) {
        if (required && !password.anyCharacter(character)) {
            throw violation(message);
        }
    }

    static IamException violation(String rule) {
        return new IamException(IamErrorCode.PASSWORD_POLICY_VIOLATION, AWS_TEXT + " " + rule);
    }
}
