package dev.warden.policy.parse;

import java.util.List;

/**
 * A policy document was rejected. The problems are ordered as AWS checks them, so the first one is
 * what AWS would report; the rest help the author fix everything in one go.
 */
public final class PolicyParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<PolicyProblem> problems;

  public PolicyParseException(List<PolicyProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a parse failure needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, the one AWS would report first. */
  public List<PolicyProblem> problems() {
    return problems;
  }

  /** The problem AWS would report. */
  public PolicyProblem first() {
    return problems.get(0);
  }

  private static String describe(List<PolicyProblem> problems) {
    if (problems.isEmpty()) {
      return "no problems";
    }
    String first = problems.get(0).toString();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }
}
