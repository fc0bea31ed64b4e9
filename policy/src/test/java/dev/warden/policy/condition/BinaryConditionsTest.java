package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * BinaryEquals. Source: IAM User Guide, reference_policies_elements_condition_operators ("Binary
 * condition operators": the policy value is base64, e.g. QmluYXJ5VmFsdWVJbkJhc2U2NA==).
 */
class BinaryConditionsTest {

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BinaryEquals|QmluYXJ5VmFsdWVJbkJhc2U2NA==|binary:QmluYXJ5VmFsdWVJbkJhc2U2NA==|true",
        "BinaryEquals|QmluYXJ5VmFsdWVJbkJhc2U2NA==|binary:QmluYXJ5VmFsdWVJbkJhc2U2NQ==|false",
        "BinaryEquals|QUI=|binary:QUI|true",
        "BinaryEquals|QUI=;QUJD|binary:QUJD|true",
        "BinaryEquals|QUI=|binary:not base64!|false",
        "BinaryEqualsIfExists|QUI=|absent|true",
      })
  void comparesBytes(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "custom:blob", policyValues, request)).isEqualTo(expected);
  }
}
