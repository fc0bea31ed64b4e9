package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.query.QueryParameters;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SharedMemberConstraintsTest {

    static Stream<Arguments> refused() {
        String longMarker = "m".repeat(321);
        return Stream.of(
                Arguments.of(Map.of("Marker", longMarker), "1 validation error detected: Value '" + longMarker
                        + "' at 'marker' failed to satisfy constraint: Member must have length less than or equal to 320"),
                Arguments.of(Map.of("Marker", ""), "1 validation error detected: Value '' at 'marker' failed to satisfy"
                        + " constraint: Member must have length greater than or equal to 1"),
                Arguments.of(Map.of("Marker", "page\u0100"), "1 validation error detected: Value 'page\u0100' at 'marker'"
                        + " failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0020-\\u00FF]+"),
                Arguments.of(Map.of("PathPrefix", "/" + "p".repeat(512)), "at 'pathPrefix' failed to satisfy constraint:"
                        + " Member must have length less than or equal to 512"),
                Arguments.of(Map.of("PermissionsBoundary", "arn:aws:iam::1:x"), "at 'permissionsBoundary' failed to"
                        + " satisfy constraint: Member must have length greater than or equal to 20"),
                Arguments.of(Map.of("ServiceNamespace", "s3!"), "at 'serviceNamespace' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: [\\w-]*"),
                Arguments.of(Map.of("Marker", longMarker, "ServiceNamespace", "x".repeat(65)), "2 validation errors detected"),
                Arguments.of(Map.of("MaxItems", "0"), "Value '0' at 'maxItems' failed to satisfy constraint: Member must"
                        + " have value greater than or equal to 1"),
                Arguments.of(Map.of("MaxItems", "1001"), "Member must have value less than or equal to 1000"),
                Arguments.of(Map.of("CredentialAgeDays", "36601"), "at 'credentialAgeDays' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 36600"),
                Arguments.of(Map.of("Password", "hunter2\u0001"), "1 validation error detected: Value at 'password' failed"
                        + " to satisfy constraint: Member must satisfy regular expression pattern:"
                        + " [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
                Arguments.of(Map.of("NewPassword", "p".repeat(129)), "Value at 'newPassword' failed to satisfy constraint:"
                        + " Member must have length less than or equal to 128"),
                Arguments.of(Map.of("OldPassword", ""), "Value at 'oldPassword' failed to satisfy constraint: Member must"
                        + " have length greater than or equal to 1"),
                Arguments.of(numbered("Tags.member.%d.Key", 51), "at 'tags' failed to satisfy constraint: Member must have"
                        + " length less than or equal to 50"),
                Arguments.of(numbered("TagKeys.member.%d", 51), "at 'tagKeys' failed to satisfy constraint: Member must"
                        + " have length less than or equal to 50"));
    }

    /** {@code count} members of a Query list, e.g. Tags.member.1.Key=k1 … (values distinct). */
    static Map<String, String> numbered(String nameFormat, int count) {
        Map<String, String> params = new java.util.HashMap<>();
        for (int i = 1; i <= count; i++) {
            params.put(String.format(nameFormat, i), "k" + i);
        }
        return params;
    }

    @ParameterizedTest
    @MethodSource("refusedPasswords")
    void aRefusedPasswordIsNeverQuoted(Map<String, String> params) {
        assertThatThrownBy(() -> SharedMemberConstraints.check(QueryParameters.of(params)))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    static Stream<Map<String, String>> refusedPasswords() {
        return Stream.of(Map.of("Password", "hunter2\u0001"), Map.of("NewPassword", "hunter2" + "x".repeat(200)),
                Map.of("OldPassword", "hunter2\u0100"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void violationsAreValidationErrorsBeforeTheActionRuns(Map<String, String> params, String message) {
        assertThatThrownBy(() -> SharedMemberConstraints.check(QueryParameters.of(params)))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code().code()).isEqualTo("ValidationError");
                    assertThat(e.code().httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    static Stream<Map<String, String>> accepted() {
        return Stream.of(Map.of(), Map.of("Marker", "m".repeat(320)), Map.of("Marker", "opaque token é"),
                Map.of("PathPrefix", "/"), Map.of("PermissionsBoundary", "arn:aws:iam::aws:policy/PowerUserAccess"),
                Map.of("ServiceNamespace", "s3"), Map.of("ServiceNamespace", "elastic-beanstalk"),
                Map.of("MaxItems", "1"), Map.of("MaxItems", "1000"), Map.of("CredentialAgeDays", "30"),
                Map.of("Password", "Tab\tand Latin-1 ÿ ok"), Map.of("NewPassword", "p".repeat(128)),
                numbered("Tags.member.%d.Key", 50), numbered("TagKeys.member.%d", 50),
                Map.of("UserName", "u".repeat(500)));  // not a shared member: left to the action
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void membersWithinTheirConstraintsPass(Map<String, String> params) {
        assertThatCode(() -> SharedMemberConstraints.check(QueryParameters.of(params))).doesNotThrowAnyException();
    }
}
