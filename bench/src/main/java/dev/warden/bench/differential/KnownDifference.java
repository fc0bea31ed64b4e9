package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One known way iam-simulate reads a case differently from Warden, as an executable description: a
 * rewrite of the case that makes the oracle's reading explicit for Warden (for example, drop the
 * resource-policy grants that the oracle lets a session policy cut off). A disagreement belongs to
 * this category only when Warden, deciding the rewritten case, gives the oracle's answer: the rule is
 * checked on every case it claims, so it cannot swallow unrelated bugs.
 *
 * @param code the category code docs/CONFORMANCE.md documents
 * @param relevant a cheap test of whether the case has the feature at all
 * @param oracleReading the rewrite; it receives a deep copy it may change in place
 */
record KnownDifference(String code, Predicate<JsonNode> relevant, UnaryOperator<ObjectNode> oracleReading) {}
