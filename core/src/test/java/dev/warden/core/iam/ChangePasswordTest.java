package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.secret.Password;
import dev.warden.core.store.StoredLoginProfile;
import java.nio.file.Path;
import java.time.Instant;
import dev.warden.core.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ChangePassword (LoginProfileService.changePassword): the calling user's own password change. */
class ChangePasswordTest {
    private static final Instant CREATED = IamFixture.NOW;

    @TempDir
    Path dir;

    private MutableClock clock;
    private IamFixture fx;
    private LoginProfileService profiles;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(CREATED);
        fx = new IamFixture(dir, clock);
        profiles = fx.iam.loginProfiles();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.users().createUser(UserRequests.CreateUser.named("bob"));
        profiles.createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice", Password.of("Old-pass1!"), true));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theNewPasswordReplacesTheOldClearsTheResetFlagAndRestartsItsAge() {
        clock.advance(java.time.Duration.ofDays(3));

        profiles.changePassword("alice", Password.of("Old-pass1!"), Password.of("New-pass2!"));

        assertThat(profiles.verifyPassword("alice", Password.of("New-pass2!"))).isTrue();
        assertThat(profiles.verifyPassword("alice", Password.of("Old-pass1!"))).isFalse();
        assertThat(profiles.getLoginProfile("alice").passwordResetRequired()).isFalse();
        StoredLoginProfile stored = fx.store.read(tx -> tx.loginProfiles().find(
                tx.users().findByName(IamFixture.ACCOUNT, "alice").orElseThrow().userId())).orElseThrow();
        assertThat(stored.passwordChangedAt()).isEqualTo(CREATED.plus(java.time.Duration.ofDays(3)));
        assertThat(stored.profile().createDate()).isEqualTo(CREATED);
        assertThat(stored.passwordHash()).startsWith("$argon2id$").doesNotContain("New-pass2!");
    }

    record Refusal(String user, String oldPassword, String newPassword, IamErrorCode code) {
    }

    @Test
    void refusalsLeaveThePasswordUnchanged() {
        fx.iam.passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(10, null, true, null, null,
                true, null, 3, null));
        List<Refusal> refusals = List.of(
                new Refusal("alice", "wrong-Old1!", "New-pass2!", IamErrorCode.INVALID_USER_TYPE),
                new Refusal("alice", "Old-pass1!", "short1", IamErrorCode.PASSWORD_POLICY_VIOLATION),
                new Refusal("alice", "Old-pass1!", "no-digits-here", IamErrorCode.PASSWORD_POLICY_VIOLATION),
                new Refusal("alice", "Old-pass1!", "Old-pass1!", IamErrorCode.PASSWORD_POLICY_VIOLATION),
                new Refusal("alice", "Old-pass1!", "x".repeat(129), IamErrorCode.VALIDATION_ERROR),
                new Refusal("alice", "", "New-pass2!", IamErrorCode.VALIDATION_ERROR),
                new Refusal("bob", "Old-pass1!", "New-pass2!", IamErrorCode.NO_SUCH_ENTITY),
                new Refusal("nobody", "Old-pass1!", "New-pass2!", IamErrorCode.NO_SUCH_ENTITY));
        for (Refusal r : refusals) {
            failsWith(r.code(), () -> profiles.changePassword(r.user(), Password.of(r.oldPassword()),
                    Password.of(r.newPassword()))).as(r.toString());
        }
        assertThat(profiles.verifyPassword("alice", Password.of("Old-pass1!"))).isTrue();
        assertThat(profiles.getLoginProfile("alice").passwordResetRequired()).isTrue();
    }

    @Test
    void withoutReusePreventionTheSamePasswordMayBeSetAgain() {
        profiles.changePassword("alice", Password.of("Old-pass1!"), Password.of("Old-pass1!"));

        assertThat(profiles.verifyPassword("alice", Password.of("Old-pass1!"))).isTrue();
        assertThat(profiles.getLoginProfile("alice").passwordResetRequired()).isFalse();
    }

    record Reuse(int remembered, String back, boolean refused) {
    }

    @Test
    void reusePreventionRemembersAsManyPasswordsAsThePolicySays() {
        // Old-pass1! -> Second-pw2! -> Third-pw3!, then try to go back.
        for (Reuse r : List.of(new Reuse(3, "Old-pass1!", true), new Reuse(3, "Second-pw2!", true),
                new Reuse(3, "Third-pw3!", true), new Reuse(2, "Old-pass1!", false), new Reuse(2, "Second-pw2!", true),
                new Reuse(1, "Second-pw2!", false))) {
            fx.iam.loginProfiles().deleteLoginProfile("alice");
            profiles.createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice", Password.of("Old-pass1!"),
                    false));
            fx.iam.passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(null, null, null, null,
                    null, true, null, r.remembered(), null));
            profiles.changePassword("alice", Password.of("Old-pass1!"), Password.of("Second-pw2!"));
            profiles.changePassword("alice", Password.of("Second-pw2!"), Password.of("Third-pw3!"));

            if (r.refused()) {
                failsWith(IamErrorCode.PASSWORD_POLICY_VIOLATION, () -> profiles.changePassword("alice",
                        Password.of("Third-pw3!"), Password.of(r.back()))).as(r.toString())
                        .hasMessageStartingWith(PasswordPolicyServiceTest.AWS_TEXT);
                assertThat(profiles.verifyPassword("alice", Password.of("Third-pw3!"))).as(r.toString()).isTrue();
            } else {
                profiles.changePassword("alice", Password.of("Third-pw3!"), Password.of(r.back()));
                assertThat(profiles.verifyPassword("alice", Password.of(r.back()))).as(r.toString()).isTrue();
            }
        }
    }

    @Test
    void anAdministratorsResetCountsAsAnEarlierPasswordAndDeletingTheProfileForgetsThem() {
        fx.iam.passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(null, null, null, null, null,
                true, null, 5, null));
        profiles.updateLoginProfile(new LoginProfileRequests.UpdateLoginProfile("alice", Password.of("Admin-set1!"),
                true));
        failsWith(IamErrorCode.PASSWORD_POLICY_VIOLATION, () -> profiles.changePassword("alice",
                Password.of("Admin-set1!"), Password.of("Old-pass1!")));

        profiles.deleteLoginProfile("alice");
        fx.iam.users().deleteUser("alice");
        java.util.Optional<dev.warden.core.model.User> gone = fx.store.read(
                tx -> tx.users().findByName(IamFixture.ACCOUNT, "alice"));
        assertThat(gone).isEmpty();
    }

    @Test
    void withHardExpiryAnExpiredPasswordCannotBeChangedByItsUser() {
        fx.iam.passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(null, null, null, null, null,
                true, 30, null, true));
        clock.advance(java.time.Duration.ofDays(29));
        profiles.changePassword("alice", Password.of("Old-pass1!"), Password.of("Fresh-pw2!"));
        clock.advance(java.time.Duration.ofDays(30));

        failsWith(IamErrorCode.PASSWORD_POLICY_VIOLATION, () -> profiles.changePassword("alice",
                Password.of("Fresh-pw2!"), Password.of("Later-pw3!")))
                .hasMessageStartingWith(PasswordPolicyServiceTest.AWS_TEXT).hasMessageContaining("HardExpiry");

        fx.iam.passwordPolicy().updateAccountPasswordPolicy(new PasswordPolicyRequests(null, null, null, null, null,
                true, 30, null, false));
        profiles.changePassword("alice", Password.of("Fresh-pw2!"), Password.of("Later-pw3!"));
        assertThat(profiles.verifyPassword("alice", Password.of("Later-pw3!"))).isTrue();
    }
}
