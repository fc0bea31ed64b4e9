package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.VariableTrace;
import java.util.Arrays;
import java.util.List;

/**
 * DateEquals, DateLessThan(Equals), DateGreaterThan(Equals); DateNotEquals is their caller-side
 * negation. Policy and request values may each be ISO 8601 or epoch seconds or milliseconds (see
 * {@link PolicyDate}); both sides become epoch milliseconds before comparing, so {@code
 * aws:CurrentTime} (ISO) and {@code aws:EpochTime} (seconds) work with either notation in the
 * policy. IAM forbids policy variables here, so {@code ${...}} is an invalid date.
 *
 * <p>As for numbers, ordering tests keep only the loosest policy value and equality is a binary
 * search.
 */
final class DateConditions {
  private DateConditions() {}

  static ValueMatcher compile(BaseOperator positive, List<String> values) {
    long[] instants = new long[values.size()];
    for (int i = 0; i < instants.length; i++) {
      long instant = PolicyDate.parse(values.get(i));
      if (instant == PolicyDate.INVALID) {
        throw new IllegalArgumentException(
            "'" + values.get(i) + "' is not a valid date (ISO 8601, or epoch seconds or milliseconds)");
      }
      instants[i] = instant;
    }
    Arrays.sort(instants);
    Comparison comparison = Comparison.of(positive);
    long[] kept =
        instants.length == 0
            ? instants
            : switch (comparison) {
              case EQUALS -> instants;
              case LESS_THAN, LESS_THAN_EQUALS -> new long[] {instants[instants.length - 1]};
              case GREATER_THAN, GREATER_THAN_EQUALS -> new long[] {instants[0]};
            };
    return new Compiled(comparison, kept);
  }

  private record Compiled(Comparison comparison, long[] instants) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      ValueMatcher.count(steps, 1 + Math.min(requestValue.length(), PolicyDate.MAX_LENGTH));
      long request = PolicyDate.parse(requestValue);
      if (request == PolicyDate.INVALID) {
        return Verdict.UNREADABLE;
      }
      if (instants.length == 0) {
        return Verdict.NO_MATCH;
      }
      boolean matched =
          comparison == Comparison.EQUALS
              ? Arrays.binarySearch(instants, request) >= 0
              : comparison.holds(Long.compare(request, instants[0]));
      return matched ? Verdict.MATCH : Verdict.NO_MATCH;
    }
  }
}
