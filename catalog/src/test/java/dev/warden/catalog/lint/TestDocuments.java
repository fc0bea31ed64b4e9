package dev.warden.catalog.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a JSON policy (the managed-policy corpus) into the document model without positions, for
 * tests only; the real parser lives in module policy.
 */
final class TestDocuments {
  private TestDocuments() {}

  static PolicyDocument fromJson(JsonNode json) {
    JsonNode statementNode = json.path("Statement");
    List<JsonNode> nodes = new ArrayList<>();
    if (statementNode.isArray()) {
      statementNode.forEach(nodes::add);
    } else {
      nodes.add(statementNode);
    }
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode s = nodes.get(i);
      boolean notAction = s.has("NotAction");
      ValueElement action = element(notAction, s.path(notAction ? "NotAction" : "Action"));
      Optional<ValueElement> resource = s.has("Resource") ? Optional.of(element(false, s.get("Resource")))
          : s.has("NotResource") ? Optional.of(element(true, s.get("NotResource"))) : Optional.empty();
      List<ConditionEntry> conditions = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> ops = s.path("Condition").fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
          Map.Entry<String, JsonNode> key = keys.next();
          List<String> values = new ArrayList<>();
          if (key.getValue().isArray()) {
            key.getValue().forEach(v -> values.add(v.asText()));
          } else {
            values.add(key.getValue().asText());
          }
          conditions.add(new ConditionEntry(op.getKey(), key.getKey(), values, SourcePosition.UNKNOWN));
        }
      }
      statements.add(new Statement(i, Optional.ofNullable(s.path("Sid").textValue()),
          "Deny".equals(s.path("Effect").asText()) ? Effect.DENY : Effect.ALLOW, Optional.empty(), action, resource, conditions,
          SourcePosition.UNKNOWN, SourcePosition.UNKNOWN));
    }
    return new PolicyDocument(PolicyVersion.V2012_10_17, Optional.empty(), statements, json.toString());
  }

  private static ValueElement element(boolean negated, JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
    } else if (!node.isMissingNode()) {
      values.add(node.asText());
    }
    List<SourcePosition> positions = new ArrayList<>();
    values.forEach(v -> positions.add(SourcePosition.UNKNOWN));
    return new ValueElement(negated, values, positions);
  }
}
