package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date condition operators. Sources: IAM User Guide, reference_policies_elements_condition_operators
 * ("Date condition operators") and reference_policies_examples_aws-dates (DateGreaterThan /
 * DateLessThan on aws:CurrentTime).
 */
class DateConditionsTest {

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the documented window example
        "DateGreaterThan|2020-04-01T00:00:00Z|2020-04-02T12:00:00Z|true",
        "DateLessThan|2020-06-30T23:59:59Z|2020-04-02T12:00:00Z|true",
        "DateGreaterThan|2020-04-01T00:00:00Z|2020-03-31T23:59:59Z|false",
        "DateLessThan|2020-06-30T23:59:59Z|2020-07-01T00:00:00Z|false",
        "DateLessThanEquals|2020-06-30T23:59:59Z|2020-06-30T23:59:59Z|true",
        "DateGreaterThanEquals|2020-06-30T23:59:59Z|2020-06-30T23:59:59Z|true",
        "DateEquals|2020-01-01|2020-01-01T00:00:00Z|true",
        "DateEquals|2020-01-01T00:00:00Z|2020-01-01T01:00:00+01:00|true",
        "DateEquals|2020-01-01T00:00:00Z|2020-01-01T00:00:00.001Z|false",
        "DateNotEquals|2020-01-01T00:00:00Z|2020-01-01T00:00:00.001Z|true",
        "DateNotEquals|2020-01-01;2021-01-01|2021-01-01T00:00:00Z|false",
        // ISO policy value vs epoch request value (aws:EpochTime) and the reverse
        "DateEquals|2020-01-01T00:00:00Z|1577836800|true",
        "DateEquals|1577836800|2020-01-01T00:00:00Z|true",
        "DateEquals|1577836800000|2020-01-01T00:00:00Z|true",
        "DateEquals|1577836800000|1577836800|true",
        "DateLessThan|1577836800|1577836799999|true",
        "DateGreaterThan|2020-01-01T00:00:00Z|1577836801|true",
        // values OR
        "DateLessThan|2020-01-01;2030-01-01|2025-01-01T00:00:00Z|true",
        "DateGreaterThan|2020-01-01;2030-01-01|2025-01-01T00:00:00Z|true",
        "DateGreaterThan|2026-01-01;2030-01-01|2025-01-01T00:00:00Z|false",
        // request value that is no date: neither operator nor negation holds
        "DateEquals|2020-01-01|not-a-date|false",
        "DateNotEquals|2020-01-01|not-a-date|false",
      })
  void comparesDates(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:CurrentTime", policyValues, request)).isEqualTo(expected);
  }

  /** aws:TokenIssueTime, as in the AWSRevokeOlderSessions policy IAM attaches. */
  @ParameterizedTest(name = "issued {0} -> revoked {1}")
  @CsvSource({"2024-05-01T09:59:59Z, true", "2024-05-01T10:00:00Z, false", "2024-05-01T10:00:01Z, false"})
  void revokesOlderSessions(String issued, boolean revoked) {
    assertThat(Fixtures.check("DateLessThan", "aws:TokenIssueTime", "2024-05-01T10:00:00Z", "date:" + issued))
        .isEqualTo(revoked);
  }
}
