package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.LoginProfile;
import dev.warden.core.model.PasswordPolicy;
import dev.warden.core.model.User;
import dev.warden.core.secret.Password;
import dev.warden.core.store.StoreTransaction;
import dev.warden.core.store.StoredLoginProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Console passwords: stored only as Argon2id hashes, hashed outside the write transaction; a new
 * password must satisfy the account password policy when one is set.
 */
public final class LoginProfileService {
    private static final int MAX_PASSWORD_CHARS = 128;
    private static final String PASSWORD_PATTERN_TEXT = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
    /** The most PasswordReusePrevention can ask for (1-24). */
    private static final int PASSWORD_HISTORY_LIMIT = 24;

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
            LoginProfile updated = new LoginProfile(p.userId(), p.userName(), p.createDate(), reset);
            if (newHash == null) {
                tx.loginProfiles().update(new StoredLoginProfile(updated, stored.passwordHash(),
                        stored.passwordChangedAt()));
            } else {
                replaceHash(tx, stored, updated, newHash);
            }
            return null;
        });
    }

    public void deleteLoginProfile(String userName) {
        String name = IamInputRules.userName(userName);
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName()));
            tx.loginProfiles().delete(user.userId());
            tx.passwordHistory().deleteForUser(user.userId());
            return null;
        });
    }

    /**
     * ChangePassword: the calling user replaces their own password. The old password is checked against
     * the stored Argon2id hash (constant time), the new one against the account password policy, and,
     * when the policy has PasswordReusePrevention N, against the current password and the N-1 before it.
     * Clears PasswordResetRequired and restarts the password's age, from which its expiry under
     * MaxPasswordAge is counted. With HardExpiry, an expired password can only be reset by an
     * administrator (UpdateLoginProfile).
     */
    public void changePassword(String userName, Password oldPassword, Password newPassword) {
        String name = IamInputRules.userName(userName);
        requirePresent("oldPassword", oldPassword);
        Password allowedNew = allowed(newPassword);
        Optional<PasswordPolicy> policy = passwordPolicy.currentPolicy();
        int remembered = policy.map(PasswordPolicy::passwordReusePrevention).orElse(0);
        record Current(StoredLoginProfile profile, List<String> earlierHashes) {
        }
        Current before = ctx.store().read(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            StoredLoginProfile stored = tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName()));
            return new Current(stored, remembered > 1 ? tx.passwordHistory().latest(user.userId(), remembered - 1)
                    : List.of());
        });
        String currentHash = before.profile().passwordHash();
        if (!ctx.passwordHasher().verify(oldPassword, currentHash)) {
            throw wrongOldPassword();
        }
        if (policy.isPresent() && hardExpired(policy.get(), before.profile())) {
            throw PasswordPolicyCheck.violation("The password has expired and the"
                    + " account password policy (HardExpiry) requires an administrator to reset it.");
        }
        if (remembered > 0) {
            List<String> recent = new ArrayList<>(before.earlierHashes());
            recent.add(0, currentHash);
            for (String hash : recent) {
                if (ctx.passwordHasher().verify(allowedNew, hash)) {
                    throw PasswordPolicyCheck.violation("Password should not be one of "
                            + "your " + remembered + " most recent passwords.");
                }
            }
        }
        String newHash = ctx.passwordHasher().hash(allowedNew);
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            StoredLoginProfile stored = tx.loginProfiles().find(user.userId()).orElseThrow(() -> noProfile(user.userName()));
            if (!stored.passwordHash().equals(currentHash)) {
                // Changed by someone else since the old password was checked: that check no longer holds.
                throw wrongOldPassword();
            }
            LoginProfile p = stored.profile();
            replaceHash(tx, stored, new LoginProfile(p.userId(), p.userName(), p.createDate(), false), newHash);
            return null;
        });
    }

    private boolean hardExpired(PasswordPolicy policy, StoredLoginProfile profile) {
        if (!Boolean.TRUE.equals(policy.hardExpiry()) || !policy.expirePasswords()
                || profile.passwordChangedAt() == null) {
            return false;
        }
        Instant expires = profile.passwordChangedAt().plus(Duration.ofDays(policy.maxPasswordAgeDays()));
        return !ctx.now().isBefore(expires);
    }

    /** Stores the new hash and remembers the replaced one for PasswordReusePrevention. */
    private void replaceHash(StoreTransaction tx, StoredLoginProfile stored, LoginProfile profile, String newHash) {
        Instant now = ctx.now();
        tx.loginProfiles().update(new StoredLoginProfile(profile, newHash, now));
        tx.passwordHistory().add(profile.userId(), stored.passwordHash(), now);
        tx.passwordHistory().trim(profile.userId(), PASSWORD_HISTORY_LIMIT);
    }

    /**
     * AWS documents no error for a wrong OldPassword (API reference and botocore list EntityTemporarily-
     * Unmodifiable, InvalidUserType, LimitExceeded, NoSuchEntity, PasswordPolicyViolation, ServiceFailure;
     * the CLI's example names InvalidUserType only for root credentials). InvalidUserType 400 stays an
     * unverified choice until a recorded AWS answer says otherwise.
     */
    private static IamException wrongOldPassword() {
        return new IamException(IamErrorCode.INVALID_USER_TYPE, "The old password is incorrect.");
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
        if (password.anyCharacter(LoginProfileService::outsidePasswordPattern)) {
            throw new IamException(IamErrorCode.VALIDATION_ERROR, "1 validation error detected: Value at 'password' "
                    + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + PASSWORD_PATTERN_TEXT);
        }
        return password;
    }

    /**
     * The model's password pattern allows tab, line feed, carriage return and U+0020-U+00FF ("Any of
     * these characters are valid in a password", API reference). Read on the UTF-8 bytes the secret
     * keeps: a disallowed control byte, or a lead byte of a character above U+00FF (0xC4 and up;
     * U+0080-U+00FF start with 0xC2 or 0xC3, and continuation bytes are below 0xC0).
     */
    private static boolean outsidePasswordPattern(int utf8Byte) {
        boolean control = utf8Byte < 0x20 && utf8Byte != 0x09 && utf8Byte != 0x0A && utf8Byte != 0x0D;
        return control || utf8Byte >= 0xC4;
    }

    private static IamException noProfile(String userName) {
        return IamException.noSuchEntity("Login Profile for User " + userName + " cannot be found.");
    }
}
