package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.secret.Password;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    }

    /**
     * AWS: a password may hold tab, line feed, carriage return and U+0020-U+00FF, "Any of these
     * characters are valid in a password" (CreateLoginProfile, UpdateLoginProfile, ChangePassword API
     * reference); anything else fails the model's pattern (ValidationError).
     */
    static Stream<Arguments> characters() {
        return Stream.of(
                Arguments.of("tab\tinside", true),
                Arguments.of("line\nfeed and\r return", true),
                Arguments.of("pässwort-é-ÿ", true),
                Arguments.of("delete\u007fchar", true),
                Arguments.of("nbsp\u00a0here", true),
                Arguments.of("A\u0100-beyond-latin1", false),
                Arguments.of("control\u0001char", false),
                Arguments.of("emoji\uD83D\uDE00", false),
                Arguments.of("euro€", false));
    }

    @ParameterizedTest
    @MethodSource("characters")
    void passwordsMayUseTheModelsCharacters(String password, boolean valid) {
        var create = new LoginProfileRequests.CreateLoginProfile("alice", Password.of(password), false);
        if (valid) {
            profiles.createLoginProfile(create);
            assertThat(profiles.verifyPassword("alice", Password.of(password))).isTrue();
            return;
        }
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> profiles.createLoginProfile(create))
                .hasMessage("1 validation error detected: Value at 'password' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> profiles.getLoginProfile("alice"));
    }

    @Test
    void storedHashIsArgon2id() {
        profiles.createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice", Password.of("pw-123"), false));
        String hash = fx.store.read(tx -> tx.loginProfiles().find(
                fx.iam.users().getUser("alice").userId()).orElseThrow().passwordHash());
        assertThat(hash).startsWith("$argon2id$v=19$").doesNotContain("pw-123");
    }
}
