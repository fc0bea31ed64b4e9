package dev.warden.policy.document;

import java.util.List;

/**
 * One {@code "Operator": {"key": values}} pair of a Condition block. Values are kept as their JSON
 * text: strings unquoted, numbers and booleans as written ({@code 10}, {@code true}); a single value
 * is a one-entry list. The operator is kept exactly as written (including any ForAllValues: /
 * ForAnyValue: prefix and IfExists suffix); the parser has already checked it names a known operator.
 */
public record ConditionEntry(
    String operator, String key, List<String> values, SourcePosition position) {
  public ConditionEntry {
    values = List.copyOf(values);
  }
}
