package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.VariableTrace;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * NumericEquals, NumericLessThan(Equals), NumericGreaterThan(Equals); NumericNotEquals is their
 * caller-side negation. Policy values are parsed once (see {@link PolicyNumber}); a request value
 * that is not a number is {@link Verdict#UNREADABLE}. Policy variables are not substituted (IAM
 * does not allow them here), so {@code ${...}} is an invalid number.
 *
 * <p>Values OR together, so an ordering test needs only the loosest policy value (the largest for
 * LessThan, the smallest for GreaterThan) and equality is a binary search: each request value costs
 * O(log n) however many values the policy lists.
 */
final class NumericConditions {
  private NumericConditions() {}

  static ValueMatcher compile(BaseOperator positive, List<String> values) {
    Comparison comparison = Comparison.of(positive);
    BigDecimal[] numbers = new BigDecimal[values.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = PolicyNumber.parseOrNull(values.get(i));
      if (numbers[i] == null) {
        throw new IllegalArgumentException("'" + values.get(i) + "' is not a number");
      }
    }
    Arrays.sort(numbers);
    BigDecimal[] kept =
        switch (comparison) {
          case EQUALS -> numbers;
          case LESS_THAN, LESS_THAN_EQUALS -> last(numbers);
          case GREATER_THAN, GREATER_THAN_EQUALS -> first(numbers);
        };
    return new Compiled(comparison, kept, asLongs(kept));
  }

  private static BigDecimal[] first(BigDecimal[] sorted) {
    return sorted.length == 0 ? sorted : new BigDecimal[] {sorted[0]};
  }

  private static BigDecimal[] last(BigDecimal[] sorted) {
    return sorted.length == 0 ? sorted : new BigDecimal[] {sorted[sorted.length - 1]};
  }

  /** The values as longs when every one is an integer that fits; else null. */
  private static long[] asLongs(BigDecimal[] numbers) {
    long[] longs = new long[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      try {
        longs[i] = numbers[i].longValueExact();
      } catch (ArithmeticException notALong) {
        return null;
      }
    }
    return longs;
  }

  private record Compiled(Comparison comparison, BigDecimal[] numbers, long[] longs) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      ValueMatcher.count(steps, 1 + Math.min(requestValue.length(), PolicyNumber.MAX_LENGTH));
      if (numbers.length == 0) {
        return PolicyNumber.parseOrNull(requestValue) == null ? Verdict.UNREADABLE : Verdict.NO_MATCH;
      }
      if (longs != null && PolicyNumber.isSmallInteger(requestValue)) {
        long request = PolicyNumber.parseSmallInteger(requestValue);
        boolean matched =
            comparison == Comparison.EQUALS
                ? Arrays.binarySearch(longs, request) >= 0
                : comparison.holds(Long.compare(request, longs[0]));
        return matched ? Verdict.MATCH : Verdict.NO_MATCH;
      }
      BigDecimal request = PolicyNumber.parseOrNull(requestValue);
      if (request == null) {
        return Verdict.UNREADABLE;
      }
      boolean matched =
          comparison == Comparison.EQUALS
              ? Arrays.binarySearch(numbers, request) >= 0
              : comparison.holds(request.compareTo(numbers[0]));
      return matched ? Verdict.MATCH : Verdict.NO_MATCH;
    }
  }
}
