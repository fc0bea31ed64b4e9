package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.ConditionKeyType.BaseType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionValueSyntaxTest {
  @ParameterizedTest
  @CsvSource({
      "BOOL, true, true", "BOOL, FALSE, true", "BOOL, yes, false", "BOOL, 1, false",
      "NUMERIC, 10, true", "NUMERIC, -1.5, true", "NUMERIC, 1e3, false", "NUMERIC, ten, false",
      "DATE, 2026-01-31, true", "DATE, 2026-01-31T12:00:00Z, true", "DATE, 2026-01-31T12:00:00.123+02:00, true",
      "DATE, 1767225600, true", "DATE, 31/01/2026, false", "DATE, tomorrow, false",
      "IP_ADDRESS, 10.0.0.1, true", "IP_ADDRESS, 10.0.0.0/8, true", "IP_ADDRESS, 256.0.0.1, false", "IP_ADDRESS, 10.0.0.0/33, false",
      "IP_ADDRESS, 2001:db8::/32, true", "IP_ADDRESS, ::1, true", "IP_ADDRESS, 2001:db8:0:0:0:0:0:1, true",
      "IP_ADDRESS, ::ffff:192.0.2.1, true", "IP_ADDRESS, 2001:db8::1::2, false", "IP_ADDRESS, 12345::1, false",
      "IP_ADDRESS, example.com, false", "IP_ADDRESS, 1:2:3, false",
      "ARN, arn:aws:iam::123456789012:role/R, true", "ARN, *, true", "ARN, arn:*, true", "ARN, my-role, false",
      "STRING, anything at all, true", "BINARY, QmluYXJ5, true",
  })
  void knowsTheValuesOfEachType(BaseType type, String value, boolean fits) {
    assertThat(ConditionValueSyntax.fits(type, value)).isEqualTo(fits);
  }
}
