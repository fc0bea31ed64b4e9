package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledConditionTest {

  /**
   * Missing keys. Source: reference_policies_elements_condition_operators ("Important": absent key →
   * false, except negated operators → true; ...IfExists and Null test existence) and
   * reference_policies_condition-single-vs-multi-valued-context-keys (ForAllValues true and
   * ForAnyValue false when the key is absent or empty).
   */
  @ParameterizedTest(name = "{0} {1} with {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals|a|absent|false",
        "StringNotEquals|a|absent|true",
        "StringEqualsIgnoreCase|a|absent|false",
        "StringNotEqualsIgnoreCase|a|absent|true",
        "StringLike|a*|absent|false",
        "StringNotLike|a*|absent|true",
        "NumericEquals|1|absent|false",
        "NumericNotEquals|1|absent|true",
        "DateEquals|2020-01-01|absent|false",
        "DateNotEquals|2020-01-01|absent|true",
        "IpAddress|10.0.0.0/8|absent|false",
        "NotIpAddress|10.0.0.0/8|absent|true",
        "ArnLike|arn:aws:s3:::b|absent|false",
        "ArnNotLike|arn:aws:s3:::b|absent|true",
        "ArnNotEquals|arn:aws:s3:::b|absent|true",
        "Bool|true|absent|false",
        "BinaryEquals|QUI=|absent|false",
        "StringEqualsIfExists|a|absent|true",
        "StringNotEqualsIfExists|a|absent|true",
        "NumericLessThanIfExists|1|absent|true",
        "StringEqualsIfExists|a|string:a|true",
        "StringEqualsIfExists|a|string:b|false",
        // Deny + StringNotEqualsIfExists still denies when the key exists with another value
        "StringNotEqualsIfExists|a|string:b|true",
        "StringNotEqualsIfExists|a|string:a|false",
        "ForAllValues:StringEquals|a|absent|true",
        "ForAnyValue:StringEquals|a|absent|false",
        "ForAllValues:StringNotLike|key1*|absent|true",
        "ForAnyValue:StringNotLike|key1*|absent|false",
        "ForAnyValue:StringEqualsIfExists|a|absent|true",
        "ForAllValues:StringEquals|a|stringList:|true",
        "ForAnyValue:StringEquals|a|stringList:|false",
        "StringNotEquals|a|stringList:|true",
        "StringEquals|a|stringList:|false",
      })
  void treatsMissingKeysAsDocumented(String operator, String values, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:TagKeys", values, request)).isEqualTo(expected);
  }

  /**
   * Set operators. Source: reference_policies_condition-single-vs-multi-valued-context-keys and
   * reference_policies_condition_examples-multi-valued-context-keys (ForAllValues: every request
   * value matches some policy value; ForAnyValue: at least one does; ForAllValues:StringNotLike
   * key1* denies tag keys starting with key1).
   */
  @ParameterizedTest(name = "{0} {1} with {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ForAllValues:StringEquals|a;b|stringList:a;b|true",
        "ForAllValues:StringEquals|a;b|stringList:a|true",
        "ForAllValues:StringEquals|a;b|stringList:a;c|false",
        "ForAnyValue:StringEquals|a;b|stringList:c;b|true",
        "ForAnyValue:StringEquals|a;b|stringList:c;d|false",
        "ForAllValues:StringLike|key1*|stringList:key1a;key1b|true",
        "ForAllValues:StringLike|key1*|stringList:key1a;key2|false",
        "ForAllValues:StringNotLike|key1*|stringList:key2;key3|true",
        "ForAllValues:StringNotLike|key1*|stringList:key2;key1x|false",
        "ForAnyValue:StringNotLike|key1*|stringList:key1a;key2|true",
        "ForAnyValue:StringNotLike|key1*|stringList:key1a;key1b|false",
        "ForAnyValue:StringNotEquals|a;b|stringList:a;c|true",
        "ForAnyValue:StringNotEquals|a;b|stringList:a;b|false",
        "ForAllValues:StringNotEquals|a;b|stringList:c;d|true",
        "ForAllValues:StringNotEquals|a;b|stringList:c;a|false",
        "ForAnyValue:StringEqualsIgnoreCase|A|stringList:x;a|true",
        "ForAllValues:NumericLessThan|10|numericList:1;9|true",
        "ForAllValues:NumericLessThan|10|numericList:1;10|false",
        "ForAnyValue:IpAddress|10.0.0.0/8|ipList:192.0.2.1;10.1.1.1|true",
        "ForAllValues:IpAddress|10.0.0.0/8|ipList:192.0.2.1;10.1.1.1|false",
        "ForAnyValue:NotIpAddress|10.0.0.0/8|ipList:192.0.2.1;10.1.1.1|true",
        // a value the operator cannot read fails that value, negated or not
        "ForAllValues:NumericNotEquals|10|numericList:5;x|false",
        "ForAnyValue:NumericNotEquals|10|numericList:10;x|false",
        // a single-valued key under a set operator is a set of one
        "ForAllValues:StringEquals|a|string:a|true",
        "ForAllValues:StringEquals|a|string:b|false",
        "ForAnyValue:StringEquals|a|string:a|true",
        "ForAnyValue:StringEquals|a|string:b|false",
      })
  void appliesSetOperators(String operator, String values, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:TagKeys", values, request)).isEqualTo(expected);
  }

  /**
   * A bare operator on a multivalued key. Source: reference_policies_condition-single-vs-multi-valued-context-keys
   * ("Multivalued context keys require a condition set operator"); the outcome of the bare form is
   * not documented, Warden makes it not match (see {@link CompiledCondition}).
   */
  @ParameterizedTest(name = "{0} {1} with {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals|a|stringList:a|false",
        "StringEquals|a|stringList:a;b|false",
        "StringNotEquals|a|stringList:b;c|false",
        "StringNotEquals|a|stringList:a|false",
        "StringLike|*|stringList:a;b|false",
        "StringEqualsIfExists|a|stringList:a;b|false",
        "StringNotEqualsIfExists|a|stringList:b|false",
        "ArnNotLike|arn:aws:s3:::x|stringList:arn:aws:s3:::y|false",
      })
  void bareOperatorOnMultivaluedKeyDoesNotMatch(String operator, String values, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:CalledVia", values, request)).isEqualTo(expected);
  }

  /** reference_policies_condition-keys: key names, including the tag-key part, ignore case. */
  @ParameterizedTest(name = "policy key {0}, request key {1}")
  @CsvSource({
    "aws:SourceIp, AWS:SOURCEIP",
    "AWS:sourceip, aws:SourceIp",
    "aws:PrincipalTag/Team, aws:principaltag/team",
    "aws:ResourceTag/cost-center, AWS:RESOURCETAG/COST-CENTER",
  })
  void ignoresCaseOfKeyNames(String policyKey, String requestKey) {
    CompiledCondition condition = Fixtures.compile("StringEquals", policyKey, "x");
    assertThat(condition.test(RequestContext.builder().put(requestKey, "x").build())).isTrue();
    assertThat(condition.test(RequestContext.builder().put(requestKey, "X").build())).isFalse();
  }

  /**
   * Variables in condition values. Source: reference_policies_variables (String and ARN operators;
   * only Version 2012-10-17; defaults; an unresolved variable makes positive matches fail and
   * negated ones succeed).
   */
  @ParameterizedTest(name = "{0} {1} with username {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals|home/${aws:username}|Bob|home/Bob|true",
        "StringEquals|home/${aws:username}|Bob|home/bob|false",
        "StringEqualsIgnoreCase|home/${aws:username}|Bob|HOME/BOB|true",
        "StringLike|home/${aws:username}/*|Bob|home/Bob/x|true",
        "StringLike|home/${aws:username}/*|Bob|home/Alice/x|false",
        "StringLike|home/${aws:username}/*|*|home/Bob/x|false",
        "StringLike|home/${aws:username}/*|*|home/*/x|true",
        "StringLike|${*}${?}${$}|u|*?$|true",
        "StringLike|${*}${?}${$}|u|ab$|false",
        "StringEquals|${*}|u|*|true",
        "StringNotEquals|home/${aws:username}|Bob|home/Bob|false",
        "StringNotLike|home/${aws:username}/*|Bob|home/Alice/x|true",
        "StringEquals|${AWS:USERNAME}|Bob|Bob|true",
        "Bool|${aws:username}|true|true|true",
        // unresolved: positive fails, negated succeeds
        "StringEquals|home/${aws:username}|<absent>|home/|false",
        "StringNotEquals|home/${aws:username}|<absent>|home/|true",
        "StringLike|*${aws:username}*|<absent>|anything|false",
        "StringNotLike|*${aws:username}*|<absent>|anything|true",
        "StringEquals|x;${aws:username}|<absent>|x|true",
        // defaults
        "StringEquals|${aws:username, 'nobody'}|<absent>|nobody|true",
        "StringEquals|${aws:username, 'nobody'}|Bob|Bob|true",
        "StringEquals|${aws:username, 'nobody'}|Bob|nobody|false",
        "StringLike|${aws:username, 'a*'}|<absent>|a*|true",
        "StringLike|${aws:username, 'a*'}|<absent>|ab|false",
      })
  void substitutesVariables(String operator, String value, String username, String request, boolean expected) {
    RequestContext.Builder ctx = RequestContext.builder().put("s3:prefix", request);
    if (!username.equals("<absent>")) {
      ctx.put("aws:username", username);
    }
    CompiledCondition condition = Fixtures.compile(operator, "s3:prefix", PolicyVersion.V2012_10_17, Fixtures.values(value));
    assertThat(condition.test(ctx.build())).isEqualTo(expected);
  }

  /** reference_policies_variables: with Version 2008-10-17 or none, ${...} is literal text. */
  @ParameterizedTest
  @CsvSource({"V2008_10_17", "ABSENT"})
  void oldVersionsKeepVariablesLiteral(PolicyVersion version) {
    RequestContext ctx = RequestContext.builder().put("aws:username", "Bob").put("s3:prefix", "home/Bob").build();
    RequestContext literal =
        RequestContext.builder().put("aws:username", "Bob").put("s3:prefix", "home/${aws:username}").build();
    CompiledCondition equals = Fixtures.compile("StringEquals", "s3:prefix", version, List.of("home/${aws:username}"));
    assertThat(equals.test(ctx)).isFalse();
    assertThat(equals.test(literal)).isTrue();
    CompiledCondition like = Fixtures.compile("StringLike", "s3:prefix", version, List.of("home/${aws:*}"));
    assertThat(like.test(RequestContext.builder().put("s3:prefix", "home/${aws:anything}").build())).isTrue();
    // a malformed variable is just text there
    assertThat(Fixtures.compile("StringEquals", "s3:prefix", version, List.of("${aws:username")).test(literal)).isFalse();
  }

  /** Variables are substituted only for String, ARN and Bool operators. */
  @Test
  void otherFamiliesDoNotSubstitute() {
    assertThat(Fixtures.compile("NumericEquals", "k", PolicyVersion.V2008_10_17, List.of("5"))).isNotNull();
    CompiledCondition ip = Fixtures.compile("IpAddress", "aws:SourceIp", "10.0.0.0/8");
    assertThat(ip.operator().family().allowsVariables()).isFalse();
  }

  @Test
  void explainsMissingKeyAndVariables() {
    CompiledCondition condition =
        Fixtures.compile("StringLike", "s3:prefix", "home/${aws:username}/*;${aws:PrincipalTag/team, 'company-wide'}/*");
    RequestContext ctx =
        RequestContext.builder().put("s3:prefix", "home/Bob/x").put("AWS:USERNAME", "Bob").build();
    ConditionOutcome outcome = condition.explain(ctx);
    assertThat(outcome.matched()).isTrue();
    assertThat(outcome.missingKeys()).isEmpty();
    assertThat(outcome.resolvedVariables())
        .containsExactly(Map.entry("aws:username", "Bob"), Map.entry("aws:PrincipalTag/team", "company-wide"));

    ConditionOutcome absent = condition.explain(RequestContext.empty());
    assertThat(absent.matched()).isFalse();
    assertThat(absent.missingKeys()).containsExactly("s3:prefix");

    ConditionOutcome noUser = condition.explain(RequestContext.builder().put("s3:prefix", "home/Bob/x").build());
    assertThat(noUser.matched()).isFalse();
    assertThat(noUser.missingKeys()).containsExactly("aws:username");
    assertThat(noUser.resolvedVariables()).containsExactly(Map.entry("aws:PrincipalTag/team", "company-wide"));
  }

  @Test
  void explainAgreesWithTest() {
    CompiledCondition condition = Fixtures.compile("ForAllValues:StringLike", "aws:TagKeys", "a*;b*");
    for (List<String> keys : List.<List<String>>of(List.of(), List.of("a1"), List.of("a1", "c"), List.of("b", "a"))) {
      RequestContext ctx =
          RequestContext.builder().put("aws:TagKeys", new ContextValue(ContextKeyType.STRING_LIST, keys)).build();
      assertThat(condition.explain(ctx).matched()).isEqualTo(condition.test(ctx));
    }
  }

  @Test
  void multivaluedKeyIsNotAVariable() {
    CompiledCondition condition = Fixtures.compile("StringEquals", "s3:prefix", "${aws:TagKeys}");
    RequestContext ctx =
        RequestContext.builder()
            .put("s3:prefix", "a")
            .put("aws:TagKeys", new ContextValue(ContextKeyType.STRING_LIST, List.of("a")))
            .build();
    assertThat(condition.test(ctx)).isFalse();
    assertThat(condition.explain(ctx).missingKeys()).containsExactly("aws:TagKeys");
    CompiledCondition withDefault = Fixtures.compile("StringEquals", "s3:prefix", "${aws:TagKeys, 'a'}");
    assertThat(withDefault.test(ctx)).isTrue();
  }

  @Test
  void nonStringKeysResolveAsText() {
    CompiledCondition condition = Fixtures.compile("StringEquals", "s3:prefix", "t-${aws:EpochTime}");
    RequestContext ctx =
        RequestContext.builder()
            .put("s3:prefix", "t-1700000000")
            .put("aws:EpochTime", ContextValue.of(ContextKeyType.NUMERIC, "1700000000"))
            .build();
    assertThat(condition.test(ctx)).isTrue();
  }
}
