package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.VariableTrace;
import java.math.BigDecimal;
import java.util.List;

/**
 * NumericEquals, NumericLessThan(Equals), NumericGreaterThan(Equals); NumericNotEquals is their
 * caller-side negation. Policy values are parsed once; a request value that is not a number is
 * {@link Verdict#UNREADABLE}. Policy variables are not substituted (IAM does not allow them here),
 * so {@code ${...}} is an invalid number.
 */
final class NumericConditions {
  private NumericConditions() {}

  static ValueMatcher compile(BaseOperator positive, List<String> values) {
    Comparison comparison = Comparison.of(positive);
    int n = values.size();
    long[] longs = new long[n];
    BigDecimal[] decimals = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      String value = values.get(i);
      if (PolicyNumber.isSmallInteger(value)) {
        longs[i] = PolicyNumber.parseSmallInteger(value);
      } else {
        BigDecimal decimal = PolicyNumber.parseOrNull(value);
        if (decimal == null) {
          throw new IllegalArgumentException("'" + value + "' is not a number");
        }
        decimals[i] = decimal;
      }
    }
    return new Compiled(comparison, longs, decimals);
  }

  private record Compiled(Comparison comparison, long[] longs, BigDecimal[] decimals) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      ValueMatcher.count(steps, longs.length + requestValue.length());
      if (PolicyNumber.isSmallInteger(requestValue)) {
        long request = PolicyNumber.parseSmallInteger(requestValue);
        for (int i = 0; i < longs.length; i++) {
          int compared =
              decimals[i] == null
                  ? Long.compare(request, longs[i])
                  : BigDecimal.valueOf(request).compareTo(decimals[i]);
          if (comparison.holds(compared)) {
            return Verdict.MATCH;
          }
        }
        return Verdict.NO_MATCH;
      }
      BigDecimal request = PolicyNumber.parseOrNull(requestValue);
      if (request == null) {
        return Verdict.UNREADABLE;
      }
      for (int i = 0; i < longs.length; i++) {
        BigDecimal policy = decimals[i] == null ? BigDecimal.valueOf(longs[i]) : decimals[i];
        if (comparison.holds(request.compareTo(policy))) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }
  }
}
