package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numeric condition operators. Source: IAM User Guide, reference_policies_elements_condition_operators
 * ("Numeric condition operators"), e.g. {@code NumericLessThanEquals {"s3:max-keys": "10"}}.
 */
class NumericConditionsTest {

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NumericLessThanEquals|10|10|true",
        "NumericLessThanEquals|10|11|false",
        "NumericLessThanEquals|10|-11|true",
        "NumericLessThan|10|10|false",
        "NumericLessThan|10|9.999|true",
        "NumericGreaterThan|-5|-4|true",
        "NumericGreaterThan|-5|-5|false",
        "NumericGreaterThanEquals|-5|-5|true",
        "NumericEquals|10|10|true",
        "NumericEquals|10|10.0|true",
        "NumericEquals|0.1|0.10|true",
        "NumericEquals|1e3|1000|true",
        "NumericEquals|+7|7|true",
        "NumericEquals|10;20;30|20|true",
        "NumericEquals|10;20;30|25|false",
        "NumericNotEquals|10;20|15|true",
        "NumericNotEquals|10;20|20|false",
        // values OR: LessThan any value means less than the largest
        "NumericLessThan|5;50|20|true",
        "NumericGreaterThan|5;50|20|true",
        "NumericGreaterThan|30;50|20|false",
        // beyond long range, compared exactly
        "NumericLessThan|99999999999999999999|100000000000000000000|false",
        "NumericLessThan|100000000000000000000|99999999999999999999|true",
        "NumericEquals|9223372036854775808|9223372036854775808|true",
        // request value that is not a number: neither operator nor its negation holds
        "NumericEquals|10|ten|false",
        "NumericNotEquals|10|ten|false",
        "NumericLessThan|10|''|false",
        "NumericLessThan|10|0x5|false",
      })
  void comparesNumbers(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "s3:max-keys", policyValues, request)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "aws:EpochTime {0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NumericGreaterThan|1700000000|numeric:1700000001|true",
        "NumericLessThan|1700000000|numeric:1700000001|false",
      })
  void epochTimeWorksWithNumericOperators(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:EpochTime", policyValues, request)).isEqualTo(expected);
  }
}
