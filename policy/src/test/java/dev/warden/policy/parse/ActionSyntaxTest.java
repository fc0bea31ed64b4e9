package dev.warden.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IAM User Guide reference_policies_elements_action.html; messages per iam-semantics.md §1.6. */
class ActionSyntaxTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*|",
        "s3:GetObject|",
        "s3:*|",
        "*:Get*|",
        "execute-api:Invoke|",
        "s3:|",
        "GetObject|Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
        ":x|Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
        "a:b:c|Actions/Condition can contain only one colon.",
        "s3*:x|Vendor s3* is not valid",
        "s_3:x|Vendor s_3 is not valid",
      })
  void checksActions(String action, String message) {
    assertThat(ActionSyntax.problem(action).orElse(null)).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"aws:SourceIp|true", "aws:ResourceTag/aws:cloudformation:stack-name|true", "SourceIp|false", ":x|false"})
  void checksConditionKeyVendors(String key, boolean valid) {
    assertThat(ActionSyntax.conditionKeyProblem(key).isEmpty()).isEqualTo(valid);
  }
}
