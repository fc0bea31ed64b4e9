package dev.warden.bench.differential;

import dev.warden.policy.eval.Decision;
import java.util.Optional;

/**
 * One side's answer for a case: ALLOWED, EXPLICIT_DENY, IMPLICIT_DENY, or ERROR (the side rejected
 * the input), with Warden's full decision when it has one.
 */
record Outcome(String decision, Optional<String> error, Optional<Decision> wardenDecision) {
  static Outcome of(Decision decision) {
    return new Outcome(decision.decision().name(), Optional.empty(), Optional.of(decision));
  }

  static Outcome oracle(String decision, String error) {
    return new Outcome(decision, Optional.ofNullable(error), Optional.empty());
  }

  static Outcome error(String message) {
    return new Outcome("ERROR", Optional.of(message), Optional.empty());
  }

  boolean isError() {
    return decision.equals("ERROR");
  }
}
