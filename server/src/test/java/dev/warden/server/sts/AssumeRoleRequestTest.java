package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.model.Tag;
import dev.warden.server.query.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AssumeRoleRequestTest {

    static final String ROLE = "arn:aws:iam::123456789012:role/demo";

    static Map<String, String> with(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("RoleArn", ROLE);
        params.put("RoleSessionName", "s1");
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void readsEveryParameter() {
        AssumeRoleRequest request = AssumeRoleRequest.parse(QueryParameters.of(with(
                "PolicyArns.member.1.arn", "arn:aws:iam::aws:policy/ReadOnlyAccess", "Policy", "{}",
                "DurationSeconds", "900", "Tags.member.1.Key", "k", "Tags.member.1.Value", "", "TransitiveTagKeys.member.1", "k",
                "ExternalId", "ext-1", "SourceIdentity", "me")));

        assertThat(request.roleArn()).isEqualTo(ROLE);
        assertThat(request.policyArns()).containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(request.policy()).contains("{}");
        assertThat(request.durationSeconds()).contains(900);
        assertThat(request.tags()).containsExactly(new Tag("k", ""));
        assertThat(request.transitiveTagKeys()).containsExactly("k");
        assertThat(request.externalId()).contains("ext-1");
        assertThat(request.sourceIdentity()).contains("me");
        assertThat(request.passesTags()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "RoleSessionName | has space | Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
        "RoleArn | short | Value 'short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
        "ExternalId | bad id! | Value 'bad id!' at 'externalId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*",
        "DurationSeconds | 43201 | Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
        "TokenCode | 12345a | Value '12345a' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*",
        "Tags.member.1.Key | a*b | Value 'a*b' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
        "PolicyArns.member.1.arn | arn:x | Value 'arn:x' at 'policyArns.1.member.arn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    })
    void reportsModelViolationsAsAws(String name, String value, String violation) {
        Map<String, String> params = with(name, value);
        if (name.startsWith("Tags.")) {
            params.put("Tags.member.1.Value", "v");
        }

        assertThatThrownBy(() -> AssumeRoleRequest.parse(QueryParameters.of(params)))
                .hasMessage("1 validation error detected: " + violation);
    }

    @Test
    void missingRequiredMembersAndTooManyTags() {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i <= 51; i++) {
            params.put("Tags.member." + i + ".Key", "k" + i);
            params.put("Tags.member." + i + ".Value", "v");
        }

        assertThatThrownBy(() -> AssumeRoleRequest.parse(QueryParameters.of(params)))
                .hasMessageStartingWith("3 validation errors detected: Value null at 'roleArn' failed to satisfy "
                        + "constraint: Member must not be null; Value null at 'roleSessionName' failed to satisfy "
                        + "constraint: Member must not be null; Value '")
                .hasMessageEndingWith("' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50");
    }

    /**
     * A RoleArn of the model's length and characters that is no ARN (no partition, service or resource,
     * or too few colons) is refused before any trust decision, as recorded against AWS in localstack's
     * tests/aws/services/sts/test_sts.snapshot.json (test_sts_invalid_parameters).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nothing-valid-in-here", "arn::b:::something/test-role",
        "arn:a::::something/test-role", "arn:a:::something/test-role", "arn:a:a::aaaaaaaaaa:",
        "arn:aws:iam::role/xxxxxxxxxxxxxx"})
    void aRoleArnThatIsNoArnIsInvalid(String roleArn) {
        assertThatThrownBy(() -> AssumeRoleRequest.parse(QueryParameters.of(with("RoleArn", roleArn))))
                .isInstanceOfSatisfying(dev.warden.server.error.AwsError.class, e -> {
                    assertThat(e.code().code()).isEqualTo("ValidationError");
                    assertThat(e.code().httpStatus()).isEqualTo(400);
                })
                .hasMessage(roleArn + " is invalid");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"arn:aws:iam::123456789012:role/demo",
        "arn:aws:iam::123456789012:user/not-a-role", "arn:a:b:::something/test-role"})
    void anyWellFormedArnIsLeftToTheTrustDecision(String roleArn) {
        assertThat(AssumeRoleRequest.parse(QueryParameters.of(with("RoleArn", roleArn))).roleArn()).isEqualTo(roleArn);
    }

    @Test
    void modelViolationsComeBeforeTheArnCheck() {
        assertThatThrownBy(() -> AssumeRoleRequest.parse(QueryParameters.of(with("RoleArn",
                "arn:a:b:::something/test-role", "RoleSessionName", "Session1:2"))))
                .hasMessage("1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }
}
