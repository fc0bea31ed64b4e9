package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Null. Sources: IAM User Guide, reference_policies_elements_condition_operators ("Condition
 * operator to check existence of condition keys": true = the key is absent, false = present and not
 * null) and reference_policies_condition_examples-multi-valued-context-keys (Null false guards
 * against missing keys or empty values).
 */
class NullConditionTest {

  @ParameterizedTest(name = "Null {0} with {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "true|absent|true",
        "true|v|false",
        "false|absent|false",
        "false|v|true",
        "TRUE|absent|true",
        "true;false|absent|true",
        "true;false|v|true",
        "maybe|absent|false",
        "maybe|v|false",
        // a list key present with no values counts as null
        "true|stringList:|true",
        "false|stringList:|false",
        "false|stringList:a;b|true",
      })
  void testsExistence(String values, String request, boolean expected) {
    assertThat(Fixtures.check("Null", "aws:TokenIssueTime", values, request)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void setPrefixChangesNothing() {
    assertThat(Fixtures.check("ForAllValues:Null", "aws:TagKeys", "true", "absent")).isTrue();
    assertThat(Fixtures.check("ForAnyValue:Null", "aws:TagKeys", "false", "stringList:a")).isTrue();
  }
}
