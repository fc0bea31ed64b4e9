package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.RequestContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ARN condition operators. Source: IAM User Guide, reference_policies_elements_condition_operators
 * ("Amazon Resource Name (ARN) condition operators": the ARN is split into six colon-delimited
 * parts, each matched separately, so the documented example is StringLike-true but ArnLike-false).
 */
class ArnConditionsTest {

  private static final String DOC_PATTERN = "arn:aws:someservice:*:111122223333:finance/*";
  private static final String DOC_VALUE =
      "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ArnLike|arn:aws:iam::123456789012:user/*|arn:aws:iam::123456789012:user/Bob|true",
        "ArnEquals|arn:aws:iam::123456789012:user/*|arn:aws:iam::123456789012:user/Bob|true",
        "ArnLike|arn:aws:iam::123456789012:user/*|arn:aws:iam::123456789012:role/Bob|false",
        "ArnLike|arn:aws:iam::123456789012:user/Bob|arn:aws:iam::123456789012:user/bob|false",
        "ArnLike|arn:aws:s3:::bucket|arn:aws:s3:::bucket|true",
        "ArnLike|arn:aws:s3:*:*:bucket|arn:aws:s3:::bucket|true",
        "ArnLike|arn:???:*:*:*:*|arn:aws:ec2:us-east-1:123456789012:instance/i-1|true",
        "ArnLike|arn:a*:*:*:*:*|arn:aws:ec2:us-east-1:123456789012:instance/i-1|true",
        // the resource part: '*' crosses '/' and ':'
        "ArnLike|arn:aws:s3:::B/*/test/*|arn:aws:s3:::B/1/2/test/3/x.jpg|true",
        "ArnLike|arn:aws:s3:::B/*/test/*|arn:aws:s3:::B/test/x.jpg|false",
        "ArnLike|arn:aws:sns:*:*:topic:*|arn:aws:sns:us-east-1:1:topic:sub:x|true",
        // in the first five parts '*' stays inside its part
        "ArnLike|arn:aws:iam:*:user/x|arn:aws:iam::1:user/x|false",
        "ArnLike|arn:*:user/x|arn:aws:iam::1:user/x|false",
        // whole-value star and short patterns
        "ArnLike|*|arn:aws:s3:::anything|true",
        "ArnLike|arn:aws:iam::*|arn:aws:iam::1:user/x|false",
        "ArnLike|arn:aws:iam::1:user/x;arn:aws:iam::1:user/y|arn:aws:iam::1:user/y|true",
        "ArnNotLike|arn:aws:iam::1:role/admin*|arn:aws:iam::1:role/admin-1|false",
        "ArnNotLike|arn:aws:iam::1:role/admin*|arn:aws:iam::1:role/dev|true",
        "ArnNotEquals|arn:aws:iam::1:role/a;arn:aws:iam::1:role/b|arn:aws:iam::1:role/b|false",
        "ArnNotEquals|arn:aws:iam::1:role/a;arn:aws:iam::1:role/b|arn:aws:iam::1:role/c|true",
        // a request value that is not an ARN: neither operator nor negation holds
        "ArnLike|*|not-an-arn|false",
        "ArnNotLike|arn:aws:iam::1:role/a|arn:aws:iam::1|false",
      })
  void matchesPerSegment(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:SourceArn", policyValues, request)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void documentedExampleDiffersFromStringLike() {
    assertThat(Fixtures.check("StringLike", "aws:SourceArn", DOC_PATTERN, DOC_VALUE)).isTrue();
    assertThat(Fixtures.check("ArnLike", "aws:SourceArn", DOC_PATTERN, DOC_VALUE)).isFalse();
  }

  /** reference_policies_variables: variables in ARN values; their values are literal. */
  @ParameterizedTest(name = "{0} as {1}, request {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "arn:aws:iam::123456789012:user/${aws:username}|Bob|arn:aws:iam::123456789012:user/Bob|true",
        "arn:aws:iam::123456789012:user/${aws:username}|Bob|arn:aws:iam::123456789012:user/Bobby|false",
        "arn:aws:iam::123456789012:user/${aws:username}|*|arn:aws:iam::123456789012:user/Bob|false",
        "arn:aws:iam::123456789012:user/${aws:username}|*|arn:aws:iam::123456789012:user/*|true",
        "arn:aws:iam::123456789012:user/${aws:username}|a:b|arn:aws:iam::123456789012:user/a:b|true",
        "arn:aws:iam::${aws:username}:user/x|123456789012|arn:aws:iam::123456789012:user/x|true",
        "arn:aws:iam::${aws:username}:user/x|1:2|arn:aws:iam::1:2:user/x|false",
      })
  void substitutesVariablesLiterally(String pattern, String username, String request, boolean expected) {
    CompiledCondition condition = Fixtures.compile("ArnLike", "aws:SourceArn", pattern);
    RequestContext ctx = RequestContext.builder().put("aws:SourceArn", request).put("aws:username", username).build();
    assertThat(condition.test(ctx)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void unresolvedVariableMatchesNothing() {
    String pattern = "arn:aws:iam::123456789012:user/${aws:username}";
    RequestContext ctx = RequestContext.builder().put("aws:SourceArn", "arn:aws:iam::123456789012:user/").build();
    assertThat(Fixtures.compile("ArnLike", "aws:SourceArn", pattern).test(ctx)).isFalse();
    assertThat(Fixtures.compile("ArnNotLike", "aws:SourceArn", pattern).test(ctx)).isTrue();
  }
}
