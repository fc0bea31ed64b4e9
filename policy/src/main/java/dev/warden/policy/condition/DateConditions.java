package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.VariableTrace;
import java.util.List;

/**
 * DateEquals, DateLessThan(Equals), DateGreaterThan(Equals); DateNotEquals is their caller-side
 * negation. Policy and request values may each be ISO 8601 or epoch seconds or milliseconds (see
 * {@link PolicyDate}); both sides become epoch milliseconds before comparing, so {@code
 * aws:CurrentTime} (ISO) and {@code aws:EpochTime} (seconds) work with either notation in the
 * policy. IAM forbids policy variables here, so {@code ${...}} is an invalid date.
 */
final class DateConditions {
  private DateConditions() {}

  static ValueMatcher compile(BaseOperator positive, List<String> values) {
    long[] instants = new long[values.size()];
    for (int i = 0; i < instants.length; i++) {
      long instant = PolicyDate.parse(values.get(i));
      if (instant == PolicyDate.INVALID) {
        throw new IllegalArgumentException(
            "'" + values.get(i) + "' is not a valid date (ISO 8601 or epoch time)");
      }
      instants[i] = instant;
    }
    return new Compiled(Comparison.of(positive), instants);
  }

  private record Compiled(Comparison comparison, long[] instants) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      ValueMatcher.count(steps, instants.length + requestValue.length());
      long request = PolicyDate.parse(requestValue);
      if (request == PolicyDate.INVALID) {
        return Verdict.UNREADABLE;
      }
      for (long instant : instants) {
        if (comparison.holds(Long.compare(request, instant))) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }
  }
}
