package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.parse.PolicyParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the reason two answers differ. A known difference explains a disagreement when Warden,
 * deciding the case as the oracle reads it (the difference's rewrite), gives the oracle's answer;
 * first each difference alone, then all relevant ones together (code "a+b"). A disagreement nothing
 * explains gets an "unclassified" code and fails the run.
 */
final class DisagreementClassifier {
  /** Both answers for one case. */
  record Pair(Outcome warden, Outcome oracle) {}

  private final List<KnownDifference> differences;
  private final WardenEvaluator warden;

  DisagreementClassifier(List<KnownDifference> differences, WardenEvaluator warden) {
    this.differences = List.copyOf(differences);
    this.warden = warden;
  }

  static DisagreementClassifier standard(WardenEvaluator warden) {
    return new DisagreementClassifier(KnownDifferences.ALL, warden);
  }

  String classify(JsonNode testCase, Pair pair) {
    String wanted = pair.oracle().decision();
    List<KnownDifference> relevant = differences.stream().filter(d -> d.relevant().test(testCase)).toList();
    for (KnownDifference difference : relevant) {
      boolean explains = difference.verdict() != null
          ? difference.verdict().test(testCase, pair)
          : wanted.equals(decide(difference.oracleReading().apply(((ObjectNode) testCase).deepCopy())));
      if (explains) {
        return difference.code();
      }
    }
    List<KnownDifference> rewrites = relevant.stream().filter(d -> d.oracleReading() != null).toList();
    for (int i = 0; i < rewrites.size(); i++) {
      for (int j = i + 1; j < rewrites.size(); j++) {
        String combined = combination(testCase, List.of(rewrites.get(i), rewrites.get(j)), wanted);
        if (combined != null) {
          return combined;
        }
      }
    }
    if (rewrites.size() > 2) {
      String combined = combination(testCase, rewrites, wanted);
      if (combined != null) {
        return combined;
      }
    }
    String step = pair.warden().wardenDecision().map(d -> d.step().name()).orElse("-");
    return "unclassified:" + pair.warden().decision() + "-vs-" + pair.oracle().decision() + ":" + step;
  }

  /** The joined code when the rewrites together (counting only those that change the case) give the oracle's answer. */
  private String combination(JsonNode testCase, List<KnownDifference> together, String wanted) {
    ObjectNode rewritten = ((ObjectNode) testCase).deepCopy();
    List<String> applied = new ArrayList<>();
    for (KnownDifference difference : together) {
      ObjectNode before = rewritten.deepCopy();
      rewritten = difference.oracleReading().apply(rewritten);
      if (!rewritten.equals(before)) {
        applied.add(difference.code());
      }
    }
    return applied.size() > 1 && wanted.equals(decide(rewritten)) ? String.join("+", applied) : null;
  }

  private String decide(ObjectNode testCase) {
    try {
      return warden.evaluate(testCase).decision().name();
    } catch (PolicyParseException | IllegalArgumentException e) {
      return "ERROR";
    }
  }

  /** The codes a combined code is made of. */
  static List<String> parts(String code) {
    return new ArrayList<>(List.of(code.split("\\+")));
  }
}
