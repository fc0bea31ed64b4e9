package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One known way iam-simulate reads a case differently from Warden, as an executable description.
 * Usually a rewrite of the case that makes the oracle's reading explicit for Warden (for example,
 * drop the resource-policy grants that the oracle lets a session policy cut off): a disagreement
 * belongs to the category only when Warden, deciding the rewritten case, gives the oracle's answer,
 * so a rule cannot swallow unrelated bugs. Where no rewrite can express the oracle's reading (a
 * policy type the oracle applies and Warden does not), {@code verdict} checks Warden's own
 * per-policy-type verdicts instead.
 *
 * @param code the category code docs/CONFORMANCE.md documents
 * @param relevant a cheap test of whether the case has the feature at all
 * @param oracleReading the rewrite (receives a deep copy it may change in place), or null
 * @param verdict the direct test when there is no rewrite, or null
 */
record KnownDifference(
    String code,
    Predicate<JsonNode> relevant,
    UnaryOperator<ObjectNode> oracleReading,
    BiPredicate<JsonNode, DisagreementClassifier.Pair> verdict) {
  KnownDifference(String code, Predicate<JsonNode> relevant, UnaryOperator<ObjectNode> oracleReading) {
    this(code, relevant, oracleReading, null);
  }

  static KnownDifference byVerdict(String code, BiPredicate<JsonNode, DisagreementClassifier.Pair> verdict) {
    return new KnownDifference(code, c -> true, null, verdict);
  }
}
