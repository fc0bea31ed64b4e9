package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.match.Wildcard;
import dev.warden.policy.variable.PolicyTemplate;
import dev.warden.policy.variable.PolicyTemplateException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Denial-of-service bounds: many values per key, long strings, hostile Like patterns. Work is
 * counted in steps (policy values compared plus characters handed to matchers), never timed, and
 * each bound is one a quadratic or exponential implementation would break.
 */
class ConditionCostTest {
  private static final int MANY = 1_000;

  private static List<String> numbered(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
  }

  private static RequestContext list(String key, ContextKeyType type, List<String> values) {
    return RequestContext.builder().put(key, new ContextValue(type, values)).build();
  }

  private static long steps(CompiledCondition condition, RequestContext ctx, boolean expected) {
    long[] steps = {0};
    assertThat(condition.testCounting(ctx, steps)).isEqualTo(expected);
    assertThat(condition.test(ctx)).isEqualTo(expected);
    return steps[0];
  }

  @Test
  void exactStringValuesAreHashed() {
    List<String> policy = numbered("tag-", MANY);
    List<String> request = numbered("other-", MANY);
    long requestChars = request.stream().mapToLong(String::length).sum();
    for (String operator : List.of("ForAnyValue:StringEquals", "ForAllValues:StringNotEquals", "ForAnyValue:StringEqualsIgnoreCase", "ForAnyValue:StringLike")) {
      CompiledCondition condition = Fixtures.compile(operator, "aws:TagKeys", PolicyVersion.V2012_10_17, policy);
      boolean expected = operator.startsWith("ForAllValues");
      long steps = steps(condition, list("aws:TagKeys", ContextKeyType.STRING_LIST, request), expected);
      // one lookup per request value, not 1,000 x 1,000 comparisons
      assertThat(steps).as(operator).isLessThanOrEqualTo(MANY + requestChars);
    }
  }

  @Test
  void numericAndDateValuesCostLogarithmic() {
    List<String> numbers = numbered("", MANY).stream().map(n -> n + ".5").toList();
    List<String> requestNumbers = numbered("-", MANY);
    for (String operator : List.of("ForAnyValue:NumericEquals", "ForAnyValue:NumericGreaterThan", "ForAllValues:NumericNotEquals")) {
      CompiledCondition condition = Fixtures.compile(operator, "k:n", PolicyVersion.V2012_10_17, numbers);
      long steps = steps(condition, list("k:n", ContextKeyType.NUMERIC_LIST, requestNumbers), operator.contains("NotEquals"));
      assertThat(steps).as(operator).isLessThanOrEqualTo((long) MANY * (1 + 5));
    }
    List<String> dates = IntStream.range(0, MANY).mapToObj(i -> Long.toString(1_600_000_000L + i)).toList();
    List<String> requestDates = IntStream.range(0, MANY).mapToObj(i -> "2000-01-01T00:00:00Z").toList();
    CompiledCondition before = Fixtures.compile("ForAllValues:DateLessThan", "k:d", PolicyVersion.V2012_10_17, dates);
    long steps = steps(before, list("k:d", ContextKeyType.DATE_LIST, requestDates), true);
    assertThat(steps).isLessThanOrEqualTo((long) MANY * (1 + 20));
  }

  @Test
  void hostileLikePatternsStayLinearPerComparison() throws Exception {
    // Patterns like *a*a*...*a*bN can never match a run of 'a's; a backtracking matcher explodes.
    List<String> patterns = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      patterns.add("*a".repeat(20) + "*b" + i);
    }
    String text = "a".repeat(10_000);
    CompiledCondition condition = Fixtures.compile("StringLike", "s3:prefix", PolicyVersion.V2012_10_17, patterns);
    long steps = steps(condition, RequestContext.builder().put("s3:prefix", text).build(), false);
    assertThat(steps).isLessThanOrEqualTo((long) MANY * (1 + text.length()));

    // and each of those comparisons is itself linear in the text (the matcher's own step count)
    long[] matcherSteps = {0};
    Wildcard wildcard = PolicyTemplate.parse(patterns.get(MANY - 1), true).constantWildcard(false);
    assertThat(countingMatch(wildcard, text, matcherSteps)).isFalse();
    assertThat(matcherSteps[0]).isLessThanOrEqualTo(2L * text.length() + patterns.get(MANY - 1).length());
  }

  @Test
  void manyRequestValuesAgainstManyPatternsAreBoundedByTheirProduct() {
    List<String> patterns = numbered("*x*y*", MANY);
    List<String> request = IntStream.range(0, MANY).mapToObj(i -> "xy".repeat(10)).toList();
    CompiledCondition condition = Fixtures.compile("ForAnyValue:StringLike", "aws:TagKeys", PolicyVersion.V2012_10_17, patterns);
    long steps = steps(condition, list("aws:TagKeys", ContextKeyType.STRING_LIST, request), false);
    assertThat(steps).isLessThanOrEqualTo((long) MANY * MANY * (1 + 20));
  }

  @Test
  void aStarAmongManyPatternsShortCircuits() {
    List<String> patterns = new ArrayList<>(numbered("*a*b*", MANY));
    patterns.add("*");
    CompiledCondition condition = Fixtures.compile("ForAllValues:StringLike", "aws:TagKeys", PolicyVersion.V2012_10_17, patterns);
    long steps = steps(condition, list("aws:TagKeys", ContextKeyType.STRING_LIST, numbered("v", MANY)), true);
    assertThat(steps).isLessThanOrEqualTo(MANY);
  }

  @Test
  void longRequestValuesAreRefusedCheaply() {
    String huge = "9".repeat(1_000_000);
    Object[][] cases = {
      {"NumericEquals", "1"},
      {"DateEquals", "2020-01-01"},
      {"IpAddress", "0.0.0.0/0"},
    };
    for (Object[] c : cases) {
      CompiledCondition condition = Fixtures.compile((String) c[0], "k:v", (String) c[1]);
      long steps = steps(condition, RequestContext.builder().put("k:v", huge).build(), false);
      assertThat(steps).as((String) c[0]).isLessThanOrEqualTo(1 + PolicyNumber.MAX_LENGTH);
    }
  }

  @Test
  void longArnsAgainstManyPatterns() {
    List<String> patterns = numbered("arn:aws:s3:::*a*a*a*b", MANY);
    String arn = "arn:aws:s3:::" + "a".repeat(5_000);
    CompiledCondition condition = Fixtures.compile("ArnLike", "aws:SourceArn", PolicyVersion.V2012_10_17, patterns);
    long steps = steps(condition, RequestContext.builder().put("aws:SourceArn", arn).build(), false);
    assertThat(steps).isLessThanOrEqualTo((long) MANY * (1 + arn.length()));
  }

  @Test
  void hostileTemplatesFailFast() {
    String[] hostile = {
      "${".repeat(50_000), "${a, '" + "}".repeat(50_000), "${" + "a".repeat(100_000), "$".repeat(100_000) + "{",
    };
    for (String text : hostile) {
      assertThatThrownBy(() -> PolicyTemplate.parse(text, true)).isInstanceOf(PolicyTemplateException.class);
    }
    // many well-formed variables parse into as many parts
    String many = "${aws:username}".repeat(10_000);
    assertThat(PolicyTemplate.parse(many, true).variables()).hasSize(10_000);
  }

  /** The matcher's step counter is package-private to its package; tests read it reflectively. */
  private static boolean countingMatch(Wildcard wildcard, String text, long[] steps) throws Exception {
    Method method = Wildcard.class.getDeclaredMethod("matchesCounting", CharSequence.class, long[].class);
    method.setAccessible(true);
    return (boolean) method.invoke(wildcard, text, steps);
  }
}
