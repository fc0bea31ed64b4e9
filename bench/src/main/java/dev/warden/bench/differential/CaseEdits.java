package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Walks the policies and statements of a case (bench workload format) for the known-difference rewrites. */
final class CaseEdits {
  /** Matches no request resource: the rewrites use it for entries the oracle never matches. */
  static final String NEVER_MATCHES = "arn:aws:none:::never-matches";

  private CaseEdits() {}

  /** Every policy document of the case, of every kind. */
  static List<ObjectNode> policies(JsonNode testCase) {
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode named : iterable(testCase.get("identityPolicies"))) {
      out.add((ObjectNode) named.get("policy"));
    }
    for (JsonNode named : iterable(testCase.get("permissionBoundaries"))) {
      out.add((ObjectNode) named.get("policy"));
    }
    for (String single : List.of("sessionPolicy", "resourcePolicy")) {
      JsonNode policy = testCase.get(single);
      if (policy != null && policy.isObject()) {
        out.add((ObjectNode) policy);
      }
    }
    for (String levels : List.of("scps", "rcps")) {
      for (JsonNode level : iterable(testCase.get(levels))) {
        for (JsonNode named : level) {
          out.add((ObjectNode) named.get("policy"));
        }
      }
    }
    return out;
  }

  /** The statements of one policy, whether Statement is an object or an array. */
  static List<ObjectNode> statements(JsonNode policy) {
    JsonNode statement = policy.get("Statement");
    List<ObjectNode> out = new ArrayList<>();
    if (statement == null) {
      return out;
    }
    if (statement.isArray()) {
      statement.forEach(s -> out.add((ObjectNode) s));
    } else {
      out.add((ObjectNode) statement);
    }
    return out;
  }

  static List<ObjectNode> allStatements(JsonNode testCase) {
    List<ObjectNode> out = new ArrayList<>();
    policies(testCase).forEach(p -> out.addAll(statements(p)));
    return out;
  }

  /**
   * Removes statements for which {@code drop} holds from every policy of the case. A policy left
   * with none gets one that never applies (a policy must have a statement).
   */
  static void dropStatementsInCase(JsonNode testCase, Predicate<ObjectNode> drop) {
    for (ObjectNode policy : policies(testCase)) {
      dropStatementsInPolicy(policy, drop);
    }
  }

  static void dropStatementsInPolicy(ObjectNode policy, Predicate<ObjectNode> drop) {
    List<ObjectNode> statements = statements(policy);
    boolean principals = statements.stream().anyMatch(s -> s.has("Principal") || s.has("NotPrincipal"));
    ArrayNode kept = policy.arrayNode();
    statements.stream().filter(s -> !drop.test(s)).forEach(kept::add);
    if (kept.isEmpty()) {
      ObjectNode never = kept.addObject();
      never.put("Effect", "Allow");
      if (principals) {
        never.put("Principal", "*");
      }
      never.put("Action", "none:NeverMatches");
      never.put("Resource", NEVER_MATCHES);
    }
    policy.set("Statement", kept);
  }

  /** Rewrites each Resource and NotResource entry of every statement. */
  static void editResourceEntries(JsonNode testCase, java.util.function.UnaryOperator<String> edit) {
    for (ObjectNode statement : allStatements(testCase)) {
      for (String element : List.of("Resource", "NotResource")) {
        JsonNode value = statement.get(element);
        if (value == null) {
          continue;
        }
        if (value.isArray()) {
          ArrayNode edited = statement.arrayNode();
          value.forEach(v -> edited.add(edit.apply(v.asText())));
          statement.set(element, edited);
        } else {
          statement.put(element, edit.apply(value.asText()));
        }
      }
    }
  }

  /** The entries of an element that may be a string or an array of strings. */
  static List<String> entries(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> out.add(v.asText()));
    } else {
      out.add(value.asText());
    }
    return out;
  }

  static void forEachCondition(JsonNode testCase, Consumer<ObjectNode> conditionBlock) {
    for (ObjectNode statement : allStatements(testCase)) {
      JsonNode condition = statement.get("Condition");
      if (condition instanceof ObjectNode block) {
        conditionBlock.accept(block);
      }
    }
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node == null || node.isNull() ? List.of() : node;
  }
}
