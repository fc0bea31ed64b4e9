package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * String condition operators. Source: IAM User Guide, reference_policies_elements_condition_operators
 * ("String condition operators"): exact, case-insensitive and Like matching; multiple values OR,
 * negated operators NOR; only the Like operators treat {@code *} and {@code ?} as wildcards.
 */
class StringConditionsTest {

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals|johndoe|johndoe|true",
        "StringEquals|johndoe|JohnDoe|false",
        "StringEquals|a;b|b|true",
        "StringEquals|a;b|c|false",
        "StringEquals|''|''|true",
        // '*' and '?' are literal outside the Like operators
        "StringEquals|a*|abc|false",
        "StringEquals|a*|a*|true",
        "StringEquals|a?c|abc|false",
        "StringNotEquals|a;b|c|true",
        "StringNotEquals|a;b|b|false",
        "StringNotEquals|a*|abc|true",
        "StringEqualsIgnoreCase|JohnDoe|johndoe|true",
        "StringEqualsIgnoreCase|JohnDoe|JOHNDOE|true",
        "StringEqualsIgnoreCase|JohnDoe|johndo|false",
        "StringNotEqualsIgnoreCase|JohnDoe|JOHNDOE|false",
        "StringNotEqualsIgnoreCase|a;b|c|true",
        "StringLike|home/*|home/x/y|true",
        "StringLike|home/*|home/|true",
        "StringLike|home/*|Home/x|false",
        "StringLike|home/?|home/x|true",
        "StringLike|home/?|home/xy|false",
        "StringLike|*|''|true",
        "StringLike|*|anything|true",
        "StringLike|exact|exact|true",
        "StringLike|exact|exactly|false",
        "StringLike|a*;b*|bee|true",
        "StringLike|a*;b*|cee|false",
        "StringNotLike|key1*|key2|true",
        "StringNotLike|key1*;key2*|key2x|false",
        "StringNotLike|*|x|false",
        // many values take the hashed path
        "StringEquals|v0;v1;v2;v3;v4;v5;v6;v7;v8;v9|v7|true",
        "StringEquals|v0;v1;v2;v3;v4;v5;v6;v7;v8;v9|V7|false",
        "StringNotEquals|v0;v1;v2;v3;v4;v5;v6;v7;v8;v9|v7|false",
        "StringEqualsIgnoreCase|v0;v1;v2;v3;v4;v5;v6;v7;v8;V9|v9|true",
        "StringLike|l0;l1;l2;l3;l4;l5;l6;l7;l8;l9;p*|l5|true",
        "StringLike|l0;l1;l2;l3;l4;l5;l6;l7;l8;l9;p*|px|true",
        "StringLike|l0;l1;l2;l3;l4;l5;l6;l7;l8;l9;p*|q|false",
      })
  void comparesStrings(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:username", policyValues, request)).isEqualTo(expected);
  }

  /** Values are compared as the text of their type (e.g. a numeric key's decimal text). */
  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals|10|numeric:10|true",
        "StringEquals|10|numeric:10.0|false",
        "StringLike|1*|numeric:123|true",
        "StringEquals|true|boolean:true|true",
        "StringEquals|203.0.113.1|ip:203.0.113.1|true",
      })
  void comparesOtherTypesAsText(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "s3:max-keys", policyValues, request)).isEqualTo(expected);
  }
}
