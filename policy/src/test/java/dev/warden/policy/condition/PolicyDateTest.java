package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date notation. Sources: IAM User Guide, reference_policies_elements_condition_operators ("Date
 * condition operators": W3C ISO 8601 profile or epoch time) and reference_policies_condition-keys
 * (aws:CurrentTime is ISO 8601, aws:EpochTime is epoch seconds).
 */
class PolicyDateTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    // ISO 8601, W3C profile, every precision
    "2020-04-01T00:00:00Z, 2020-04-01T00:00:00Z",
    "2020-06-30T23:59:59Z, 2020-06-30T23:59:59Z",
    "2020, 1970-01-01T00:33:40Z",
    "2020-04, 2020-04-01T00:00:00Z",
    "2020-04-15, 2020-04-15T00:00:00Z",
    "2020-04-15T10:20Z, 2020-04-15T10:20:00Z",
    "2020-04-15T10:20:30.5Z, 2020-04-15T10:20:30.500Z",
    "2020-04-15T10:20:30.123456789Z, 2020-04-15T10:20:30.123Z",
    "2020-04-15t10:20:30z, 2020-04-15T10:20:30Z",
    "2020-04-15T10, 2020-04-15T10:00:00Z",
    // offsets move to UTC; a time without zone is UTC
    "2020-01-01T01:00:00+01:00, 2020-01-01T00:00:00Z",
    "2019-12-31T19:00:00-05:00, 2020-01-01T00:00:00Z",
    "2020-01-01T05:30:00+0530, 2020-01-01T00:00:00Z",
    "2020-01-01T02:00:00+02, 2020-01-01T00:00:00Z",
    "2020-01-01T00:00:00, 2020-01-01T00:00:00Z",
    "2024-02-29, 2024-02-29T00:00:00Z",
    "1900-03-01, 1900-03-01T00:00:00Z",
    "-0001-01-01, -0001-01-01T00:00:00Z",
    // epoch: seconds below 10^11, milliseconds from 10^11
    "0, 1970-01-01T00:00:00Z",
    "1700000000, 2023-11-14T22:13:20Z",
    "1700000000000, 2023-11-14T22:13:20Z",
    "99999999999, 5138-11-16T09:46:39Z",
    "100000000000, 1973-03-03T09:46:40Z",
    "9223372036854775807, +292278994-08-17T07:12:55.807Z",
  })
  void readsDates(String text, String expected) {
    assertThat(Instant.ofEpochMilli(PolicyDate.parse(text))).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2020-13-01",
        "2020-00-10",
        "2023-02-29",
        "2020-04-31",
        "2020-04-01T24:00:00Z",
        "2020-04-01T10:60:00Z",
        "2020-04-01T10:00:60Z",
        "2020-04-01T",
        "2020-04-01T10:00:00.Z",
        "2020-04-01T10:00:00.1234567890Z",
        "2020-04-01T10:00:00+24:00",
        "2020-04-01T10:00:00Zjunk",
        "2020-04-01Z",
        "2020/04/01",
        "1.5",
        "+5",
        "9223372036854775808",
        "${aws:CurrentTime}",
        "1234567890-01-01",
      })
  void refusesNonDates(String text) {
    assertThat(PolicyDate.parse(text)).isEqualTo(PolicyDate.INVALID);
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongText() {
    assertThat(PolicyDate.parse("1".repeat(PolicyDate.MAX_LENGTH + 1))).isEqualTo(PolicyDate.INVALID);
  }
}
