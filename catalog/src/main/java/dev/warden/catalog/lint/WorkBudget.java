package dev.warden.catalog.lint;

/**
 * Bounds the containment tests of the redundancy checks for one validation, so a policy crafted
 * with many broad patterns costs bounded time. When the budget runs out the checks stop and report
 * nothing further: a missing suggestion is better than a slow or wrong one.
 */
final class WorkBudget {
  static final long DEFAULT_STEPS = 2_000_000;

  private long remaining;

  WorkBudget(long steps) {
    this.remaining = steps;
  }

  /** Takes {@code steps} from the budget; false (and nothing taken) when not enough is left. */
  boolean spend(long steps) {
    if (steps > remaining) {
      remaining = 0;
      return false;
    }
    remaining -= steps;
    return true;
  }

  boolean exhausted() {
    return remaining == 0;
  }
}
