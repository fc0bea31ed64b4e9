package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.document.SourcePosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operator names. Source: IAM User Guide, reference_policies_elements_condition_operators (the
 * operator list; "...IfExists" on every operator except Null) and
 * reference_policies_condition-single-vs-multi-valued-context-keys (ForAllValues: / ForAnyValue:).
 */
class ConditionOperatorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "StringEquals, NONE, STRING_EQUALS, false",
    "StringNotEqualsIfExists, NONE, STRING_NOT_EQUALS, true",
    "ForAllValues:StringLike, FOR_ALL_VALUES, STRING_LIKE, false",
    "ForAnyValue:StringNotEqualsIgnoreCaseIfExists, FOR_ANY_VALUE, STRING_NOT_EQUALS_IGNORE_CASE, true",
    "NumericLessThanEquals, NONE, NUMERIC_LESS_THAN_EQUALS, false",
    "DateGreaterThanEqualsIfExists, NONE, DATE_GREATER_THAN_EQUALS, true",
    "Bool, NONE, BOOL, false",
    "BoolIfExists, NONE, BOOL, true",
    "BinaryEquals, NONE, BINARY_EQUALS, false",
    "NotIpAddressIfExists, NONE, NOT_IP_ADDRESS, true",
    "ForAnyValue:ArnLike, FOR_ANY_VALUE, ARN_LIKE, false",
    "Null, NONE, NULL, false",
    "ForAllValues:Null, FOR_ALL_VALUES, NULL, false",
  })
  void parsesNames(String name, SetQualifier qualifier, BaseOperator base, boolean ifExists) {
    ConditionOperator operator = ConditionOperator.parse(name, SourcePosition.UNKNOWN);
    assertThat(operator).isEqualTo(new ConditionOperator(qualifier, base, ifExists));
    assertThat(operator.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "StringEqualz", "stringequals", "STRINGEQUALS", "NullIfExists", "ForAllValues:NullIfExists",
        "ForAllValues:", "ForSomeValues:StringEquals", "ForAllValues:ForAnyValue:StringEquals",
        "StringEqualsIfExistsIfExists", "IfExists", "", "StringEquals ", "forallvalues:StringEquals",
        "BinaryNotEquals",
      })
  void rejectsUnknownNames(String name) {
    SourcePosition at = new SourcePosition(3, 9);
    assertThatThrownBy(() -> ConditionOperator.parse(name, at))
        .isInstanceOf(ConditionException.class)
        .satisfies(e -> assertThat(((ConditionException) e).position()).isEqualTo(at))
        .hasMessageContaining("Invalid Condition operator");
    assertThat(ConditionOperator.tryParse(name)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nullIfExistsSaysWhy() {
    assertThatThrownBy(() -> ConditionOperator.parse("NullIfExists", SourcePosition.UNKNOWN))
        .hasMessageContaining("Null cannot be combined with IfExists");
  }

  @ParameterizedTest
  @EnumSource(BaseOperator.class)
  void everyBaseOperatorRoundTrips(BaseOperator base) {
    assertThat(ConditionOperator.tryParse(base.json())).contains(new ConditionOperator(SetQualifier.NONE, base, false));
    assertThat(base.positive().negated()).isFalse();
    assertThat(base.positive().family()).isEqualTo(base.family());
  }

  @ParameterizedTest
  @CsvSource({
    "StringNotEquals, StringEquals",
    "StringNotEqualsIgnoreCase, StringEqualsIgnoreCase",
    "StringNotLike, StringLike",
    "NumericNotEquals, NumericEquals",
    "DateNotEquals, DateEquals",
    "NotIpAddress, IpAddress",
    "ArnNotEquals, ArnEquals",
    "ArnNotLike, ArnLike",
  })
  void negatedOperatorsNameTheirPositive(String negated, String positive) {
    BaseOperator op = BaseOperator.fromJson(negated).orElseThrow();
    assertThat(op.negated()).isTrue();
    assertThat(op.positive().json()).isEqualTo(positive);
  }
}
