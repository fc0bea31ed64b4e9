package dev.warden.policy.condition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detailed result of one condition entry, for explanations.
 *
 * @param matched whether the entry holds for the request
 * @param missingKeys context keys the entry needed but the request lacked (the condition key
 *     itself, and keys of variables without default); the simulator's MissingContextValues
 * @param resolvedVariables each policy variable used (name as written) → the value substituted, in
 *     order of first use
 */
public record ConditionOutcome(
    boolean matched, List<String> missingKeys, Map<String, String> resolvedVariables) {
  public ConditionOutcome {
    missingKeys = List.copyOf(missingKeys);
    resolvedVariables = Collections.unmodifiableMap(new LinkedHashMap<>(resolvedVariables));
  }
}
