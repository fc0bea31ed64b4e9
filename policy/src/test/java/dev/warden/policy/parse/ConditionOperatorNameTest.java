package dev.warden.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.parse.ConditionOperatorName.SetQualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IAM User Guide, reference_policies_elements_condition_operators.html and _multi-value-conditions.html. */
class ConditionOperatorNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "StringEquals, NONE, StringEquals, false",
    "StringEqualsIfExists, NONE, StringEquals, true",
    "ForAllValues:StringLike, FOR_ALL_VALUES, StringLike, false",
    "ForAnyValue:ArnNotLikeIfExists, FOR_ANY_VALUE, ArnNotLike, true",
    "Null, NONE, Null, false",
    "ForAnyValue:Null, FOR_ANY_VALUE, Null, false",
    "DateGreaterThanEquals, NONE, DateGreaterThanEquals, false",
    "BinaryEqualsIfExists, NONE, BinaryEquals, true",
    "NotIpAddress, NONE, NotIpAddress, false",
  })
  void splitsValidNames(String text, SetQualifier qualifier, String base, boolean ifExists) {
    ConditionOperatorName name = ConditionOperatorName.parse(text).orElseThrow();
    assertThat(name.qualifier()).isEqualTo(qualifier);
    assertThat(name.base()).isEqualTo(base);
    assertThat(name.ifExists()).isEqualTo(ifExists);
    assertThat(name).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "NullIfExists", "ForAllValues:NullIfExists", "stringequals", "StringEqual", "IfExists", "ForAllValues:",
    "ForAllValues:ForAnyValue:StringEquals", "StringEqualsIfExistsIfExists", "IfExistsStringEquals", "forallvalues:StringEquals",
    "StringEquals ", "ForSomeValues:StringEquals"
  })
  void rejectsInvalidNames(String text) {
    assertThat(ConditionOperatorName.parse(text)).isEmpty();
  }

  @Test
  void knowsTheTwentySevenBaseOperators() {
    assertThat(ConditionOperatorName.BASE_OPERATORS).hasSize(27);
    ConditionOperatorName.BASE_OPERATORS.forEach(base -> {
      assertThat(ConditionOperatorName.parse(base)).isPresent();
      assertThat(ConditionOperatorName.parse("ForAllValues:" + base)).isPresent();
      assertThat(ConditionOperatorName.parse(base + "IfExists").isPresent()).isEqualTo(!base.equals("Null"));
    });
    assertThat(ConditionOperatorName.parse("DateEquals").orElseThrow().isDate()).isTrue();
    assertThat(ConditionOperatorName.parse("StringEquals").orElseThrow().isDate()).isFalse();
  }
}
