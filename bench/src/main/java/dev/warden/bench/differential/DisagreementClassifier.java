package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Names the reason two answers differ. Each rule is a precise, checkable description of one known
 * difference between Warden and iam-simulate; docs/CONFORMANCE.md explains each code with the AWS
 * documentation that justifies Warden's answer. A disagreement no rule explains gets an
 * "unclassified" code and fails the run.
 */
final class DisagreementClassifier {
  /** A known difference: its code and the test that recognises it. */
  record Rule(String code, BiPredicate<JsonNode, Pair> applies) {}

  /** Both answers for one case. */
  record Pair(Outcome warden, Outcome oracle) {
    boolean is(String wardenDecision, String oracleDecision) {
      return warden.decision().equals(wardenDecision) && oracle.decision().equals(oracleDecision);
    }
  }

  private final List<Rule> rules;

  DisagreementClassifier(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static DisagreementClassifier standard() {
    return new DisagreementClassifier(KnownDifferences.RULES);
  }

  String classify(JsonNode testCase, Pair pair) {
    for (Rule rule : rules) {
      if (rule.applies().test(testCase, pair)) {
        return rule.code();
      }
    }
    String step = pair.warden().wardenDecision().map(d -> d.step().name()).orElse("-");
    return "unclassified:" + pair.warden().decision() + "-vs-" + pair.oracle().decision() + ":" + step;
  }
}
