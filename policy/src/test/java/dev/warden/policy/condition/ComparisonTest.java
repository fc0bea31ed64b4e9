package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {
  @ParameterizedTest
  @CsvSource({
    "NumericEquals, -1, false", "NumericEquals, 0, true", "NumericEquals, 1, false",
    "DateLessThan, -1, true", "DateLessThan, 0, false",
    "NumericLessThanEquals, 0, true", "NumericLessThanEquals, 1, false",
    "DateGreaterThan, 1, true", "DateGreaterThan, 0, false",
    "NumericGreaterThanEquals, 0, true", "NumericGreaterThanEquals, -1, false",
  })
  void comparesRequestToPolicy(String operator, int compared, boolean holds) {
    assertThat(Comparison.of(BaseOperator.fromJson(operator).orElseThrow()).holds(compared)).isEqualTo(holds);
  }
}
