package dev.warden.core.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.Tag;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StsInputRulesTest {
    @ParameterizedTest
    @CsvSource({
        ",      3600,  false, 3600",
        "900,   3600,  false, 900",
        "43200, 43200, false, 43200",
        "3600,  43200, true,  3600"})
    void acceptedDurations(Integer requested, int roleMax, boolean chained, long expected) {
        assertThat(StsInputRules.assumeRoleDuration(requested, roleMax, chained)).isEqualTo(Duration.ofSeconds(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "899,   3600,  false, greater than or equal to 900",
        "43201, 43200, false, less than or equal to 43200",
        "7200,  3600,  false, MaxSessionDuration",
        "3601,  43200, true,  1 hour session limit"})
    void rejectedDurations(int requested, int roleMax, boolean chained, String message) {
        assertThatThrownBy(() -> StsInputRules.assumeRoleDuration(requested, roleMax, chained))
                .isInstanceOf(IamException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((IamException) e).code()).isEqualTo(IamErrorCode.VALIDATION_ERROR));
    }

    @Test
    void sessionTokenDurations() {
        assertThat(StsInputRules.sessionTokenDuration(null, false)).isEqualTo(Duration.ofHours(12));
        assertThat(StsInputRules.sessionTokenDuration(null, true)).isEqualTo(Duration.ofHours(1));
        assertThat(StsInputRules.sessionTokenDuration(129_600, false)).isEqualTo(Duration.ofHours(36));
        assertThatThrownBy(() -> StsInputRules.sessionTokenDuration(3601, true)).isInstanceOf(IamException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "has space", "x/y"})
    void badSessionNames(String name) {
        assertThatThrownBy(() -> StsInputRules.roleSessionName(name)).isInstanceOf(IamException.class)
                .hasMessageContaining("roleSessionName");
    }

    @Test
    void goodSessionNameAndSourceIdentity() {
        assertThat(StsInputRules.roleSessionName("alice@example.com")).isEqualTo("alice@example.com");
        assertThat(StsInputRules.roleSessionName("a".repeat(64))).hasSize(64);
        assertThatThrownBy(() -> StsInputRules.sourceIdentity("aws:me")).isInstanceOf(IamException.class);
        assertThat(StsInputRules.sourceIdentity(null)).isNull();
    }

    @Test
    void sessionPolicyLimits() {
        StsInputRules.sessionPolicies("x".repeat(2048), List.of());
        assertThatThrownBy(() -> StsInputRules.sessionPolicies("x".repeat(2049), null)).isInstanceOf(IamException.class);
        assertThatThrownBy(() -> StsInputRules.sessionPolicies(null, java.util.Collections.nCopies(11, "arn")))
                .isInstanceOf(IamException.class);
    }

    /** IAM User Guide, "Tagging IAM resources", naming rules for STS sessions: the aws: prefix is reserved. */
    @ParameterizedTest
    @ValueSource(strings = {"aws:team", "AWS:team", "Aws:Team"})
    void sessionTagKeysMustNotUseTheReservedPrefix(String key) {
        assertThatThrownBy(() -> StsInputRules.sessionTags(List.of(new Tag(key, "x")), null, List.of()))
                .isInstanceOf(IamException.class)
                .hasMessage("User-defined tag keys can't start with 'aws:'. This prefix is reserved for AWS.")
                .satisfies(e -> assertThat(((IamException) e).code()).isEqualTo(IamErrorCode.INVALID_PARAMETER_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"awsteam", "team:aws:x", "aws"})
    void tagKeysThatMerelyContainAwsAreFine(String key) {
        assertThat(StsInputRules.sessionTags(List.of(new Tag(key, "x")), null, List.of())).containsExactly(new Tag(key, "x"));
    }

    @Test
    void sessionTagsInheritTransitiveAndRefuseOverrides() {
        List<Tag> inherited = List.of(new Tag("project", "warden"));
        assertThat(StsInputRules.sessionTags(List.of(new Tag("env", "ci")), List.of("env"), inherited))
                .containsExactly(new Tag("project", "warden"), new Tag("env", "ci"));
        assertThatThrownBy(() -> StsInputRules.sessionTags(List.of(new Tag("PROJECT", "x")), null, inherited))
                .isInstanceOf(IamException.class).hasMessage("One of the specified transitive tag keys can't be set "
                        + "because it conflicts with a transitive tag key from the calling session.");
        assertThatThrownBy(() -> StsInputRules.sessionTags(List.of(new Tag("a", "1")), List.of("b"), List.of()))
                .isInstanceOf(IamException.class);
        assertThatThrownBy(() -> StsInputRules.sessionTags(List.of(new Tag("a", "1"), new Tag("A", "2")), null, List.of()))
                .isInstanceOf(IamException.class);
    }
}
