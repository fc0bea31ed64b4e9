package dev.warden.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IAM User Guide, reference_policies_elements_condition_operators.html#Conditions_Date (W3C ISO 8601 or epoch). */
class DateLiteralTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "2020", "2020-06", "2020-06-30", "2020-06-30T10:00", "2020-06-30T10:00Z", "2020-06-30T10:00:59Z",
    "2020-06-30T23:59:59.123456789Z", "2020-06-30T10:00:00+05:30", "2020-06-30T10:00:00-08:00", "2020-06-30T10:00:00+05",
    "2020-06-30t10:00:00z", "0", "1577836800", "9223372036854775807", "-2020-01-01", "292278993-01-01"
  })
  void accepts(String value) {
    assertThat(DateLiteral.isValid(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "yesterday", "2020-13-01", "2020-00-01", "2020-01-32", "2020-1-1", "20-01-01", "2020-01-01T24:00",
    "2020-01-01T10:60", "2020-01-01T10:00:60", "2020-01-01T", "2020-01-01T10", "2020-01-01T10:00:00.1234567890Z",
    "2020-01-01T10:00:00+5", "2020-01-01T10:00:00+05:3", "2020-01-01T10:00:00Zjunk", "9223372036854775808",
    "-5", "1.5", "${aws:CurrentTime}", "2020-01-01-01", "292278994-01-01", " 2020", "+2020"
  })
  void rejects(String value) {
    assertThat(DateLiteral.isValid(value)).isFalse();
  }
}
