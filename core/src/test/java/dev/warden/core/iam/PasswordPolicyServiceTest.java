package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.PasswordPolicy;
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

class PasswordPolicyServiceTest {
    static final PasswordPolicyRequests STRICT = new PasswordPolicyRequests(12, true, true, true, true, true, 90, 5, false);

    @TempDir
    Path dir;

    private IamFixture fx;
    private PasswordPolicyService policies;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        policies = fx.iam.passwordPolicy();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void noPolicyUntilOneIsSet() {
        failsWith(IamErrorCode.NO_SUCH_ENTITY, policies::getAccountPasswordPolicy)
                .hasMessage("The Password Policy with domain name 123456789012 cannot be found.");
        // AWS's text for Delete differs from Get's (IAM User Guide, "Use DeleteAccountPasswordPolicy with a CLI").
        failsWith(IamErrorCode.NO_SUCH_ENTITY, policies::deleteAccountPasswordPolicy)
                .hasMessage("The account policy with name PasswordPolicy cannot be found.");
    }

    @Test
    void updateReplacesWithDefaultsForAbsentSettings() {
        policies.updateAccountPasswordPolicy(STRICT);
        PasswordPolicy strict = policies.getAccountPasswordPolicy();
        assertThat(strict).isEqualTo(new PasswordPolicy(12, true, true, true, true, true, 90, 5, false));
        assertThat(strict.expirePasswords()).isTrue();

        policies.updateAccountPasswordPolicy(new PasswordPolicyRequests(null, null, true, null, null, null, null, null,
                null));
        PasswordPolicy loose = policies.getAccountPasswordPolicy();
        assertThat(loose).isEqualTo(new PasswordPolicy(6, false, true, false, false, false, null, null, null));
        assertThat(loose.expirePasswords()).isFalse();

        policies.deleteAccountPasswordPolicy();
        failsWith(IamErrorCode.NO_SUCH_ENTITY, policies::getAccountPasswordPolicy);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(new PasswordPolicyRequests(5, null, null, null, null, null, null, null, null),
                        "minimumPasswordLength"),
                Arguments.of(new PasswordPolicyRequests(129, null, null, null, null, null, null, null, null),
                        "minimumPasswordLength"),
                Arguments.of(new PasswordPolicyRequests(null, null, null, null, null, null, 0, null, null),
                        "maxPasswordAge"),
                Arguments.of(new PasswordPolicyRequests(null, null, null, null, null, null, 1096, null, null),
                        "maxPasswordAge"),
                Arguments.of(new PasswordPolicyRequests(null, null, null, null, null, null, null, 0, null),
                        "passwordReusePrevention"),
                Arguments.of(new PasswordPolicyRequests(null, null, null, null, null, null, null, 25, null),
                        "passwordReusePrevention"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void settingsOutOfRangeAreValidationErrors(PasswordPolicyRequests request, String field) {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> policies.updateAccountPasswordPolicy(request))
                .hasMessageContaining("at '" + field + "'");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, policies::getAccountPasswordPolicy);
    }

    /** AWS's message for every PasswordPolicyViolation (see PasswordPolicyCheck); Warden adds the rule broken. */
    static final String AWS_TEXT = "Password does not conform to the account password policy.";

    static Stream<Arguments> passwords() {
        return Stream.of(
                Arguments.of("Sh0rt!pass", AWS_TEXT + " Password should have a minimum length of 12"),
                Arguments.of("NOLOWERCASE1!", AWS_TEXT + " Password should have at least one lowercase letter"),
                Arguments.of("nouppercase1!", AWS_TEXT + " Password should have at least one uppercase letter"),
                Arguments.of("NoNumbersHere!", AWS_TEXT + " Password should have at least one number"),
                Arguments.of("NoSymbolsHere1", AWS_TEXT + " Password should have at least one symbol"),
                Arguments.of("Space is no symbol1", AWS_TEXT + " Password should have at least one symbol"),
                Arguments.of("Good-Password-1", null),
                Arguments.of("quote'Counts1Q", null),
                Arguments.of("Braces{Count}1", null));
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void loginProfilesFollowThePolicy(String password, String violation) {
        policies.updateAccountPasswordPolicy(STRICT);
        var create = new LoginProfileRequests.CreateLoginProfile("alice", Password.of(password), false);
        if (violation == null) {
            assertThatCode(() -> fx.iam.loginProfiles().createLoginProfile(create)).doesNotThrowAnyException();
            return;
        }
        failsWith(IamErrorCode.PASSWORD_POLICY_VIOLATION, () -> fx.iam.loginProfiles().createLoginProfile(create))
                .hasMessage(violation).message().doesNotContain(password);
        fx.iam.loginProfiles().createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice",
                Password.of("Good-Password-1"), false));
        failsWith(IamErrorCode.PASSWORD_POLICY_VIOLATION, () -> fx.iam.loginProfiles().updateLoginProfile(
                new LoginProfileRequests.UpdateLoginProfile("alice", Password.of(password), null))).hasMessage(violation);
        assertThat(fx.iam.loginProfiles().verifyPassword("alice", Password.of("Good-Password-1"))).isTrue();
    }

    @Test
    void withoutAPolicyOnlyTheBuiltInRulesApply() {
        fx.iam.loginProfiles().createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice", Password.of("x"),
                false));
        fx.iam.loginProfiles().updateLoginProfile(new LoginProfileRequests.UpdateLoginProfile("alice", null, true));
        assertThat(fx.iam.loginProfiles().getLoginProfile("alice").passwordResetRequired()).isTrue();
    }
}
