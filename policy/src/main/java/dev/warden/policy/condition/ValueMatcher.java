package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.VariableTrace;

/**
 * The compiled policy values of one condition entry, for one operator family. Immutable and shared
 * between threads; {@link #bind} makes a request-specific copy only when values hold variables.
 */
interface ValueMatcher {

  /**
   * Substitutes policy variables from {@code ctx}; returns {@code this} when there are none. Values
   * whose variables cannot be resolved are dropped: they match no request value.
   *
   * @param trace receives resolved and missing variables; may be null
   */
  ValueMatcher bind(RequestContext ctx, VariableTrace trace);

  /**
   * Compares one request value with every policy value under the positive operator.
   *
   * @param steps when not null, {@code steps[0]} grows by one per policy value compared plus the
   *     length of the text handed to a matcher, so tests can bound the work without timing it
   */
  Verdict test(String requestValue, long[] steps);

  static void count(long[] steps, long amount) {
    if (steps != null) {
      steps[0] += amount;
    }
  }
}
