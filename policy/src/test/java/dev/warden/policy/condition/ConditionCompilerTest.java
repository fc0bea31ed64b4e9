package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.document.PolicyVersion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values IAM refuses when a policy is created (MalformedPolicyDocument): invalid dates, CIDR blocks,
 * numbers, base64, malformed variables, unknown operators. Each error carries the entry's position.
 */
class ConditionCompilerTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DateEquals|not-a-date|is not a valid date",
        "DateEquals|2020-13-01|is not a valid date",
        "DateLessThan|2020-01-01;tomorrow|'tomorrow' is not a valid date",
        "DateEquals|${aws:CurrentTime}|is not a valid date",
        "NumericEquals|ten|'ten' is not a number",
        "NumericLessThan|${aws:EpochTime}|is not a number",
        "NumericEquals|''|is not a number",
        "IpAddress|203.0.113.0/33|is not a valid IP address or CIDR block",
        "NotIpAddress|example.com|is not a valid IP address or CIDR block",
        "BinaryEquals|***|is not base64",
        "StringEquals|${aws:username|missing its closing brace",
        "StringLike|home/${}|Empty variable",
        "StringEquals|${aws: username}|cannot contain spaces",
        "ArnLike|arn:aws:iam::1:user/${aws:username, nobody}|single-quoted",
        "StringEqualz|x|Invalid Condition operator",
        "NullIfExists|true|Null cannot be combined with IfExists",
      })
  void rejectsBadValuesWithPosition(String operator, String values, String message) {
    assertThatThrownBy(() -> Fixtures.compile(operator, "k:x", values))
        .isInstanceOf(ConditionException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((ConditionException) e).position()).isEqualTo(Fixtures.POSITION))
        .satisfies(e -> assertThat(((ConditionException) e).code()).isEqualTo("MalformedPolicyDocument"));
  }

  @org.junit.jupiter.api.Test
  void messageNamesOperatorAndKey() {
    assertThatThrownBy(() -> Fixtures.compile("DateGreaterThan", "aws:CurrentTime", "soon"))
        .hasMessage(
            "Invalid value in Condition DateGreaterThan for key aws:CurrentTime: 'soon' is not a valid date"
                + " (ISO 8601, or epoch seconds or milliseconds)");
  }

  @org.junit.jupiter.api.Test
  void oldVersionsDoNotRejectVariableSyntax() {
    assertThat(Fixtures.compile("StringEquals", "k", PolicyVersion.V2008_10_17, List.of("${broken"))).isNotNull();
  }

  @org.junit.jupiter.api.Test
  void emptyValueListsCompile() {
    CompiledCondition positive = Fixtures.compile("StringEquals", "k", PolicyVersion.V2012_10_17, List.of());
    CompiledCondition negated = Fixtures.compile("StringNotEquals", "k", PolicyVersion.V2012_10_17, List.of());
    assertThat(positive.test(Fixtures.context("k", "v"))).isFalse();
    assertThat(negated.test(Fixtures.context("k", "v"))).isTrue();
  }
}
