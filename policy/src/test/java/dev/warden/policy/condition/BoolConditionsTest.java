package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bool. Sources: IAM User Guide, reference_policies_elements_condition_operators ("Boolean
 * condition operators", aws:SecureTransport example) and reference_policies_condition-keys
 * (aws:MultiFactorAuthPresent: Deny + BoolIfExists false catches long-term keys, Bool false does
 * not).
 */
class BoolConditionsTest {

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bool|true|boolean:true|true",
        "Bool|true|boolean:TRUE|true",
        "Bool|True|boolean:true|true",
        "Bool|false|boolean:true|false",
        "Bool|true;false|boolean:false|true",
        "Bool|true|absent|false",
        "BoolIfExists|false|absent|true",
        "BoolIfExists|false|boolean:true|false",
        "Bool|true|string:true|true",
      })
  void comparesBooleans(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:MultiFactorAuthPresent", policyValues, request)).isEqualTo(expected);
  }
}
