package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.condition.ConditionException;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParser;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompilablePolicyTest {

    static String withCondition(String operator, String key, String rawValue) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\",\"Condition\":{\"" + operator + "\":{\"" + key + "\":" + rawValue + "}}}]}";
    }

    static String trustWithCondition(String operator, String key, String rawValue) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"" + operator + "\":{\"" + key + "\":" + rawValue + "}}}]}";
    }

    /** document, kind, compiles */
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(withCondition("NumericLessThan", "s3:max-keys", "10"), PolicyKind.IDENTITY_MANAGED, true),
                Arguments.of(withCondition("NumericLessThan", "s3:max-keys", "1e3"), PolicyKind.IDENTITY_MANAGED, true),
                Arguments.of(withCondition("NumericLessThan", "s3:max-keys", "1e999999999"), PolicyKind.IDENTITY_MANAGED,
                        false),
                Arguments.of(withCondition("NumericLessThan", "s3:max-keys", "\"ten\""), PolicyKind.IDENTITY_INLINE_ROLE,
                        false),
                Arguments.of(withCondition("DateLessThan", "aws:CurrentTime", "\"2030-01-01T00:00:00Z\""),
                        PolicyKind.SESSION, true),
                Arguments.of(withCondition("IpAddress", "aws:SourceIp", "\"10.0.0.0/8\""), PolicyKind.BOUNDARY, true),
                Arguments.of(withCondition("IpAddress", "aws:SourceIp", "\"10.0.0.0/99\""), PolicyKind.BOUNDARY, false),
                Arguments.of(withCondition("BinaryEquals", "aws:SourceIp", "\"QUJD\""), PolicyKind.IDENTITY_MANAGED, true),
                Arguments.of(withCondition("BinaryEquals", "aws:SourceIp", "\"!!!\""), PolicyKind.IDENTITY_MANAGED, false),
                Arguments.of(trustWithCondition("NumericEquals", "aws:MultiFactorAuthAge", "\"1h\""), PolicyKind.TRUST,
                        false),
                Arguments.of(trustWithCondition("StringLike", "aws:username", "\"*a*a*a*b\""), PolicyKind.TRUST, true));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aPolicyMustCompileNotOnlyParse(String document, PolicyKind kind, boolean compiles) throws Exception {
        PolicyDocument parsed = PolicyParser.standard().parse(document, kind);
        if (compiles) {
            assertThatCode(() -> CompilablePolicy.require(parsed, kind)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CompilablePolicy.require(parsed, kind)).isInstanceOf(ConditionException.class)
                    .hasMessageStartingWith("Invalid value in Condition");
        }
    }
}
