package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyDocumentsTest {

    private final PolicyDocuments documents = new PolicyDocuments(arn -> Optional.empty());

    static String statement(String effect, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\",\"Condition\":" + condition + "}]}";
    }

    /** Documents the write-time checks refuse today, as an older Warden or a direct store write left them. */
    static Stream<Arguments> unusable() {
        return Stream.of(
                Arguments.of("Allow with a number beyond range", statement("Allow",
                        "{\"NumericLessThan\":{\"s3:max-keys\":1e999999999}}"), PolicyKind.IDENTITY_INLINE_USER),
                Arguments.of("Deny with a date that is no date", statement("Deny",
                        "{\"DateLessThan\":{\"aws:CurrentTime\":\"yesterday\"}}"), PolicyKind.IDENTITY_MANAGED),
                Arguments.of("trust policy with a bad address", "{\"Version\":\"2012-10-17\",\"Statement\":[{"
                        + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"999.1.1.1/99\"}}}]}", PolicyKind.TRUST),
                Arguments.of("not JSON", "allow everything", PolicyKind.RESOURCE),
                Arguments.of("truncated JSON", "{\"Version\":", PolicyKind.IDENTITY_INLINE_ROLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusable")
    void aStoredDocumentThatDoesNotCompileIsAccessDenied(String name, String document, PolicyKind kind) {
        AwsError denied = catchThrowableOfType(AwsError.class,
                () -> documents.compileStored(document, kind, "arn:aws:iam::123456789012:policy/broken",
                        PolicyType.IDENTITY));
        assertThat(denied.code()).isEqualTo(AwsErrorCode.ACCESS_DENIED);
        assertThat(denied.getMessage()).contains("arn:aws:iam::123456789012:policy/broken", "cannot be evaluated");
    }

    @Test
    void aUsableDocumentCompiles() {
        assertThat(documents.compileStored(statement("Deny", "{\"NumericLessThan\":{\"s3:max-keys\":\"5\"}}"),
                PolicyKind.IDENTITY_MANAGED, "p", PolicyType.IDENTITY)).isNotNull();
    }
}
