package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.LoginProfile;
import dev.warden.core.model.User;
import dev.warden.core.secret.Password;
import dev.warden.core.store.StoredLoginProfile;
import java.util.Optional;

/**
 * Console passwords: stored only as Argon2id hashes, hashed outside the write transaction; a new
 * password must satisfy the account password policy when one is set.
 */
public final class LoginProfileService {
    private static final int MAX_PASSWORD_CHARS = 128;

    private final IamContext ctx;
    private final PasswordPolicyService passwordPolicy;
    /**
     * Verified against when the user or profile is missing, so timing does not reveal which users exist.
     * Hashed on first need rather than at construction: an Argon2id hash is a large share of the start
     * of a read-only command (who-can, audit) that never checks a password.
     */
    private volatile String decoyHash;

    public LoginProfileService(IamContext ctx, PasswordPolicyService passwordPolicy) {
        this.ctx = ctx;
        this.passwordPolicy = passwordPolicy;
    }

    public LoginProfile createLoginProfile(LoginProfileRequests.CreateLoginProfile request) {
        String name = IamInputRules.userName(request.userName());
        String hash = ctx.passwordHasher().hash(allowed(request.password()));
        return ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            if (tx.loginProfiles().find(user.userId()).isPresent()) {
                throw IamException.alreadyExists("Login Profile for user " + user.userName() + " already exists.");
            }
            LoginProfile profile = new LoginProfile(user.userId(), user.userName(), ctx.now(),
                    request.passwordResetRequired());
            tx.loginProfiles().insert(new StoredLoginProfile(profile, hash, profile.createDate()));
            return profile;
        });
    }

    public LoginProfile getLoginProfile(String userName) {
        String name = IamInputRules.userName(userName);
        return ctx.store().read(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            return tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName())).profile();
        });
    }

    public void updateLoginProfile(LoginProfileRequests.UpdateLoginProfile request) {
        String name = IamInputRules.userName(request.userName());
        String newHash = request.password() == null ? null : ctx.passwordHasher().hash(allowed(request.password()));
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            StoredLoginProfile stored = tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName()));
            LoginProfile p = stored.profile();
            boolean reset = request.passwordResetRequired() == null ? p.passwordResetRequired()
                    : request.passwordResetRequired();
            tx.loginProfiles().update(new StoredLoginProfile(
                    new LoginProfile(p.userId(), p.userName(), p.createDate(), reset),
                    newHash == null ? stored.passwordHash() : newHash,
                    newHash == null ? stored.passwordChangedAt() : ctx.now()));
            return null;
        });
    }

    public void deleteLoginProfile(String userName) {
        String name = IamInputRules.userName(userName);
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName()));
            tx.loginProfiles().delete(user.userId());
            return null;
        });
    }

    /**
     * ChangePassword: the calling user replaces their own password. The old password is checked against
     * the stored Argon2id hash (constant time), the new one against the account password policy; when
     * the policy has PasswordReusePrevention the new password must differ from the current one (Warden
     * keeps no older hashes). Clears PasswordResetRequired and restarts the password's age, from which
     * its expiry under MaxPasswordAge is counted.
     */
    public void changePassword(String userName, Password oldPassword, Password newPassword) {
        String name = IamInputRules.userName(userName);
        requirePresent("oldPassword", oldPassword);
        Password allowedNew = allowed(newPassword);
        StoredLoginProfile before = ctx.store().read(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            return tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName()));
        });
        if (!ctx.passwordHasher().verify(oldPassword, before.passwordHash())) {
            throw new IamException(IamErrorCode.INVALID_USER_TYPE, "The old password is incorrect.");
        }
        boolean reuseChecked = passwordPolicy.currentPolicy().map(p -> p.passwordReusePrevention() != null)
                .orElse(false);
        if (reuseChecked && ctx.passwordHasher().verify(allowedNew, before.passwordHash())) {
            throw new IamException(IamErrorCode.PASSWORD_POLICY_VIOLATION,
                    "Password has been used before: the password policy prevents password reuse.");
        }
        String newHash = ctx.passwordHasher().hash(allowedNew);
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            StoredLoginProfile stored = tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName()));
            if (!stored.passwordHash().equals(before.passwordHash())) {
                // Changed by someone else since the old password was checked: that check no longer holds.
                throw new IamException(IamErrorCode.INVALID_USER_TYPE, "The old password is incorrect.");
            }
            LoginProfile p = stored.profile();
            tx.loginProfiles().update(new StoredLoginProfile(
                    new LoginProfile(p.userId(), p.userName(), p.createDate(), false), newHash, ctx.now()));
            return null;
        });
    }

    /** True only when the user exists, has a login profile, and the password matches. */
    public boolean verifyPassword(String userName, Password password) {
        Optional<String> hash = ctx.store().read(tx -> tx.users().findByName(ctx.accountId(), userName)
                .flatMap(u -> tx.loginProfiles().find(u.userId())).map(StoredLoginProfile::passwordHash));
        boolean matches = ctx.passwordHasher().verify(password, hash.orElseGet(this::decoyHash));
        return hash.isPresent() && matches;
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            synchronized (this) {
                decoy = decoyHash;
                if (decoy == null) {
                    decoy = ctx.passwordHasher().hash(Password.of("decoy-password-for-constant-work"));
                    decoyHash = decoy;
                }
            }
        }
        return decoy;
    }

    private Password allowed(Password password) {
        passwordPolicy.requireAllowed(checked(password));
        return password;
    }

    private static void requirePresent(String field, Password password) {
        if (password == null) {
            throw IamException.validation(field, "***", "Member must not be null");
        }
        if (password.characterCount() < 1 || password.characterCount() > MAX_PASSWORD_CHARS) {
            throw new IamException(IamErrorCode.VALIDATION_ERROR, "1 validation error detected: Value at '" + field
                    + "' failed to satisfy constraint: Member must have length between 1 and " + MAX_PASSWORD_CHARS);
        }
    }

    private static Password checked(Password password) {
        if (password == null) {
            throw IamException.validation("password", "***", "Member must not be null");
        }
        if (password.characterCount() < 1 || password.characterCount() > MAX_PASSWORD_CHARS) {
            throw new IamException(IamErrorCode.VALIDATION_ERROR, "1 validation error detected: Value at 'password' "
                    + "failed to satisfy constraint: Member must have length between 1 and " + MAX_PASSWORD_CHARS);
        }
        if (!password.isAscii()) {
            throw new IamException(IamErrorCode.PASSWORD_POLICY_VIOLATION,
                    "Password must contain only printable ASCII characters.");
        }
        return password;
    }

    private static IamException noProfile(String userName) {
        return IamException.noSuchEntity("Login Profile for User " + userName + " cannot be found.");
    }
}
