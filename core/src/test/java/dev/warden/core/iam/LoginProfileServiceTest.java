package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.secret.Password;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginProfileServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private LoginProfileService profiles;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        profiles = fx.iam.loginProfiles();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void createVerifyUpdateDelete() {
        var p = profiles.createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice", Password.of("first-Pass1"), true));
        assertThat(p.passwordResetRequired()).isTrue();
        assertThat(profiles.getLoginProfile("alice").createDate()).isEqualTo(IamFixture.NOW);
        assertThat(profiles.verifyPassword("alice", Password.of("first-Pass1"))).isTrue();
        assertThat(profiles.verifyPassword("alice", Password.of("first-Pass2"))).isFalse();
        assertThat(profiles.verifyPassword("nobody", Password.of("first-Pass1"))).isFalse();

        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> profiles.createLoginProfile(
                new LoginProfileRequests.CreateLoginProfile("alice", Password.of("x"), false)));

        profiles.updateLoginProfile(new LoginProfileRequests.UpdateLoginProfile("alice", Password.of("second"), false));
        assertThat(profiles.verifyPassword("alice", Password.of("first-Pass1"))).isFalse();
        assertThat(profiles.verifyPassword("alice", Password.of("second"))).isTrue();
        assertThat(profiles.getLoginProfile("alice").passwordResetRequired()).isFalse();

        profiles.deleteLoginProfile("alice");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> profiles.getLoginProfile("alice"))
                .hasMessage("Login Profile for User alice cannot be found.");
        assertThat(profiles.verifyPassword("alice", Password.of("second"))).isFalse();
    }

    @Test
    void passwordRulesDoNotEchoThePassword() {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> profiles.createLoginProfile(
                new LoginProfileRequests.CreateLoginProfile("alice", Password.of("p".repeat(129)), false)))
                .message().doesNotContain("ppp");
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> profiles.createLoginProfile(
                new LoginProfileRequests.CreateLoginProfile("alice", Password.of(""), false)));
        failsWith(IamErrorCode.PASSWORD_POLICY_VIOLATION, () -> profiles.createLoginProfile(
                new LoginProfileRequests.CreateLoginProfile("alice", Password.of("pässwort"), false)))
                .hasMessageStartingWith(PasswordPolicyServiceTest.AWS_TEXT).message().doesNotContain("sswort");
    }

    @Test
    void storedHashIsArgon2id() {
        profiles.createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice", Password.of("pw-123"), false));
        String hash = fx.store.read(tx -> tx.loginProfiles().find(
                fx.iam.users().getUser("alice").userId()).orElseThrow().passwordHash());
        assertThat(hash).startsWith("$argon2id$v=19$").doesNotContain("pw-123");
    }
}
