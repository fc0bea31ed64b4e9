package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.context.ContextKeyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Condition blocks that cover every operator family (String, Numeric, Date, Bool, IpAddress,
 * Arn, Null), the ForAllValues/ForAnyValue qualifiers, IfExists, several values per key and policy
 * variables, always on keys of the operator's type.
 */
final class ConditionGenerator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> STRING_OPERATORS = List.of(
      "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike");
  private static final List<String> ARN_OPERATORS = List.of("ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike");
  private static final List<String> NUMERIC_OPERATORS = List.of(
      "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals");
  private static final List<String> DATE_OPERATORS = List.of(
      "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals");
  private static final List<String> IP_OPERATORS = List.of("IpAddress", "NotIpAddress");

  private final Dice dice;

  ConditionGenerator(Dice dice) {
    this.dice = dice;
  }

  /** One to three operators, mostly one key each. */
  ObjectNode block() {
    ObjectNode block = JSON.objectNode();
    int operators = dice.chance(0.7) ? 1 : dice.between(2, 3);
    for (int i = 0; i < operators; i++) {
      ConditionKey key = dice.pick(ConditionKeys.ALL);
      String operator = operatorFor(key);
      ObjectNode keys = block.has(operator) ? (ObjectNode) block.get(operator) : block.putObject(operator);
      keys.set(dice.chance(0.1) ? dice.scrambleCase(key.name()) : key.name(), valuesFor(operator, key));
    }
    return block;
  }

  private String operatorFor(ConditionKey key) {
    if (dice.chance(0.1)) {
      return "Null";
    }
    String base = baseOperator(key);
    String qualifier = "";
    if (key.type().multiValued() ? dice.chance(0.9) : dice.chance(0.04)) {
      qualifier = dice.pickOf("ForAllValues:", "ForAnyValue:");
    }
    String suffix = dice.chance(0.2) ? "IfExists" : "";
    return qualifier + base + suffix;
  }

  private String baseOperator(ConditionKey key) {
    ContextKeyType type = key.type();
    boolean arnKey = key.name().endsWith("Arn");
    return switch (type) {
      case NUMERIC, NUMERIC_LIST -> dice.pick(NUMERIC_OPERATORS);
      case DATE, DATE_LIST -> key.name().equals("aws:EpochTime") && dice.chance(0.5)
          ? dice.pick(NUMERIC_OPERATORS) : dice.pick(DATE_OPERATORS);
      case BOOLEAN, BOOLEAN_LIST -> "Bool";
      case IP, IP_LIST -> dice.pick(IP_OPERATORS);
      default -> arnKey && dice.chance(0.6) ? dice.pick(ARN_OPERATORS) : dice.pick(STRING_OPERATORS);
    };
  }

  private JsonNode valuesFor(String operator, ConditionKey key) {
    if (operator.equals("Null")) {
      String value = dice.pickOf("true", "false");
      return dice.chance(0.2) ? JSON.booleanNode(Boolean.parseBoolean(value)) : JSON.textNode(value);
    }
    List<String> values = new ArrayList<>();
    int count = dice.chance(0.65) ? 1 : 2;
    for (int i = 0; i < count; i++) {
      String value = dice.pick(key.policyValues());
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    if (values.size() == 1 && dice.chance(0.6)) {
      return scalar(operator, values.get(0));
    }
    ArrayNode array = JSON.arrayNode();
    values.forEach(v -> array.add(scalar(operator, v)));
    return array;
  }

  /** Bool and Numeric values are sometimes written as JSON literals, as the grammar allows. */
  private JsonNode scalar(String operator, String value) {
    if (operator.contains("Bool") && dice.chance(0.25)) {
      return JSON.booleanNode(Boolean.parseBoolean(value));
    }
    if (operator.contains("Numeric") && dice.chance(0.25)) {
      return value.contains(".") ? JSON.numberNode(Double.parseDouble(value)) : JSON.numberNode(Long.parseLong(value));
    }
    return JSON.textNode(value);
  }
}
