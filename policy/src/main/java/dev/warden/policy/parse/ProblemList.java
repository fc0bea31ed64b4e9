package dev.warden.policy.parse;

import dev.warden.policy.document.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems with their check stage; reports them in AWS's order, document order within a stage. */
final class ProblemList {
  private record Staged(CheckStage stage, int sequence, PolicyProblem problem) {}

  private final List<Staged> problems = new ArrayList<>();
  private final PolicyErrorClass malformed;

  ProblemList(PolicyErrorClass malformed) {
    this.malformed = malformed;
  }

  /** A malformed-document problem under the kind's error code. */
  void malformed(CheckStage stage, String message, String detail, SourcePosition position) {
    add(stage, new PolicyProblem(malformed, message, detail, position));
  }

  void add(CheckStage stage, PolicyProblem problem) {
    problems.add(new Staged(stage, problems.size(), problem));
  }

  int size() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  PolicyParseException toException() {
    List<Staged> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing(Staged::stage).thenComparingInt(Staged::sequence));
    List<PolicyProblem> ordered = new ArrayList<>(sorted.size());
    sorted.forEach(s -> ordered.add(s.problem));
    return new PolicyParseException(ordered);
  }
}
